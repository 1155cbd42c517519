# Scheduler-bound: 20,000 tasks behind a Semaphore(200), each holding it
# across one `await asyncio.sleep(0.001)` (timers, not just the ready queue).
import asyncio

N_TASKS = 20000
LIMIT = 200


async def worker(sem, state, i):
    async with sem:
        state[0] += 1
        if state[0] > state[1]:
            state[1] = state[0]
        await asyncio.sleep(0.001)
        state[0] -= 1
    return i % 97


async def main():
    sem = asyncio.Semaphore(LIMIT)
    state = [0, 0]  # in the semaphore now, most at once
    results = await asyncio.gather(*(worker(sem, state, i) for i in range(N_TASKS)))
    print(len(results), sum(results), state[0], state[1], sem.locked())


asyncio.run(main())
