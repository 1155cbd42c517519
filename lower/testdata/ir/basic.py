"""Module doc."""
import asyncio
import os.path
import a.b.c as abc
from . import sibling
from ..pkg.mod import name as alias, other

x = 1
y = z = x + 2
a, *b, c = [1, 2, 3, 4]
x += 1
obj.attr -= 1
obj[i:j] *= 2
del x, (y, z)
t: int = 5
u: int


async def count(n, /, m=2, *args, k, kk=3, **kw):
    """Count."""
    global x
    total = 0
    for i in range(n):
        total += i
        if i > 2:
            break
        elif i < 0:
            continue
        else:
            pass
    else:
        total = -1
    while total > 0:
        total -= 1
    else:
        print("done")
    await asyncio.sleep(0)
    x = f"{total!r:>{m}} and {k=}"
    return total


def gen():
    yield 1
    y = yield
    yield from range(3)


print(1 < x <= 3, not x, -x, x and y or z, x if y else z, (w := 5))
print(*args, k=1, **kw)
s = xs[1:2], xs[::3], xs[a, b:c]
