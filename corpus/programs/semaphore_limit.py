import asyncio

active = 0
peak = 0


async def fetch(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"start {i} (active={active})")
        await asyncio.sleep(0.1 * (i % 3 + 1))
        active -= 1
        print(f"end {i}")
        return i * 2


async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*[fetch(sem, i) for i in range(8)])
    print("results:", results)
    print("peak concurrency:", peak)
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("inside bounded, locked:", bounded.locked())
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
