import asyncio

SENTINEL = None


async def worker(wid, q, out):
    handled = 0
    while True:
        job = await q.get()
        if job is SENTINEL:
            q.task_done()
            break
        await asyncio.sleep(job * 0.01)
        out.append((wid, job, job * job))
        handled += 1
        q.task_done()
    return wid, handled


async def main():
    q = asyncio.Queue()
    out = []
    workers = [asyncio.create_task(worker(i, q, out)) for i in range(3)]
    for job in [5, 3, 8, 1, 9, 2, 7]:
        q.put_nowait(job)
    for _ in workers:
        await q.put(SENTINEL)
    await q.join()
    stats = await asyncio.gather(*workers)
    print("stats:", stats)
    for wid, job, sq in out:
        print(f"worker {wid}: {job:>2} -> {sq:>3}")
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised, qsize", q.qsize())
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull raised:", repr(small.get_nowait()))


asyncio.run(main())
