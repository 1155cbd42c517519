import time
async def work(n):
    await asyncio.sleep(n)
    return n * 10
t = asyncio.create_task(work(1))
t.done()
await asyncio.sleep(2)
t.done(), t.result()
r = await asyncio.gather(work(1), work(2))
r
print("after error")
async def boom():
    raise ValueError("in task")
try:
    await boom()
except ValueError as e:
    print("caught", e)
x = [await work(0) for _ in range(2)]
x
