import asyncio


async def work(n):
    for i in range(n):
        await asyncio.sleep(0.3)
        print("step", i)
    return n


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            await work(10)
    except TimeoutError:
        print("timed out at", round(loop.time() - 1000, 2))

    async with asyncio.timeout(5) as cm:
        r = await work(2)
    print("result", r, "expired:", cm.expired())

    deadline = loop.time() + 0.5
    try:
        async with asyncio.timeout_at(deadline) as cm:
            cm.reschedule(loop.time() + 0.7)
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout_at expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.1)
    print("no deadline:", cm.when())


asyncio.run(main())
