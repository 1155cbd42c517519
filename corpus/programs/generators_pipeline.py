def read_lines():
    data = "alpha 3\nbeta 10\n\ngamma 7\n# comment\ndelta 1\n"
    for line in data.splitlines():
        yield line


def parse(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, value = line.split()
        yield name, int(value)


def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, value, total


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closed with", received)


def delegate():
    result = yield from inner()
    yield f"inner returned {result}"


def inner():
    yield 1
    yield 2
    return "done"


for row in running_total(parse(read_lines())):
    print("%-6s %3d %4d" % row)
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
print(list(delegate()))
gen = (x * x for x in range(5))
print(sum(gen), sum(gen))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
