import asyncio
async def g(n):
    return await g(n + 1)
try:
    asyncio.run(g(0))
except RecursionError as e:
    print("RecursionError", e)
