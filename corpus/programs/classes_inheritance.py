class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, v):
        if v <= 0:
            raise ValueError("side must be positive")
        self.w = self.h = v

    def __str__(self):
        return f"Square of side {self.side}"


shapes = [Rect(2, 3.5), Square(3), Rect(3, 3)]
for s in shapes:
    print(repr(s), "|", s, "|", s.describe(), "|", s.perimeter)
sq = shapes[1]
sq.side = 4
print(sq.area(), sq.perimeter, isinstance(sq, Rect), issubclass(Square, Shape))
print(Square(3) == shapes[2], Rect(3, 3) == shapes[2], Shape.count)
try:
    sq.side = -1
except ValueError as e:
    print("error:", e)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print([c.__name__ for c in Square.__mro__])
print(hasattr(sq, "side"), getattr(sq, "color", "none"))
