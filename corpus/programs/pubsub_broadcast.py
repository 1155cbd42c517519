import asyncio


class Broker:
    def __init__(self):
        self.subscribers = {}

    def subscribe(self, name, maxsize=0):
        q = asyncio.Queue(maxsize)
        self.subscribers[name] = q
        return q

    def unsubscribe(self, name):
        self.subscribers.pop(name, None)

    async def publish(self, msg):
        for name, q in list(self.subscribers.items()):
            if q.full():
                print(f"  dropping {msg!r} for slow subscriber {name}")
                continue
            await q.put(msg)


async def listener(broker, name, delay, limit):
    q = broker.subscribe(name, maxsize=2)
    got = []
    while len(got) < limit:
        msg = await q.get()
        await asyncio.sleep(delay)
        got.append(msg)
        print(f"{name} <- {msg}")
    broker.unsubscribe(name)
    return name, got


async def main():
    broker = Broker()
    listeners = [asyncio.create_task(listener(broker, n, d, l))
                 for n, d, l in [("fast", 0.01, 5), ("slow", 0.35, 3), ("quitter", 0.01, 2)]]
    await asyncio.sleep(0)
    for i in range(5):
        await broker.publish(f"news-{i}")
        await asyncio.sleep(0.1)
    done = await asyncio.gather(*listeners)
    for name, got in done:
        print(name, got)
    print("subscribers left:", list(broker.subscribers))


asyncio.run(main())
