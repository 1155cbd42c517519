# Compute inside a coroutine: integer loops (Collatz lengths, a modular
# sum, gcd by hand), no suspension in the hot loops.
import asyncio


def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


async def main():
    best, best_n = 0, 0
    for n in range(1, 60000):
        c = collatz_len(n)
        if c > best:
            best, best_n = c, n
    acc = 0
    for i in range(600000):
        acc = (acc * 31 + i ^ (i >> 3)) % 1000000007
    g = 0
    for a in range(1, 300):
        for b in range(1, 300):
            g += gcd(a, b)
    print(best, best_n, acc, g)


asyncio.run(main())
