import asyncio


async def critical(log):
    log.append("critical start")
    await asyncio.sleep(1)
    log.append("critical end")
    return 42


async def caller(log):
    try:
        return await asyncio.shield(critical(log))
    except asyncio.CancelledError:
        log.append("caller cancelled")
        raise


async def main():
    log = []
    outer = asyncio.create_task(caller(log))
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer awaited: cancelled")
    await asyncio.sleep(1)
    for line in log:
        print(line)
    inner = asyncio.ensure_future(critical(log))
    s = asyncio.shield(inner)
    s.cancel()
    print("shield cancelled:", s.cancelled(), "inner cancelled:", inner.cancelled())
    print("inner result:", await inner)


asyncio.run(main())
