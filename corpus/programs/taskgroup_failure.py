import asyncio


async def ok(n):
    try:
        await asyncio.sleep(n)
        print(f"ok({n}) done")
        return n
    except asyncio.CancelledError:
        print(f"ok({n}) cancelled by the group")
        raise


async def bad(n, exc):
    await asyncio.sleep(n)
    raise exc


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(0.1))
        t2 = tg.create_task(ok(0.2))
    print("results:", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.1))
            tg.create_task(ok(5))
            tg.create_task(bad(0.5, ValueError("boom")))
            tg.create_task(bad(0.5, KeyError("missing")))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(0.1, RuntimeError("only one")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions), repr(eg.exceptions[0]))


asyncio.run(main())
