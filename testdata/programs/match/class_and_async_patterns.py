# match: class patterns (dataclass __match_args__, keywords, builtins), nested or/as, guards that await, tuples and ranges
import asyncio
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


async def check(v):
    await asyncio.sleep(0)
    return v > 10


async def classify(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if await check(x + y):
            return f"far point {x},{y}"
        case Point():
            return "near point"
        case Circle(Point(x=cx), radius=r) if r > 5:
            return f"big circle at x={cx}"
        case Circle(_, r):
            return f"circle r={r}"
        case (1, *rest) | [2, *rest]:
            return f"starts with 1 or 2, rest {rest}"
        case (str() as s, int(n)) | (int(n), str() as s):
            return f"pair {s!r} {n}"
        case float(f) | int(f) if f > 100:
            return f"big number {f}"
        case bool(b):
            return f"bool {b}"
        case True:
            return "unreachable"
        case {"kind": ("a" | "b") as kind, **others} if not others:
            return f"bare kind {kind}"
        case {"kind": kind}:
            return f"kind {kind} with extras"
        case _:
            return f"no match for {shape!r}"


async def main():
    shapes = [Point(0, 0), Point(0, 7), Point(9, 9), Point(1, 2), Circle(Point(3, 4), 6),
              Circle(Point(3, 4), 2), (1, 2, 3), [2], ("a", 5), (5, "b"), 3.5, 250, True,
              {"kind": "a"}, {"kind": "b", "x": 1}, range(1, 3), "text"]
    for s in shapes:
        print(await classify(s))
    match 5:
        case x:
            pass
    print("x after capture:", x)


asyncio.run(main())
