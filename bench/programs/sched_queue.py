# Scheduler-bound: Queue producer/consumer ping-pong, 100,000 items through
# a queue of size 1, then the same back through a reply queue.
import asyncio

N = 100000


async def producer(q, replies):
    acc = 0
    for i in range(N):
        await q.put(i)
        acc += await replies.get()
    await q.put(None)
    return acc


async def consumer(q, replies):
    seen = 0
    while True:
        item = await q.get()
        if item is None:
            return seen
        seen += 1
        await replies.put(item % 7)


async def main():
    q = asyncio.Queue(maxsize=1)
    replies = asyncio.Queue(maxsize=1)
    acc, seen = await asyncio.gather(producer(q, replies), consumer(q, replies))
    print(acc, seen, q.qsize(), replies.qsize())


asyncio.run(main())
