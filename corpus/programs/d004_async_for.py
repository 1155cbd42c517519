import asyncio

async def generate():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield i

async def main():
    async_iterator = generate()
    # traverse an asynchronous iterator
    async for item in async_iterator:
        print(item)

asyncio.run(main())
