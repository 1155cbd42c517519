import asyncio, time, timeit
def loop():
    total = 0
    for i in range(1_000_000):
        total += i * 2
    return total
t = min(timeit.repeat(loop, number=1, repeat=5)); print(f"int loop 1e6: {t*1e3:.1f} ms ({t*1e9/1e6:.1f} ns/iter)")
class P:
    def __init__(self): self.x = 1; self.y = 2
p = P()
t = min(timeit.repeat("p.x; p.y", globals=globals(), number=1_000_000, repeat=5)); print(f"2 attr loads: {t*1e9/1e6:.1f} ns")
def f(a, b): return a + b
t = min(timeit.repeat("f(1, 2)", globals=globals(), number=1_000_000, repeat=5)); print(f"call f(1,2): {t*1e9/1e6:.1f} ns")
def g(x):
    if x < 0: raise ValueError
    return x + 1
def nr():
    t = 0
    for i in range(1_000_000):
        try: t += g(i)
        except ValueError: pass
def rr():
    for i in range(1_000_000):
        try: g(-1)
        except ValueError: pass
t = min(timeit.repeat(nr, number=1, repeat=3)); print(f"try+call no raise: {t*1e9/1e6:.1f} ns/iter")
t = min(timeit.repeat(rr, number=1, repeat=3)); print(f"raise+catch: {t*1e9/1e6:.1f} ns/iter")
async def sl(m):
    for _ in range(m): await asyncio.sleep(0)
async def main():
    await asyncio.gather(*(sl(10000) for _ in range(100)))
t0 = time.perf_counter(); asyncio.run(main()); t = time.perf_counter() - t0
print(f"sleep0 100 tasks x 10000: {t*1e9/1e6:.0f} ns/step")
class Fut:
    def __await__(self):
        return (yield self)
async def worker(n, fa, fb):
    total = 0
    for i in range(n):
        total += await fa
        total += await fb
    return total
def drive(n):
    c = worker(n, Fut(), Fut())
    try:
        c.send(None)
        while True: c.send(1)
    except StopIteration: pass
t = min(timeit.repeat(lambda: drive(500000), number=1, repeat=3)); print(f"coroutine send round trip: {t*1e9/1e6:.1f} ns")
async def chain(d, f):
    if d == 0: return await f
    return (await chain(d-1, f)) + 1
async def chainloop(n, f):
    t = 0
    for i in range(n): t += await chain(10, f)
def drive2(n):
    c = chainloop(n, Fut())
    try:
        c.send(None)
        while True: c.send(1)
    except StopIteration: pass
t = min(timeit.repeat(lambda: drive2(200000), number=1, repeat=3)); print(f"chain10 await: {t*1e9/2e5:.1f} ns")
def mk():
    c = worker(1, Fut(), Fut())
    try:
        c.send(None); c.send(1); c.send(1)
    except StopIteration: pass
t = min(timeit.repeat(mk, number=200000, repeat=3)); print(f"create coroutine+2 awaits: {t*1e9/2e5:.1f} ns")
