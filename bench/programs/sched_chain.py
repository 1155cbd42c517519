# Scheduler-bound: create_task + await chains. Each link creates a task for
# the next link and awaits it; the leaf sleeps once. Plus plain coroutine
# await chains (no task) 20 deep.
import asyncio


async def link(depth):
    if depth == 0:
        await asyncio.sleep(0)
        return 1
    t = asyncio.create_task(link(depth - 1))
    return await t + 1


async def coro_chain(depth):
    if depth == 0:
        await asyncio.sleep(0)
        return 0
    return await coro_chain(depth - 1) + depth


async def main():
    total = 0
    for _ in range(1500):
        total += await link(40)
    for _ in range(4000):
        total += await coro_chain(20)
    print(total)


asyncio.run(main())
