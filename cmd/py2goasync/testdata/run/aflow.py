import asyncio


class Res:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, t, v, tb):
        await asyncio.sleep(0)
        print("close", self.name, t.__name__ if t else None)
        return False


async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers finalized")


async def find(target):
    # (Not returning from inside the async for: CPython finalizes the
    # abandoned async generator when its refcount drops, which our runtime
    # cannot see; see the report.)
    found = None
    async with Res("find"):
        async for n in numbers():
            if n == target:
                found = n
        return found


async def failing(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(f"bad {n}")
    return n


async def main():
    print("found", await find(3))
    try:
        async with Res("err"):
            await failing(2)
    except ValueError as e:
        print("caught", e)
        await asyncio.sleep(0)
        print("after await in handler", repr(e))
    finally:
        await asyncio.sleep(0)
        print("finally awaited")
    results = await asyncio.gather(*(failing(i) for i in range(4)), return_exceptions=True)
    print(results)
    for coro in asyncio.as_completed([failing(3), failing(1)]):
        print("completed", await coro)
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    gen = numbers()
    async for n in gen:
        if n == 1:
            break
    await gen.aclose()
    print("done")


asyncio.run(main())
