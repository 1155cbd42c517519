import asyncio


async def compute(x):
    await asyncio.sleep(x / 10)
    if x == 3:
        raise ArithmeticError("three is unlucky")
    return x * x


def on_done(task):
    if task.cancelled():
        print(f"{task.get_name()}: cancelled")
    elif task.exception() is not None:
        print(f"{task.get_name()}: failed with {task.exception()!r}")
    else:
        print(f"{task.get_name()}: result {task.result()}")


async def main():
    tasks = []
    for x in [4, 1, 3, 2, 5]:
        t = asyncio.create_task(compute(x), name=f"compute-{x}")
        t.add_done_callback(on_done)
        tasks.append(t)
    tasks[-1].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if not isinstance(r, BaseException) else type(r).__name__ for r in results])
    t = asyncio.create_task(compute(1))
    t.add_done_callback(lambda _: print("first callback"))
    t.add_done_callback(lambda _: print("second callback"))
    print("removed:", t.remove_done_callback(on_done))
    await t
    await asyncio.sleep(0)
    print("current task name:", asyncio.current_task().get_name())


asyncio.run(main())
