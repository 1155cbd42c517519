import asyncio
ev = asyncio.Event()
q = asyncio.Queue()
async def a():
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
asyncio.run(a())
async def b():
    try:
        await ev.wait()
    except RuntimeError as e:
        print("event:", type(e).__name__, str(e).split(" at 0x")[0], "...", str(e).split("]")[-1])
    q.put_nowait(3)
    try:
        await q.put(4)
        print(await q.get())
        await q.get()
        await q.get()
    except RuntimeError as e:
        print("queue:", str(e).split(" at 0x")[0], "...", str(e).split("tasks=2>")[-1])
asyncio.run(b())
