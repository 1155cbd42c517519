# Operands are read when Python evaluates them, not when Go combines them.
def f():
    x = 1

    def g():
        nonlocal x
        x = 10
        return 5
    a = x + g()
    x = 1
    b = [x, g()]
    x = 1
    c = {x: g()}
    return a, b, c, x


def h():
    y = 1
    return y + (y := 5), y


print(f(), h())
