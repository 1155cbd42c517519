import collections
import functools
import math

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = collections.Counter(words)
print(counts.most_common(2), counts["the"], counts["cat"])
groups = collections.defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups))
dq = collections.deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(4)
dq.rotate(1)
print(dq, dq.popleft(), list(dq))
Point = collections.namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x + p.y, p._replace(y=10), p._asdict(), math.hypot(*p))


@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(90), ways.cache_info().hits)
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.partial(int, base=2)("1011"))
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(84, 36), math.isclose(0.1 + 0.2, 0.3))
print(math.pi, math.e, math.inf, math.factorial(20), math.log(1000, 10), math.comb(10, 3))
