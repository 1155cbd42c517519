# Python names that look like the generator's own.
G = "global G"
rt = "global rt"
os = "global os"


def main(args, exc=None, *t1, ok1=1, **ret):
    caught1 = pending1 = why1 = 0
    t2 = [args, exc, t1, ok1, ret]
    try:
        try:
            raise ValueError(t2)
        finally:
            why1 += 1
    except ValueError as caught1:
        pending1 = str(caught1)

    def isCode(v):
        return v, G, rt, os
    return pending1, why1, isCode(main.__name__), loadName.__name__


def loadName():
    return "mine"


def module():
    return "module"


print(main(1, 2, 3, 4, ok1=5, k=6))
print(module(), loadName())
type = int
print(type("7") + 1)
_ = "underscore"
print(_)
