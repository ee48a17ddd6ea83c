# Single inheritance over three levels, super() in __init__ and in methods,
# overriding, class attribute lookup through the chain.
class Shape:
    sides = 0
    kind = "shape"

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name}: {self.kind} with {self.sides} sides"

    def area(self):
        return 0


class Rect(Shape):
    sides = 4
    kind = "rectangle"

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    kind = "square"

    def __init__(self, name, side):
        super().__init__(name, side, side)

    def describe(self):
        return super().describe() + f" (side {self.w})"

    def area(self):
        base = super().area()
        return base


shapes = [Shape("blob"), Rect("r", 2, 3), Square("s", 4)]
for s in shapes:
    print(s.describe(), s.area())
print(isinstance(shapes[2], Rect), isinstance(shapes[1], Square), issubclass(Square, Shape))
print(Square.sides, Square.__base__.__name__, [k.__name__ for k in Square.__mro__])
