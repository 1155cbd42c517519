import asyncio
import time


def blocking_io(name, seconds):
    print(f"{name}: start blocking for {seconds}s")
    time.sleep(seconds)
    print(f"{name}: finished")
    return f"{name} result"


def cpu_bound(n):
    return sum(i * i for i in range(n))


async def heartbeat(stop):
    beats = 0
    while not stop.is_set():
        await asyncio.sleep(0.5)
        beats += 1
    return beats


async def main():
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    stop = asyncio.Event()
    hb = asyncio.create_task(heartbeat(stop))
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "a", 1.0),
        loop.run_in_executor(None, blocking_io, "b", 0.7),
        asyncio.to_thread(cpu_bound, 1000),
    )
    stop.set()
    print(results)
    print("heartbeats:", await hb)
    print(f"elapsed {time.monotonic() - start:.2f}s")


asyncio.run(main())
