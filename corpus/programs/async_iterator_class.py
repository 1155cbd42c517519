import asyncio


class Countdown:
    def __init__(self, start, delay):
        self.current = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current -= 1
        return self.current + 1


class Paginator:
    def __init__(self, items, page_size):
        self.items = items
        self.page_size = page_size

    def __aiter__(self):
        self.pos = 0
        return self

    async def __anext__(self):
        if self.pos >= len(self.items):
            raise StopAsyncIteration
        page = self.items[self.pos:self.pos + self.page_size]
        self.pos += self.page_size
        await asyncio.sleep(0)
        return page


async def main():
    async for n in Countdown(3, 0.5):
        print("T-minus", n)
    else:
        print("liftoff")
    pages = Paginator(list("abcdefghij"), 4)
    async for page in pages:
        print("page", "".join(page))
    print([len(p) async for p in Paginator(list(range(7)), 3)])
    it = aiter(Countdown(2, 0))
    print(await anext(it), await anext(it), await anext(it, "end"))


asyncio.run(main())
