del obj.attr, obj[0], obj[1:2]
raise
raise ValueError
raise ValueError("x") from exc
t = (*a, 1)
l = [*a, *b]
s = {1, *a}
d = {"k": 1, **m}
e = ()
one = (1,)
for (i, (j, *k)), v in pairs:
    print(i, j, k, v)
a = b, c = 1, 2
if (n := len(a)) > 3:
    print(n)
f = lambda: (yield)
nums = 1, 2.5, 3j, b"raw", None, True, ..., 10**100


def imports():
    import os.path
    import json as j
    from collections import deque
    return os, j, deque


def flags(x):
    global counter
    counter = x
    while True:
        try:
            yield x
        finally:
            break


async def ticker(n):
    for i in range(n):
        yield i
        await sleep(0)


def fmt(v, w):
    return f"{v!s:{w}.{w}}|{v!a}|{'nested'}|{v:{'>' if w else '<'}10}"


def ctx():
    with lock:
        pass
    try:
        pass
    finally:
        pass
