import asyncio


async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    for i in range(8):
        loop.call_later(0.5, log.append, f"cb{i}")
    await asyncio.gather(*(sleeper(f"s{i}", 0.5, log) for i in range(6)))
    await asyncio.sleep(0.1)
    print(log)
    order = []
    tasks = [asyncio.create_task(sleeper(f"t{i}", 0, order)) for i in range(5)]
    await asyncio.sleep(0)
    print(order)
    await asyncio.gather(*tasks)
    rr = []

    async def spinner(name):
        for i in range(3):
            rr.append(f"{name}{i}")
            await asyncio.sleep(0)

    await asyncio.gather(spinner("a"), spinner("b"), spinner("c"))
    print(" ".join(rr))


asyncio.run(main())
