import sys


def bad_except_type():
    try:
        1 / 0
    except NotAClass:  # NameError while matching
        pass


try:
    bad_except_type()
except NameError as e:
    print("NameError", e, "context:", type(e.__context__).__name__)


def override():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(override())


def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
            raise KeyError("from finally")
    except KeyError as e:
        print("caught", e, "context", e.__context__)
        return "outer"
    finally:
        print("outer finally")


print(nested())


def loop_discard():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("dropped")
            out.append(i)
        finally:
            if i == 1:
                continue
    return out


print(loop_discard())


def exc_info_inside():
    try:
        raise TypeError("t")
    except TypeError:
        print("inside:", sys.exc_info()[0].__name__)
        try:
            raise ValueError("v")
        except ValueError:
            print("nested:", sys.exc_info()[0].__name__)
        print("restored:", sys.exc_info()[0].__name__)
    print("after:", sys.exc_info()[0])


exc_info_inside()


def stubborn():
    try:
        yield 1
    finally:
        yield 2


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def raise_in_else():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise IndexError("from else")


try:
    raise_in_else()
except IndexError as e:
    print("else raised", e, e.__context__)


class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise E(7)
except E as e:
    print(e, e.code, e.args)

try:
    try:
        raise E(1)
    except E:
        raise ValueError("during handling")
except ValueError as v:
    print(repr(v), repr(v.__context__), v.__suppress_context__)

try:
    raise ValueError("x") from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__)
