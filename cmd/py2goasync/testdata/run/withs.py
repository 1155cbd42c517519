class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow


with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("s", swallow=True):
    raise ValueError("gone")


def ret():
    with CM("r"):
        return "returned"


print(ret())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break

try:
    with CM("boom"):
        1 / 0
except ZeroDivisionError:
    print("propagated")

try:
    with 42:
        pass
except TypeError as e:
    print(e)
