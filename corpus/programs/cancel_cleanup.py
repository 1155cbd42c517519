import asyncio


async def worker(name, resources):
    resources.append(name)
    print(f"{name}: acquired")
    try:
        while True:
            await asyncio.sleep(0.25)
            print(f"{name}: tick")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise
    finally:
        resources.remove(name)
        print(f"{name}: released")


async def main():
    resources = []
    task = asyncio.create_task(worker("w1", resources))
    await asyncio.sleep(0.6)
    print("cancel() returned", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("main: task was cancelled")
    print("done:", task.done(), "cancelled:", task.cancelled())
    print("resources left:", resources)
    print("cancel again:", task.cancel())
    try:
        task.result()
    except asyncio.CancelledError as e:
        print("result() raised CancelledError", e.args)


asyncio.run(main())
