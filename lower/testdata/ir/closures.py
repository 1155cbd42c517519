def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def deep():
        def inner():
            return n
        return inner
    return inc, deep


f = lambda a, b=2, *, c=3: a + b + c
