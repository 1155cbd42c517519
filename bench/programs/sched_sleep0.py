# Scheduler-bound: 100 tasks each doing 5,000 `await asyncio.sleep(0)`
# (500,000 task steps through the ready queue).
import asyncio

N_TASKS = 100
STEPS = 5000


async def worker(i, counts):
    n = 0
    for _ in range(STEPS):
        await asyncio.sleep(0)
        n += 1
    counts[i] = n
    return i


async def main():
    counts = [0] * N_TASKS
    done = await asyncio.gather(*(worker(i, counts) for i in range(N_TASKS)))
    print(sum(counts), sum(done), len(done))


asyncio.run(main())
