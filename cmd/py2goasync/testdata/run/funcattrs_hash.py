import collections


def f(a, b=2, *, c=3):
    "doc"
    return a, b, c


f.__doc__ = "x"
print(f.__doc__)
del f.__doc__
print(f.__doc__)
f.__module__ = "m"
print(f.__module__)
f.__name__ = "g"
f.__qualname__ = "G.g"
print(f.__name__, f.__qualname__)
for attr, val in [("__name__", 1), ("__qualname__", None), ("__defaults__", [1]),
                  ("__kwdefaults__", 1), ("__dict__", 1), ("__annotations__", 1)]:
    try:
        setattr(f, attr, val)
    except TypeError as e:
        print(attr, e)
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
f.__kwdefaults__ = {"c": 30}
print(f(1, 2), f.__kwdefaults__)
f.__dict__ = {"z": 1}
print(f.z, f.__dict__)
f.__annotations__ = {"a": int}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
try:
    del f.__dict__
except TypeError as e:
    print(e)
print(sorted(k for k in f.__dict__))


class A:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [-6644214454873602895, -1, 0, 2**61 - 1, 2**61, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**100, True]:
    print(h, hash(A(h)))
for v in [collections.deque(), collections.defaultdict(), collections.OrderedDict(), collections.Counter(), [], {}]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(__annotations__)
