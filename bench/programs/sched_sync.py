# Scheduler-bound: Event and Lock handoffs. Two tasks pass a token back
# and forth through a pair of Events; four tasks contend for a Lock that is
# held across a sleep(0).
import asyncio

ROUNDS = 30000


async def pinger(ev_a, ev_b, log):
    for i in range(ROUNDS):
        ev_a.clear()
        ev_b.set()
        await ev_a.wait()
        log[0] += 1


async def ponger(ev_a, ev_b, log):
    for i in range(ROUNDS):
        await ev_b.wait()
        ev_b.clear()
        log[1] += 1
        ev_a.set()


async def locker(lock, shared, k):
    for _ in range(8000):
        async with lock:
            v = shared[0]
            await asyncio.sleep(0)
            shared[0] = v + k


async def main():
    ev_a, ev_b = asyncio.Event(), asyncio.Event()
    log = [0, 0]
    await asyncio.gather(pinger(ev_a, ev_b, log), ponger(ev_a, ev_b, log))
    lock = asyncio.Lock()
    shared = [0]
    await asyncio.gather(*(locker(lock, shared, k) for k in range(1, 5)))
    print(log, shared[0], lock.locked())


asyncio.run(main())
