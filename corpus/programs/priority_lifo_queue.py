import asyncio


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)

    def __repr__(self):
        return f"Job({self.prio!r}, {self.name!r})"


async def drain(q, label):
    items = []
    while not q.empty():
        items.append(await q.get())
        q.task_done()
    print(label, items)


async def main():
    pq = asyncio.PriorityQueue()
    for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also-urgent")]:
        await pq.put(Job(prio, name))
    await drain(pq, "priority:")

    tq = asyncio.PriorityQueue()
    for t in [(5, "e"), (1, "a"), (3, "c")]:
        tq.put_nowait(t)
    await drain(tq, "tuples:")

    lq = asyncio.LifoQueue(maxsize=10)
    for i in range(5):
        await lq.put(i * 10)
    print("lifo qsize", lq.qsize(), "maxsize", lq.maxsize)
    await drain(lq, "lifo:")


asyncio.run(main())
