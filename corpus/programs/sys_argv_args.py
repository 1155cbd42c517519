import asyncio
import os
import sys


async def process(word, delay):
    await asyncio.sleep(delay)
    return word[::-1]


async def main(argv):
    print("script:", os.path.basename(argv[0]))
    print("args:", argv[1:], len(argv))
    words = [a for a in argv[1:] if not a.startswith("-")]
    flags = [a for a in argv[1:] if a.startswith("-")]
    print("flags:", flags)
    results = await asyncio.gather(*(process(w, len(w) / 10) for w in words))
    for w, r in zip(words, results):
        print(f"{w} -> {r}")
    return len(words)


n = asyncio.run(main(sys.argv))
print("processed", n, "words;", __name__)
