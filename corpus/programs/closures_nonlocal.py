def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return inc, reset


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


def late_binding():
    return [lambda x: x * i for i in range(4)]


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
print([m(3) for m in make_multipliers()])
print([m(3) for m in late_binding()])
print(fib(80), len(fib.cache))
total = 0


def add(n):
    global total
    total += n
    return total


print(add(5), add(7), total)
