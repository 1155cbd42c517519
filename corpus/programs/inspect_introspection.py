import asyncio
import inspect


async def coro_fn(a, b=2, *args, key=None, **kw):
    await asyncio.sleep(0)
    return a + b


async def agen_fn():
    yield 1


def gen_fn():
    yield 1


def plain(x, y):
    return x * y


class Service:
    async def start(self):
        return "started"

    def stop(self):
        return "stopped"


for fn in [coro_fn, agen_fn, gen_fn, plain, Service.start, Service().stop]:
    print(f"{fn.__name__:<8} coro={inspect.iscoroutinefunction(fn)!s:<5} "
          f"asyncgen={inspect.isasyncgenfunction(fn)!s:<5} gen={inspect.isgeneratorfunction(fn)}")
c = coro_fn(1)
print(inspect.iscoroutine(c), inspect.isawaitable(c), asyncio.iscoroutine(c))
print(asyncio.run(c))
print(plain.__name__, coro_fn.__qualname__, Service.start.__qualname__, callable(plain))
print(type(c).__name__, type(agen_fn()).__name__, type(gen_fn()).__name__)
print(asyncio.iscoroutinefunction(Service().start), asyncio.run(Service().start()))
