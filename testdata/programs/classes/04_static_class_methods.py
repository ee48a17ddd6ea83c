# @staticmethod and @classmethod: alternative constructors that build the
# subclass they are called on, and class-level counters.
class Point:
    created = 0

    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.created += 1

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    @staticmethod
    def distance(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Point3(Point):
    pass


a = Point.origin()
b = Point.from_pair((3, 4))
c = Point3.origin()
print(a, b, c, Point.distance(a, b), b.distance(a, b))
print(Point.created, Point3.created, type(c) is Point3)
f = Point.from_pair
print(f((1, 1)))
