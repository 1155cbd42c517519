import asyncio


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def search(items, want):
    for i, x in enumerate(items):
        if x == want:
            break
    else:
        return -1
    return i


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def tries(x):
    try:
        y = 10 // x
    except ZeroDivisionError as e:
        print("zero", e)
        return None
    except (TypeError, ValueError):
        raise
    else:
        print("ok", y)
    finally:
        print("finally")
    while x > 0:
        try:
            x -= 1
            if x == 2:
                continue
            if x == 1:
                break
        finally:
            print("loop finally", x)
    return x


class Greeter:
    greeting = "hello"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"{self.greeting}, {self.name!r:>10}"


async def worker(q, n):
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    total = 0
    for i in range(n):
        total += await q.get()
    return total


async def main():
    c = counter()
    print(fib(10), search([1, 2, 3], 2), c(), c(5))
    print(Greeter("bob").greet())
    print(tries(0), tries(4))
    print([x * x for x in range(3) if x], {k: v for k, v in {"a": 1}.items()})
    del c
    assert fib(3) == 2, "fib"


asyncio.run(main())


class Loud(Greeter):
    def greet(self):
        return super().greet().upper() + str(__class__)


def class_in_function(v):
    class Inner:
        tmp = v
        doubled = tmp * 2
        del tmp
        big = 123456789012345678901234567890
    return Inner


def gen_loops():
    for x in counter_gen():
        continue
    for x in counter_gen():
        if x:
            break
    return x


def counter_gen():
    yield 1
    yield 2
