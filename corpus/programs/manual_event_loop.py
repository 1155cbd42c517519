import asyncio


async def compute(name, n):
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0.01)
    print(f"{name}: sum(range({n})) = {total}")
    return total


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print("running:", loop.is_running(), "closed:", loop.is_closed())
    result = loop.run_until_complete(compute("first", 5))
    print("result", result)
    tasks = [loop.create_task(compute(f"t{i}", i * 3)) for i in range(1, 4)]
    print(loop.run_until_complete(asyncio.gather(*tasks)))
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "late")
    print(loop.run_until_complete(fut))
finally:
    loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(compute("again", 1))
except RuntimeError as e:
    print("RuntimeError:", e)
coro = compute("never", 1)
coro.close()
asyncio.set_event_loop(None)
print(asyncio.run(compute("fresh", 4)))
