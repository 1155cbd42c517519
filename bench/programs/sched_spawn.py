# Scheduler-bound: 200,000 tasks created at once, each doing one
# `await asyncio.sleep(0)`, then one gather over all of them.
import asyncio

N = 200000


async def one(i):
    await asyncio.sleep(0)
    return i & 0xFF


async def main():
    tasks = [asyncio.create_task(one(i)) for i in range(N)]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results), all(t.done() for t in tasks))


asyncio.run(main())
