import asyncio


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.loop = asyncio.get_running_loop()
        self.updated = self.loop.time()
        self.lock = asyncio.Lock()

    def _refill(self):
        now = self.loop.time()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def acquire(self):
        async with self.lock:
            self._refill()
            while self.tokens < 1:
                await asyncio.sleep((1 - self.tokens) / self.rate)
                self._refill()
            self.tokens -= 1


async def request(bucket, i, start):
    await bucket.acquire()
    print(f"request {i:2d} sent at t={bucket.loop.time() - start:5.2f}")


async def main():
    bucket = TokenBucket(rate=4, capacity=3)
    start = bucket.loop.time()
    await asyncio.gather(*(request(bucket, i, start) for i in range(10)))
    print(f"tokens left: {bucket.tokens:.2f}")


asyncio.run(main())
