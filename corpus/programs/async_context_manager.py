import asyncio


class Connection:
    opened = 0

    def __init__(self, host, suppress=False):
        self.host = host
        self.suppress = suppress
        self.is_open = False

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        Connection.opened += 1
        self.is_open = True
        print(f"open {self.host}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        self.is_open = False
        name = exc_type.__name__ if exc_type else None
        print(f"close {self.host} (exc={name}, suppress={self.suppress})")
        return self.suppress

    async def query(self, q):
        if not self.is_open:
            raise RuntimeError("connection closed")
        if "DROP" in q:
            raise PermissionError(q)
        await asyncio.sleep(0.05)
        return f"{self.host}: {q.lower()}"


async def main():
    async with Connection("db1") as c:
        print(await c.query("SELECT 1"))
    async with Connection("db2", suppress=True) as c:
        await c.query("DROP TABLE users")
        print("not reached")
    print("suppressed, continuing")
    try:
        async with Connection("db3") as c, Connection("db4") as d:
            print(await d.query("SELECT 2"))
            await c.query("DROP x")
    except PermissionError as e:
        print("propagated:", repr(e))
    try:
        await c.query("SELECT 3")
    except RuntimeError as e:
        print(e, "| opened:", Connection.opened)


asyncio.run(main())
