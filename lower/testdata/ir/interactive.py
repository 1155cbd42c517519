# interactive
import asyncio
async def main():
    return 1
await main()
x = await main()
x
...
[v async for v in agen()]
async with lock:
    pass
