import asyncio


class Transaction:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    async def __aenter__(self):
        print(f"BEGIN {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        if exc_type is None:
            print(f"COMMIT {self.name}")
        else:
            print(f"ROLLBACK {self.name} because {exc!r}")
        if self.fail_on_exit:
            raise ConnectionResetError(f"{self.name}: connection lost during exit")
        return False


async def main():
    try:
        async with Transaction("t1", fail_on_exit=True):
            raise ValueError("constraint violated")
    except ConnectionResetError as e:
        print("caught:", e, "| context:", repr(e.__context__))
    try:
        async with Transaction("t2"):
            async with Transaction("t2-nested"):
                pass
            raise KeyError("row")
    except KeyError as e:
        print("caught KeyError", e)
    try:
        try:
            raise OSError("disk full")
        finally:
            print("finally runs, then raises")
            raise RuntimeError("while cleaning up")
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))


asyncio.run(main())
