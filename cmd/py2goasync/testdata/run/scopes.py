def make(base):
    factor = 3

    class Local:
        k = base

        def get(self):
            return self.k * factor

        def nested(self):
            def inner():
                return base + factor
            return inner()
    return Local


L = make(2)
print(L().get(), L().nested(), L.__name__, L.__qualname__)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    return middle()()


print(outer())
gen = (i * i for i in range(5) if i % 2)
print(list(gen), list(gen))
print([(a, b) for a in range(3) for b in range(a)])
y = 10


class C:
    y = 1
    vals = [y for _ in range(2)]


print(C.vals)


def counter_gen():
    n = 0
    while True:
        n += 1
        if n > 3:
            return n
        yield n


print(list(counter_gen()))
try:
    next(iter([]))
except StopIteration:
    print("stop")


def kw(*, a, b=2):
    return a, b


try:
    kw(1)
except TypeError as e:
    print(e)
print(kw(a=1))
