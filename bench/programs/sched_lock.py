# Scheduler-bound: 1,000 tasks × 100 `async with lock:`, each holding the
# lock across one `await asyncio.sleep(0)` (100,000 contended handoffs).
import asyncio

N_TASKS = 1000
ROUNDS = 100


async def worker(lock, shared, k):
    for _ in range(ROUNDS):
        async with lock:
            v = shared[0]
            await asyncio.sleep(0)
            shared[0] = (v * 31 + k) % 1000003
            shared[1] += 1


async def main():
    lock = asyncio.Lock()
    shared = [0, 0]
    await asyncio.gather(*(worker(lock, shared, k) for k in range(N_TASKS)))
    print(shared[0], shared[1], lock.locked())


asyncio.run(main())
