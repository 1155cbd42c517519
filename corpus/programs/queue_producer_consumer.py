import asyncio
import random


async def producer(name, queue, n):
    for i in range(n):
        item = f"{name}-{i}"
        await queue.put(item)
        print(f"{name} put {item} (size={queue.qsize()})")
        await asyncio.sleep(random.random() / 10)
    print(f"{name} done")


async def consumer(name, queue, seen):
    try:
        while True:
            item = await queue.get()
            await asyncio.sleep(random.random() / 5)
            seen.append(item)
            print(f"  {name} got {item}")
            queue.task_done()
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise


async def main():
    random.seed(7)
    queue = asyncio.Queue(maxsize=3)
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, seen)) for i in range(2)]
    producers = [producer(f"p{i}", queue, 4) for i in range(3)]
    await asyncio.gather(*producers)
    await queue.join()
    print("queue drained; full?", queue.full(), "empty?", queue.empty())
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(len(seen), sorted(seen)[:4])


asyncio.run(main())
