import asyncio


async def slow_op(seconds, result):
    try:
        await asyncio.sleep(seconds)
        return result
    finally:
        print(f"slow_op({seconds}) finished or cancelled")


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.wait_for(slow_op(0.5, "fast enough"), timeout=1))
    try:
        await asyncio.wait_for(slow_op(5, "too slow"), timeout=1.25)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, repr(e))
    print(f"elapsed {loop.time() - t0:.2f}")
    task = asyncio.create_task(slow_op(3, "task"))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except TimeoutError:
        print("shielded task still running:", not task.done())
    print("task result:", await task)
    print(f"elapsed {loop.time() - t0:.2f}")
    print(await asyncio.wait_for(slow_op(0, "none timeout"), None))


asyncio.run(main())
