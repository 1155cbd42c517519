import asyncio


async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} lost connection")
    print(f"{name} finished")


async def main():
    print("starting group")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("alpha", 0.1))
        tg.create_task(step("beta", 0.2, fail=True))
        tg.create_task(step("gamma", 0.3))
    print("never printed")


asyncio.run(main())
