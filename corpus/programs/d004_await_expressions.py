import asyncio

async def custom_coroutine():
    await asyncio.sleep(0.1)
    return 'value'

async def main():
    # await a coroutine
    await custom_coroutine()
    # await a coroutine and store the return value
    value = await custom_coroutine()
    print(value)
    # await a task
    await asyncio.create_task(custom_coroutine())

asyncio.run(main())
