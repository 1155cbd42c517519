# Compute inside a coroutine: naive recursive fib, as a plain function called
# from a coroutine and as a coroutine awaiting itself (no suspension).
import asyncio


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


async def afib(n):
    if n < 2:
        return n
    return await afib(n - 1) + await afib(n - 2)


async def main():
    print(fib(27), await afib(22))


asyncio.run(main())
