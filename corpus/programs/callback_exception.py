import asyncio


def good(label):
    print("callback", label)


def bad():
    print("bad callback runs")
    raise ZeroDivisionError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(good, 1)
    loop.call_soon(bad)
    loop.call_soon(good, 2)
    loop.call_later(0.1, good, 3)
    await asyncio.sleep(0.2)
    print("loop still running")
    loop.set_exception_handler(lambda lp, ctx: print("handler got:", ctx["message"], repr(ctx.get("exception"))))
    loop.call_soon(bad)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print("done")


asyncio.run(main())
