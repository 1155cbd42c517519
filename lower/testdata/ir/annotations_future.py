from __future__ import annotations

x: list[int | None] = []
obj.attr: str


def f(a: dict[str, "K"], *, b: tuple[int, ...] = ()) -> K:
    pass
