import sys

print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print()
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr)
print("multi\nline", repr("multi\nline"))
items = [1, "two", 3.0, None, True, [4], (5,), {6: 7}, {8}]
print(items)
print(*items)
loop = [1, 2]
loop.append(loop)
print(loop, str(b"bytes"), [str(x) for x in (1.0, 1e20, -0.0)])
print("%s|%r|%a" % ("é", "é", "é"))
print("done", flush=True)
print("last words", file=sys.stderr)
