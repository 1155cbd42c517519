import asyncio

class AsyncContextManager:
    async def __aenter__(self):
        print('>entering the context manager')
        await asyncio.sleep(0.5)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print('>exiting the context manager')
        await asyncio.sleep(0.5)

async def main():
    # create and use an asynchronous context manager
    async with AsyncContextManager() as manager:
        # ...
        print(f'inside the block: {type(manager).__name__}')

asyncio.run(main())
