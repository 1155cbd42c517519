import asyncio


async def waiter(name, event, delay):
    print(f"{name} waiting")
    await event.wait()
    await asyncio.sleep(delay)
    print(f"{name} saw the event after {delay}s")
    return name.upper()


async def setter(event):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(1.5)
    print(f"setting event at +{loop.time() - start:.1f}s")
    event.set()


async def main():
    event = asyncio.Event()
    print("is_set:", event.is_set())
    tasks = [asyncio.create_task(waiter(n, event, d)) for n, d in [("a", 0.2), ("b", 0.1), ("c", 0.3)]]
    await setter(event)
    print(await asyncio.gather(*tasks))
    print("is_set:", event.is_set())
    event.clear()
    try:
        await asyncio.wait_for(event.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out waiting for cleared event")


asyncio.run(main())
