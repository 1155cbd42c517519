from __future__ import annotations

from dataclasses import dataclass, field
import typing

a: int = 1
b: list[dict[str, int | None]]
c: typing.Callable[[int, str], tuple[int, ...]] = len
d: "quoted"
e: (1 + 2) * 3 ** -x if y else not z
f: Literal["a", 'b', 1.5, -2, b'x', None, True, ...]


class K:
    x: undefined_name
    y: tuple[()] = ()
    self_ref: K | None = None

    def m(self, p: K, *a: int, q: dict[str, K] = {}, **kw: a.b.c) -> list[K]:
        return []


print(__annotations__)
print(K.__annotations__)
print(K.m.__annotations__)


@dataclass(frozen=True)
class P:
    x: int
    y: list[int] = field(default_factory=list)


print(P(1), P(1) == P(1, []))
