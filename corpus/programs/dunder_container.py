class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


class Inventory:
    def __init__(self):
        self._items = {}

    def __setitem__(self, key, qty):
        self._items[key] = qty

    def __getitem__(self, key):
        return self._items[key]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items))

    def __contains__(self, key):
        return key in self._items

    def __call__(self, key, default=0):
        return self._items.get(key, default)


v = Vector(3, 4) + Vector(1, 1) * 2
print(v, abs(Vector(3, 4)), 2 * Vector(1, 2), bool(Vector(0, 0)), v == Vector(5, 6))
print(len({Vector(1, 1), Vector(1, 1), Vector(2, 2)}))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
inv = Inventory()
inv["pears"] = 3
inv["apples"] = 5
print(len(inv), list(inv), "apples" in inv, inv["pears"], inv("kiwis"), inv("apples"))
try:
    inv["kiwis"]
except KeyError as e:
    print("KeyError:", e)
