def describe(*args, **kwargs):
    parts = [repr(a) for a in args]
    parts += [f"{k}={v!r}" for k, v in kwargs.items()]
    return f"describe({', '.join(parts)})"


def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


def pos_only(a, b, /, c, *, d):
    return a + b + c + d


def append_to(item, target=[]):
    target.append(item)
    return target


def varied(first, *rest, sep="-", **opts):
    return sep.join([str(first), *map(str, rest)]) + str(sorted(opts))


print(describe(1, "two", [3], x=4, y=None))
print(connect("example.com"))
print(connect("example.com", 8080, retries=1))
args = ("h", 22)
kw = {"timeout": 1}
print(connect(*args, **kw))
print(pos_only(1, 2, c=3, d=4))
print(append_to(1), append_to(2), append_to(3, []))
print(varied(1, 2, 3, sep="+", z=1, a=2))
try:
    connect("h", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    connect()
except TypeError as e:
    print("TypeError:", e)
try:
    connect("h", bogus=1)
except TypeError as e:
    print("TypeError:", e)
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
