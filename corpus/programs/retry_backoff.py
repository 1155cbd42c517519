import asyncio


class TransientError(Exception):
    pass


def flaky(fail_times):
    calls = 0

    async def op(x):
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)
        if calls <= fail_times:
            raise TransientError(f"attempt {calls} failed")
        return x * 2

    return op


async def retry(op, *args, attempts=4, base=0.1, factor=2.0):
    loop = asyncio.get_running_loop()
    delay = base
    for attempt in range(1, attempts + 1):
        try:
            return await op(*args)
        except TransientError as e:
            if attempt == attempts:
                raise RuntimeError(f"gave up after {attempts} attempts") from e
            print(f"  {e}; retrying in {delay:.1f}s (t={loop.time() - 1000:.2f})")
            await asyncio.sleep(delay)
            delay *= factor


async def main():
    print("result:", await retry(flaky(2), 21))
    try:
        await retry(flaky(10), 1, attempts=3)
    except RuntimeError as e:
        print("error:", e, "<-", e.__cause__)


asyncio.run(main())
