import asyncio
import math
from functools import total_ordering


@total_ordering
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"


class Polygon:
    def __init__(self, *pts):
        self.pts = list(pts)

    def __len__(self):
        return len(self.pts)

    def __getitem__(self, i):
        return self.pts[i]

    def __contains__(self, p):
        return p in self.pts

    def __iadd__(self, p):
        self.pts.append(p)
        return self

    def __call__(self, scale):
        return Polygon(*(p * scale for p in self.pts))

    def perimeter(self):
        return sum(abs(self.pts[i] - self.pts[i - 1]) for i in range(len(self.pts)))


async def main():
    a, b = Vec(3, 4), Vec(1, -2)
    print(a + b, a - b, a * 2, 3 * b, -a, abs(a), bool(Vec()), bool(b))
    print(a == Vec(3, 4), a != b, a > b, a <= b, sorted([a, b, Vec(0, 1)]), max(a, b))
    x, y = a
    print(x, y, list(b), {a, Vec(3, 4), b} == {a, b}, tuple(a + b))
    sq = Polygon(Vec(0, 0), Vec(1, 0), Vec(1, 1))
    sq += Vec(0, 1)
    print(len(sq), sq[1], sq[-1], Vec(1, 1) in sq, Vec(2, 2) in sq, sq.perimeter())
    big = sq(3)
    print([p for p in big], big.perimeter(), [tuple(p) for p in sq[1:3]])
    try:
        a.z = 5
    except AttributeError as e:
        print("AttributeError:", e)
    print(hasattr(a, "x"), getattr(a, "z", "none"), type(a).__name__, isinstance(a, (int, Vec)))
    setattr(a, "x", 10)
    print(a, a.__class__.__name__, Vec.__name__, callable(sq), callable(a))
    await asyncio.sleep(0)


asyncio.run(main())
