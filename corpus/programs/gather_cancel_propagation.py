import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    g = asyncio.gather(child("a", 0.1), child("b", 1), child("c", 2))
    await asyncio.sleep(0.5)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

    tasks = [asyncio.create_task(child(n, d)) for n, d in [("x", 0.2), ("y", 0.4)]]
    g2 = asyncio.gather(*tasks)
    tasks[1].cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("one child cancelled -> gather raises CancelledError; x done:", tasks[0].done())
    await asyncio.sleep(0.3)
    print("x result:", tasks[0].result())

    async def waiter():
        return await asyncio.wait_for(child("slow", 5), timeout=0.1)

    try:
        await waiter()
    except TimeoutError as e:
        print("wait_for raised", type(e).__name__)


asyncio.run(main())
