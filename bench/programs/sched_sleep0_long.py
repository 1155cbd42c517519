# Scheduler-bound: 10 long-lived tasks each doing 100,000
# `await asyncio.sleep(0)` (1,000,000 task steps, few tasks).
import asyncio

N_TASKS = 10
STEPS = 100000


async def worker(i):
    n = 0
    for _ in range(STEPS):
        await asyncio.sleep(0)
        n += 1
    return n * (i + 1)


async def main():
    done = await asyncio.gather(*(worker(i) for i in range(N_TASKS)))
    print(sum(done), len(done))


asyncio.run(main())
