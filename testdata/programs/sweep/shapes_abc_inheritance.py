import asyncio
from abc import ABC, abstractmethod


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self) -> float: ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()

    def __hash__(self):
        return hash(round(self.area(), 6))

    @classmethod
    def total(cls):
        return cls.count

    @staticmethod
    def unit():
        return "cm^2"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def describe(self):
        return "[" + super().describe() + "]"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    def __repr__(self):
        return f"Circle(r={self.r})"


async def measure(shape):
    await asyncio.sleep(0)
    return shape.describe()


async def main():
    shapes = [Rect(2, 3), Square(2), Circle(1), Rect(1, 4), Square(3)]
    for line in await asyncio.gather(*map(measure, shapes)):
        print(line)
    print(sorted(shapes))
    print(max(shapes), min(shapes, key=lambda s: s.name))
    print(Shape.total(), Square.total(), Shape.unit())
    print(Rect(2, 2) == Square(2), Rect(1, 4) == Square(2), len({Rect(1, 4), Square(2), Circle(1)}))
    print(isinstance(Square(1), Rect), issubclass(Square, Shape), type(Square(1)).__name__)
    print(Square.__mro__[1].__name__, Square.__bases__[0].__name__)
    try:
        Shape("x")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
