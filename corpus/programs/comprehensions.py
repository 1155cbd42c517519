words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig", "grape", "apple"]

lengths = {w: len(w) for w in words}
print(lengths)
print({len(w) for w in words})
print([w.upper() for w in words if len(w) > 4])
print([(i, w) for i, w in enumerate(words) if i % 3 == 0])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[i] for i, row in enumerate(matrix)])
print([x for row in matrix for x in row if x % 2])
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
by_first = {}
for w in words:
    by_first.setdefault(w[0].lower(), []).append(w)
print(by_first)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print(sorted({c for w in words for c in w.lower()} - set("aeiou")))
print(dict(zip("abc", range(3))), list(zip(range(3), "xy")))
pairs = [(a, b) for a in range(1, 5) for b in range(a, 5) if (a + b) % 3 == 0]
print(pairs, len(pairs))
print(any(w.startswith("E") for w in words), all(len(w) > 2 for w in words))
print(max(words, key=len), min(words, key=str.lower))
s = set(words)
print(len(s), "apple" in s, sorted(s)[:3])
print([*range(3), *"ab"], {**{"x": 1}, "y": 2})
