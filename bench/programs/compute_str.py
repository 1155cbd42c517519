# Compute inside a coroutine: string building and formatting (f-strings,
# %, str.format, join, split, replace, upper, slicing).
import asyncio


async def main():
    parts = []
    for i in range(60000):
        parts.append(f"{i:05d}:{i * 3 % 17:>3}|{'x' * (i % 5)}")
    s = ",".join(parts)
    fields = s.split(",")
    n = 0
    for f in fields:
        a, b = f.split("|")
        n += len(b) + int(a[:5])
    lines = []
    for i in range(40000):
        lines.append("item %d = %s (%.2f)" % (i, str(i * 7), i / 3))
    text = "\n".join(lines).replace("item", "it").upper()
    fmt = "".join("{}-{}".format(i, i % 10) for i in range(30000))
    h = 0
    for ch in fmt[:50000]:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    print(len(s), n, len(text), text[:30], len(fmt), h)


asyncio.run(main())
