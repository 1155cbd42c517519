


def deco(fn):

    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, sorted(kwargs.items()))
        return fn(*args, **kwargs)
    return wrapper


@deco
def add(a, b=2, *rest, c, d=4, **kw):
    return a + b + sum(rest) + c + d + sum(kw.values())


print(add(1, c=3))
print(add(1, 2, 3, 4, c=5, d=6, e=7))

total = 0


def bump():
    global total
    total += 1
    return total


bump()
bump()
print(total)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 1)


p = Point(1, 2) + Point.unit()
print(p, p.norm, Point.origin())

data = {"b": 2, "a": 1}
print(sorted(data), [k for k in data if (v := data[k]) > 1], v)
s = "hello world"
print(s[::-1], s[2:5], s.split(), "-".join(["x", "y"]), s.upper().count("L"))
print(list(map(lambda x: x * 2, range(4))), list(filter(None, [0, 1, 2])))
xs = [3, 1, 2]
xs.sort(key=lambda x: -x)
print(xs, min(xs), max(xs), len(xs), xs.index(1))
del xs[0]
print(xs)
t = (1, 2)
d = {}
d[t] = "tuple"
d.setdefault("k", []).append(1)
print(d)
print(10 // 3, -10 // 3, 10 % -3, 2 ** 100, 7 / 2, 1e300 * 1e10, 0.1 + 0.2)
print(int("42") + 1, float("1.5"), str(3.0), repr("q'\""), bool([]))
print(isinstance(p, Point), type(p).__name__, hasattr(p, "x"), getattr(p, "z", None))


def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")


it = g()
print(next(it))
it.close()
print(sum(x * x for x in range(4)))
print(any(x > 2 for x in range(4)), all([]))

try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    {}["k"]
except LookupError as e:
    print("LookupError:", repr(e))
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
assert True, "never"
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert:", e)
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
print(*range(3), sep=", ", end="!\n")
