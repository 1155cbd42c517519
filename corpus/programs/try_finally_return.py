def f():
    try:
        return "try"
    finally:
        print("finally runs before return")


def g():
    try:
        return "try"
    finally:
        return "finally wins"


def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i


def k(x):
    try:
        result = 10 / x
    except ZeroDivisionError:
        print("division by zero")
        return None
    else:
        print("no exception")
        return result
    finally:
        print("cleanup for", x)


def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"


print(f())
print(g())
print(h())
print(k(4), k(0))
print(swallow())
