import asyncio


class Buffer:
    def __init__(self):
        self.items = []
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            self.items.append(item)
            self.cond.notify()

    async def get(self, who):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) > 0)
            item = self.items.pop(0)
            print(f"{who} took {item}")
            return item


async def broadcast(cond, flag, who):
    async with cond:
        while not flag:
            await cond.wait()
        print(f"{who} released by notify_all")


async def main():
    buf = Buffer()
    getters = [asyncio.create_task(buf.get(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    for item in ["x", "y", "z"]:
        await buf.put(item)
        await asyncio.sleep(0.1)
    print(await asyncio.gather(*getters))

    cond = asyncio.Condition()
    flag = []
    waiters = [asyncio.create_task(broadcast(cond, flag, n)) for n in "ABC"]
    await asyncio.sleep(0)
    async with cond:
        flag.append(1)
        cond.notify_all()
    await asyncio.gather(*waiters)


asyncio.run(main())
