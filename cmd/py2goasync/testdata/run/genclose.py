def g():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


def first():
    try:
        for x in g():
            return x
    finally:
        print("outer finally")


print(first())
try:
    for x in g():
        raise KeyError(x)
except KeyError:
    print("caught")
for x in g():
    continue
print("exhausted")
it = g()
for x in it:
    break
print("named iterator not closed")
it.close()
