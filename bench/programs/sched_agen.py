# Scheduler-bound: three chained async generators (source -> map -> filter)
# over 200,000 items, consumed by `async for`, 8 times over (one pass is
# ~0.05-0.15 s under CPython); the source awaits asyncio.sleep(0) every 1,000
# items so the chain also suspends to the event loop.
import asyncio

N = 200000
ROUNDS = 8


async def source(n):
    for i in range(n):
        if i % 1000 == 0:
            await asyncio.sleep(0)
        yield i


async def scale(it, k):
    async for x in it:
        yield x * k + 1


async def skip_multiples_of_3(it):
    async for x in it:
        if x % 3 != 0:
            yield x


async def main():
    count = 0
    checksum = 0
    for r in range(ROUNDS):
        async for x in skip_multiples_of_3(scale(source(N), 7 + r)):
            count += 1
            checksum = (checksum * 31 + x) % 1000000007
    print(count, checksum)


asyncio.run(main())
