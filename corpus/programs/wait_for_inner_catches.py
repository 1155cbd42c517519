import asyncio


async def graceful(delay):
    try:
        await asyncio.sleep(delay)
        return "completed"
    except asyncio.CancelledError:
        print("  graceful: got cancel, saving state")
        await asyncio.sleep(0.1)
        print("  graceful: state saved")
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("  stubborn: ignoring cancellation, returning a value")
        return "partial"


async def main():
    loop = asyncio.get_running_loop()
    for name, coro in [("graceful", graceful(5)), ("stubborn", stubborn()), ("fast", graceful(0.1))]:
        t0 = loop.time()
        try:
            r = await asyncio.wait_for(coro, timeout=0.5)
            print(f"{name}: result {r!r} after {loop.time() - t0:.2f}s")
        except asyncio.TimeoutError:
            print(f"{name}: TimeoutError after {loop.time() - t0:.2f}s")


asyncio.run(main())
