def counter():
    n = 0

    def inc(by=1, *, twice=False):
        nonlocal n
        n += by * (2 if twice else 1)
        return n
    return inc


c = counter()
print(c(), c(5), c(twice=True))

fs = [lambda: i for i in range(3)]
print([f() for f in fs])


def late():
    xs = []
    for i in range(3):
        def get():
            return i
        xs.append(get)
    return [x() for x in xs]


print(late())


class A:
    k = 10

    def __init__(self, v):
        self.v = v

    def total(self):
        return self.v + self.k


class B(A):
    def total(self):
        return super().total() * 2


print(A(1).total(), B(1).total())
print({k: v for k, v in zip("abc", range(3))}, {1, 2, 3}, (1, *[2, 3]))
a, *b, c = range(5)
print(a, b, c)
x = 5
print(1 < x < 10, 1 < x > 10, x if x else 0, x and 0 or "or")
print(f"{x!r:>4}|{x:03d}|{'s'!s}")


def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "fin"


g = gen(3)
print(next(g), g.send("hi"), list(g))


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)
