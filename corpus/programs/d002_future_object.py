import time

def blocking():
    time.sleep(0.5)
    return 'from executor'

def function_that_returns_a_future_object():
    return asyncio.get_running_loop().run_in_executor(None, blocking)

async def some_python_coroutine():
    await asyncio.sleep(1)
    return 'from coroutine'

async def main():
    await function_that_returns_a_future_object()

    # this is also valid:
    await asyncio.gather(
        function_that_returns_a_future_object(),
        some_python_coroutine()
    )

await main()
print(await asyncio.gather(function_that_returns_a_future_object(), some_python_coroutine()))
