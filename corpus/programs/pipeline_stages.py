import asyncio


async def source(out_q, items):
    for item in items:
        await out_q.put(item)
        await asyncio.sleep(0.01)
    await out_q.put(None)


async def stage(name, in_q, out_q, fn):
    while True:
        item = await in_q.get()
        if item is None:
            await out_q.put(None)
            break
        result = fn(item)
        print(f"{name}: {item!r} -> {result!r}")
        await out_q.put(result)


async def sink(in_q):
    collected = []
    while (item := await in_q.get()) is not None:
        collected.append(item)
    return collected


async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(source(q1, ["hello", "async", "world"]))
        tg.create_task(stage("upper", q1, q2, str.upper))
        tg.create_task(stage("count", q2, q3, lambda s: (s, len(s))))
        result = tg.create_task(sink(q3))
    print(result.result())
    print(dict(result.result()))


asyncio.run(main())
