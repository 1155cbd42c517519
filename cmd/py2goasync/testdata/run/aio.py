import asyncio


class Ctx:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return True


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0.1)


async def worker(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    finally:
        print("cleanup", name)


async def main():
    async with Ctx() as c:
        raise ValueError("suppressed")
    async for t in Ticker(3):
        print("tick", t)
    else:
        print("ticks done")
    print([x async for x in agen()])
    t = asyncio.create_task(worker("slow", 10))
    print(await asyncio.gather(worker("a", 0.2), worker("b", 0.1)))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled")
    try:
        await asyncio.wait_for(worker("w", 5), 0.5)
    except asyncio.TimeoutError:
        print("timeout")


asyncio.run(main())
