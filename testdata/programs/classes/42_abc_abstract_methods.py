# abc.ABC and abstractmethod: classes that leave abstract methods (plain,
# property, staticmethod, classmethod, async) undefined cannot be
# instantiated; complete subclasses can, and call the abstract base's
# concrete methods.
import asyncio
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: area {self.area()}, perimeter {self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class FullSquare(Square):
    def perimeter(self):
        return 4 * self.side

    @property
    def name(self):
        return "square"


class Source(ABC):
    @abstractmethod
    async def read(self):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...


class Numbers(Source):
    async def read(self):
        await asyncio.sleep(0)
        return [1, 2, 3]

    @staticmethod
    def kind():
        return "numbers"


for cls in (Shape, Square, Source):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(FullSquare(3).describe(), isinstance(FullSquare(1), Shape), Shape.area.__isabstractmethod__)
print(asyncio.run(Numbers().read()), Numbers.kind())
Square(2)
