values = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 1e-5, 1e-4, 123456.789, 1e15, 1e16, 1e22,
          1.5e300 * 1e10, -1e400, 3.0e-320, 100.0, 2.5, float("nan")]
for v in values:
    print(repr(v), str(v), f"{v:.3f}", f"{v:g}", f"{v:10.2e}", "%s %r %.1f" % (v, v, v))

print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 0.1 * 3, 1.1 * 1.1)
print(int(3.99), int(-3.99), round(-2.5), round(0.125, 2), round(0.375, 2))
print(7 / 2, 7.0 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2 ** 0.5, 10 ** -2)
print(float("inf") > 1e308, float("-inf"), float("nan") == float("nan"))
print(sum([0.1] * 10), 1e308 * 10, 5e-324 / 2, (0.1).as_integer_ratio())
print(1.0.is_integer(), (2.5).hex(), float.fromhex("0x1.8p1"), 3.7 .__round__())
print(divmod(7.5, 2), divmod(-7, 2), abs(-3.25), max(1, 2.0), min(-0.0, 0.0))
print(f"{1234.5:>12,.2f}|{-0.001:.2f}|{0.0005:.3f}|{1e100:.3e}|{12.0:.0%}")
print(str(12345678901234567890.0), 1e-7 * 3, 1 / 7, 22 / 7 - 3.142857142857143)
