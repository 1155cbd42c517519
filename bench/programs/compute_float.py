# Compute inside a coroutine: float arithmetic (a Mandelbrot grid and a
# small n-body style integration), printed with repr and a format spec.
import asyncio


def mandel(w, h, iters):
    inside = 0
    total = 0
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        for x in range(w):
            cr = 3.0 * x / w - 2.0
            zr = zi = 0.0
            k = 0
            while k < iters and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            total += k
            if k == iters:
                inside += 1
    return inside, total


def orbit(steps):
    x, y, vx, vy = 1.0, 0.0, 0.0, 1.0
    dt = 0.001
    for _ in range(steps):
        r2 = x * x + y * y
        r3 = r2 * r2 ** 0.5
        vx -= x / r3 * dt
        vy -= y / r3 * dt
        x += vx * dt
        y += vy * dt
    return x, y


async def main():
    inside, total = mandel(160, 100, 60)
    x, y = orbit(150000)
    print(inside, total, f"{x:.6f} {y:.6f}", round(x * y, 9))


asyncio.run(main())
