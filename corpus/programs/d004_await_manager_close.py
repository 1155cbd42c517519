import asyncio

class AsyncContextManager:
    def __await__(self):
        print('>opening')
        yield from asyncio.sleep(0.5).__await__()
        return self

    async def close(self):
        print('>closing')
        await asyncio.sleep(0.5)

async def main():
    # create or enter the async context manager
    manager = await AsyncContextManager()
    try:
        # ...
        print('using the manager')
    finally:
        # close or exit the context manager
        await manager.close()

asyncio.run(main())
