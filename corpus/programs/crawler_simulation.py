import asyncio
import random

LINKS = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/shop"],
    "/shop": ["/shop/cart", "/"],
    "/shop/cart": ["/checkout"],
    "/team": [],
}


async def fetch(path):
    await asyncio.sleep(random.uniform(0.05, 0.3))
    if path not in LINKS:
        raise LookupError(f"404 {path}")
    return LINKS[path]


async def crawl(start, workers=3):
    seen = {start}
    queue = asyncio.Queue()
    queue.put_nowait((start, 0))
    errors = []
    order = []

    async def worker(wid):
        while True:
            path, depth = await queue.get()
            try:
                links = await fetch(path)
                order.append((path, depth, wid))
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait((link, depth + 1))
            except LookupError as e:
                errors.append(str(e))
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker(i)) for i in range(workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return order, errors, seen


async def main():
    random.seed(31337)
    order, errors, seen = await crawl("/")
    for path, depth, wid in order:
        print(f"{'  ' * depth}{path} (worker {wid})")
    print("errors:", errors)
    print(f"{len(seen)} pages seen, {len(order)} fetched")


asyncio.run(main())
