name = "Ada"
pi = 3.14159265358979
n = 1234567.891
count = 42

print(f"{name!r:>8}|{name:<6}|{name:^9}|{name:*^9}")
print(f"{pi:.2f} {pi:8.3f} {pi:<10.4f}| {pi:e} {pi:.3g} {pi:%}")
print(f"{n:,.2f} {n:_.1f} {count:05d} {count:+d} {-count:+d} {count: d}")
print(f"{count:x} {count:X} {count:#x} {count:o} {count:#o} {count:b} {count:#010b}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {2.675:.2f} {1e-7} {1e16} {123456789.0}")
print(f"{count=} {pi=:.1f} {name.upper()=}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{'nested':{'>'}{width}}]")
print("{} and {}".format("this", "that"), "{1}{0}{1}".format("a", "b"))
print("{name} is {age:>3} years".format(name="Bob", age=7))
print("{0[0]}-{0[2]} {1[key]}".format([1, 2, 3], {"key": "v"}))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 19.999, 12.345))
print("%-8s|%8s|%08.3f|%x|%r" % ("left", "right", pi, 255, "quoted"))
print("%(a)s + %(b)s" % {"a": 1, "b": 2})
print(str(0.1 + 0.2), repr(1 / 3), 2 / 3, 10 / 2, 7 // 2, -7 // 2, -7 % 3, 2 ** -1)
print(round(2.5), round(3.5), round(2.675, 2), round(1234.5678, -2), int("-17"), float("1e3"))
print("a,b,,c".split(","), "  padded  ".strip(), "x".join(["1", "2", "3"]), "abc".center(9, "."))
print("Hello World".replace("o", "0", 1), "hello".title(), "ABC".lower(), "abc".zfill(6))
print(repr("it's \"quoted\"\n"), ascii("café"), "tab\tsep")
