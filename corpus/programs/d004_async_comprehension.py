import asyncio

async def generate():
    for i in range(3):
        yield i

async def main():
    async_iterator = generate()
    # build a list of results
    results = [item async for item async_iterator]
    print(results)

asyncio.run(main())
