import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [t.result() for t in done], "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", sorted(t.result() for t in done), len(pending))

    tasks = [asyncio.create_task(job("x", 0.5)), asyncio.create_task(job("y", 0.2, True)),
             asyncio.create_task(job("z", 0.1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in tasks:
        if t in done:
            exc = t.exception()
            print("done:", repr(exc) if exc else t.result())
        else:
            print("pending, cancelling")
            t.cancel()
    await asyncio.sleep(0)

    slow = asyncio.create_task(job("slow", 10))
    done, pending = await asyncio.wait([slow], timeout=1)
    print("after timeout:", len(done), len(pending), slow.done())
    slow.cancel()
    done, _ = await asyncio.wait([slow])
    print("slow cancelled:", slow.cancelled(), asyncio.ALL_COMPLETED)


asyncio.run(main())
