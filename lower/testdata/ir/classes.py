def deco(f):
    return f


class Base:
    """Base doc."""
    count = 0
    count += 1

    def __init__(self, value):
        self.__value = value

    @staticmethod
    @deco
    def helper(x=count):
        return x


class Child(Base, metaclass=type, **opts):
    def __init__(self):
        super().__init__(1)

    def cls(self):
        return __class__


def factory(v):
    class Local:
        attr = v
        v = 2
        def get(self):
            return v
    return Local


def enclosing():
    y = 1
    class C:
        z = y
        def m(self):
            nonlocal y
            y = 2
    class D:
        nonlocal y
        y = 3
    return C, D


class WithGlobal:
    global g
    g = 1
    h = g
