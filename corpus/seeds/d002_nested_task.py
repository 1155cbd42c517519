import asyncio

async def nested():
    return 234

async def main():
    task = asyncio.create_task(nested())
    
    result = await task
    
    print(result)
    
await main()
