import sys


def inner(d):
    return d["missing"]


def outer():
    try:
        inner({})
    finally:
        print("finally runs", file=sys.stderr)


print("before")
outer()
print("not reached")
