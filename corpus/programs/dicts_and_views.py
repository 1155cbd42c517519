stock = {"apple": 3, "banana": 0, "cherry": 12}
stock["date"] = 7
stock.update(banana=5, elder=1)
print(stock)
print(list(stock.keys()), list(stock.values())[:3], list(stock.items())[-1])
print(stock.get("fig"), stock.get("fig", 0), stock.pop("elder"), stock.pop("fig", None))
del stock["apple"]
stock["apple"] = 4
print(stock, len(stock), "apple" in stock, 4 in stock.values())
print(stock.popitem(), stock.setdefault("grape", 9), stock)
merged = stock | {"kiwi": 2, "date": 0}
print(merged, {k: v for k, v in merged.items() if v})
keys = stock.keys()
stock["lime"] = 1
print(keys, sorted(keys - {"lime"}), keys & {"lime", "x"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}}
print(nested["a"]["b"]["c"][2], repr(nested), str({1: "x", (2, 3): [4.0, True]}))
try:
    for k in stock:
        stock[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(dict.fromkeys("abc", 0), dict([("x", 1), ("y", 2)]), {} == dict(), list(reversed({"p": 1, "q": 2})))
