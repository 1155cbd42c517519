# Compute inside a coroutine: list/dict/set workloads and sorting
# (comprehensions, dict counting, set algebra, sort with a key, slicing).
import asyncio


async def main():
    data = [(i * 7919) % 10007 for i in range(150000)]
    counts = {}
    for v in data:
        k = v % 1000
        counts[k] = counts.get(k, 0) + 1
    evens = {v for v in data if v % 2 == 0}
    threes = {v for v in data if v % 3 == 0}
    both = evens & threes
    either = evens | threes
    srt = sorted(data)
    by_key = sorted(data[:50000], key=lambda v: (v % 100, -v))
    squares = [v * v for v in srt[::3]]
    d2 = {i: str(i) for i in range(50000)}
    s = 0
    for k, v in d2.items():
        if k % 3 == 0:
            s += len(v)
    lst = []
    for i in range(100000):
        lst.append(i)
        if len(lst) > 50:
            lst.pop(0)
    print(len(counts), max(counts.values()), len(both), len(either),
          srt[:3], by_key[:3], sum(squares) % 1000003, s, sum(lst))


asyncio.run(main())
