# Scheduler-bound: gather of 10,000 short coroutines, 8 rounds
# (80,000 tasks created, each running to one sleep(0) and back).
import asyncio


async def short(i):
    await asyncio.sleep(0)
    return i * 2


async def main():
    total = 0
    for r in range(8):
        results = await asyncio.gather(*[short(i) for i in range(10000)])
        total += results[-1] + len(results) + r
    print(total)


asyncio.run(main())
