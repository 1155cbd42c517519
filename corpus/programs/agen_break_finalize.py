import asyncio


async def numbers(label):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(f"{label}: finalizer ran")


async def echo():
    received = None
    while True:
        received = yield f"echo {received}"
        if received == "stop":
            return


async def main():
    async for n in numbers("first"):
        if n == 2:
            print("breaking out")
            break
    await asyncio.sleep(0.5)
    print("after sleep")
    gen = numbers("second")
    print(await gen.asend(None))
    try:
        await gen.athrow(ValueError("injected"))
    except ValueError as e:
        print("athrow raised:", e)
    e = echo()
    print(await e.asend(None), await e.asend("hi"), await e.asend(42))
    try:
        await e.asend("stop")
    except StopAsyncIteration:
        print("echo stopped")


asyncio.run(main())
