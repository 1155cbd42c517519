def mean(values):
    """Arithmetic mean of a non-empty list."""
    assert values, "mean() of an empty list"
    return sum(values) / len(values)


def spread(values):
    lo, hi = min(values), max(values)
    assert lo <= hi
    return hi - lo


batches = [[1, 2, 3], [10, 20], [5], []]
for b in batches:
    if b:
        print(f"spread({b}) = {spread(b)}")
    print(f"mean({b}) = {mean(b):.3f}")
print("unreachable")
