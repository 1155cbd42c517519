# mode: asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

print(f"started at {time.strftime('%X')}")
await say_after(1, 'hello')
x = [i async for i in agen()]
...
