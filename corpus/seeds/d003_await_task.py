import asyncio
#a coroutine to print numbers from 1 to 10
async def task():
    for i in range(10):
        print(i)
async def main():
    await task()
    print("Finished")
asyncio.run(main())
