import dataclasses
from dataclasses import dataclass, field
from typing import List, Optional

x: int = 1
y: "str"
print(__annotations__)


class A:
    "doc"
    a: int
    b: List[int] = []
    __p: float = 1.0
    (c): int = 3
    if True:
        d: Optional[str] = None

    def __init__(self):
        self.e: int = 5
        z: undefined_name = 1

    def m(self, u: int, /, v: "q" = 2, *args: str, w: float = 1.0, **kw: dict) -> bool:
        return True


print(A.__annotations__)
print(A.m.__annotations__)
print(A.__init__.__annotations__)
print(A().e)


class B(A):
    pass


print(B.__annotations__ is A.__annotations__)


def g(a, b=1):
    pass


print(g.__annotations__)

lst = [0]
lst[0]: int = 7
print(lst)

try:
    def h(a: nope) -> int:
        pass
except NameError as e:
    print("NameError:", e)


def order(tag):
    print("eval", tag)
    return tag


def k(a: order("a") = order("default"), *, b: order("b") = order("kwdefault")) -> order("ret"):
    pass


print(k.__annotations__)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, p == Point(1, 0, []), p == Point(2))
p.tags.append("t")
print(p, Point(3, 4).tags)
print([f.name for f in dataclasses.fields(Point)])


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "x")
print(v1 < v2, v1 == Version(1, 2, "y"), sorted([v2, v1]))
print(hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 5
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
print(dataclasses.asdict(v2))
try:
    print(int.__annotations__)
except AttributeError as e:
    print(e)
B.__annotations__ = {"q": 1}
print(B.__annotations__, A.__annotations__["a"])
del B.__annotations__
print(B.__annotations__)
