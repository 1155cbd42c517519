import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n, 0, -1):
            print("countdown", i)
            yield from asyncio.sleep(0.1).__await__()
        return "ignition"


class Deferred:
    def __init__(self):
        self.fut = asyncio.get_running_loop().create_future()

    def resolve(self, value):
        if not self.fut.done():
            self.fut.set_result(value)

    def reject(self, exc):
        self.fut.set_exception(exc)

    def __await__(self):
        return self.fut.__await__()


async def main():
    print(await Countdown(3))
    d = Deferred()
    asyncio.get_running_loop().call_later(0.2, d.resolve, {"status": 200})
    print(await d)
    d2 = Deferred()
    d2.reject(TimeoutError("upstream timed out"))
    try:
        await d2
    except TimeoutError as e:
        print("rejected:", e)
    print(await asyncio.gather(Countdown(1), Countdown(2)))
    fut = asyncio.get_running_loop().create_future()
    fut.cancel()
    print("cancelled future:", fut.cancelled(), fut.done())
    try:
        fut.result()
    except asyncio.CancelledError:
        print("result() of a cancelled future raises CancelledError")


asyncio.run(main())
