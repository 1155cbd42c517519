import asyncio

async def worker(sem, i):
    async with sem:
        # work with shared resource
        await asyncio.sleep(1)
        print('worker', i, 'done')

async def main():
    sem = asyncio.Semaphore(10)
    await asyncio.gather(*(worker(sem, i) for i in range(12)))

asyncio.run(main())
