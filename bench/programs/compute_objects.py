# Compute inside a coroutine: method calls on class instances (attributes,
# inheritance, properties, dunder methods) and generators.
import asyncio


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n


class Scaled(Counter):
    def bump(self, k):
        return super().bump(k * 2)


def gen_pairs(n):
    for i in range(n):
        if i % 3:
            yield i, i * i


def chain(n):
    yield from range(n)
    yield from (x * 2 for x in range(n))


async def main():
    acc = Vec(0, 0)
    d = 0
    for i in range(90000):
        v = Vec(i, -i)
        acc = acc + v
        d += v.dot(acc) % 97 + v.norm1
    c, s = Counter(), Scaled()
    for i in range(150000):
        c.bump(i)
        s.bump(i)
    g = sum(a + b for a, b in gen_pairs(100000))
    h = sum(chain(100000))
    print(acc.x, acc.y, d, c.n, s.n, g, h)


asyncio.run(main())
