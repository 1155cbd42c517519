def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(factorial(30))
print(len(str(factorial(100))), factorial(25) // factorial(23))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:3])
print(["".join(p) for p in permutations(list("abc"))])
print(ackermann(2, 3))
x = 2 ** 64
print(x, x - 1, -x, x * x, x // 3, x % 1000007, hex(x), bin(2 ** 70)[:12])
print(9223372036854775807 + 1, -9223372036854775808 - 1, (2 ** 63) * 2)
print(pow(3, 100), pow(3, 100, 1000), 10 ** 30 // 7, divmod(-10 ** 20, 7))
print(int("123456789012345678901234567890") + 1, abs(-2 ** 100), (10 ** 20) / 3)
print(1 << 100, (1 << 100) >> 98, 2 ** 100 == 1 << 100, float(2 ** 80), int(1e20))
print(sum(range(10 ** 6)), max(2 ** 65, 3 ** 40), (-7) ** 31)
