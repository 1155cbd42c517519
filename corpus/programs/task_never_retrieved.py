import asyncio


async def fails(n):
    await asyncio.sleep(0.1 * n)
    raise LookupError(f"item {n} not found")


async def main():
    t1 = asyncio.create_task(fails(1), name="lookup-1")
    t2 = asyncio.create_task(fails(2), name="lookup-2")
    await asyncio.sleep(0.5)
    print(t1.get_name(), t1.done(), type(t1.exception()).__name__)
    print(t2.get_name(), t2.done())
    t2 = None
    print("main done")


asyncio.run(main())
