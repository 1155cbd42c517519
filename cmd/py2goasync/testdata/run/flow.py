# try/except/else/finally, return/break/continue through finally,
# exception context, bare raise, except-as deletion.
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return "one"
    except ValueError as e:
        print("caught", repr(e))
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("context", repr(k.__context__))
        return "handled"
    else:
        print("else", x)
    finally:
        print("finally", x)
    return "end"


for i in range(3):
    print(f(i))


def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no else")
    try:
        return "try"
    finally:
        print("returning")


print(g())


def h():
    try:
        return 1
    finally:
        return 2


print(h())


def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("re-raising")
        raise


try:
    reraiser()
except ZeroDivisionError as e:
    print("outer", e)
try:
    e
except NameError as n:
    print(n)


def swallow():
    for x in range(3):
        try:
            raise RuntimeError(x)
        finally:
            if x < 2:
                continue
            print("last", x)
            break
    return "swallowed"


print(swallow())


def unbound():
    if False:
        y = 1
    return y


try:
    unbound()
except UnboundLocalError as e:
    print(e)

while True:
    try:
        raise StopIteration
    except StopIteration:
        break
print("done")
