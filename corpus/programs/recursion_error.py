import sys


def depth(n):
    return depth(n + 1)


def safe_depth(n, limit):
    if n >= limit:
        return n
    return safe_depth(n + 1, limit)


print(safe_depth(0, 500))
print(sys.getrecursionlimit())
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print("recovered")
