import asyncio


async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print("slept")
        except asyncio.CancelledError:
            print(f"ignoring cancel #{attempt + 1}")
    return "finished anyway"


async def with_message():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(stubborn())
    for _ in range(2):
        await asyncio.sleep(0.1)
        t.cancel()
    print(await t, t.cancelled())

    t2 = asyncio.create_task(with_message())
    await asyncio.sleep(0)
    t2.cancel("shutting down")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)

    t3 = asyncio.create_task(with_message())
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep(0)
    print("t3 cancelling:", t3.cancelling(), "done:", t3.done())
    print("t3 cancelled:", t3.cancelled())


asyncio.run(main())
