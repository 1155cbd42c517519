x: int = 1
obj.attr: str
(p): float


class C:
    __priv: int
    y: "s" = 2

    def m(self, b, /, a: int = 0, *args: str, k: C = None, **kw: dict) -> bool:
        z: int = 3
        return z
