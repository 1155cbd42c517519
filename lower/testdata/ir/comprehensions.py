squares = [x * x for x in range(10) if x % 2 if x > 3]
pairs = {a: b for a in xs for b in ys}
unique = {c for c in "hello"}
lazy = (y for y in range(3))


def outer(n):
    return [lambda: i + n for i in range(n)]


async def agen():
    yield 1


async def main():
    a = [v async for v in agen()]
    b = [await w for w in coros]
    c = (v async for v in agen())
    return [(y := v) for v in range(3)], y
