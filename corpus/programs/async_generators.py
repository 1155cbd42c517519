import asyncio


async def ticker(n, delay=0.1):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def closing_gen():
    try:
        for i in range(100):
            yield i
    finally:
        print("closing_gen finalized")


async def main():
    async for v in ticker(3):
        print("tick", v)
    print([s async for s in squares(ticker(5, 0.01))])
    evens = {x async for x in ticker(8, 0) if x % 2 == 0}
    print(sorted(evens))
    d = {x: x * 3 async for x in ticker(3, 0)}
    print(d)
    g = closing_gen()
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    nums = [await asyncio.sleep(0, result=i * 10) for i in range(4)]
    print(nums)
    empty = ticker(0)
    print(await anext(empty, "default"))
    try:
        await anext(ticker(0))
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
