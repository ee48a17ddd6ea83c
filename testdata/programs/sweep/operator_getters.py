import operator
from collections import namedtuple
from functools import reduce
from operator import attrgetter, itemgetter, methodcaller

Point = namedtuple("Point", "x y")


class Box:
    def __init__(self, label, size):
        self.label = label
        self.size = size
        self.inner = Point(size, -size)

    def grow(self, by=1):
        return Box(self.label, self.size + by)

    def __repr__(self):
        return f"Box({self.label!r}, {self.size})"


rows = [("bob", 3, 9.5), ("amy", 7, 1.0), ("cal", 3, 4.25), ("dee", 1, 8.0)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(max(rows, key=itemgetter(2)), list(map(itemgetter(0), rows)))
boxes = [Box("b", 5), Box("a", 2), Box("c", 9)]
print(sorted(boxes, key=attrgetter("size")), sorted(boxes, key=attrgetter("label")))
print(attrgetter("inner.y")(boxes[0]), attrgetter("label", "size")(boxes[1]))
print(list(map(methodcaller("grow", 10), boxes)), methodcaller("grow", by=2)(boxes[0]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("x,y"))
print(reduce(operator.mul, range(1, 8)), reduce(operator.add, ["a", "b", "c"]), reduce(operator.or_, [1, 2, 4]))
print(operator.add(2, 3), operator.sub(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.pow(2, 10), operator.neg(5), operator.not_(0), operator.truth([]), operator.abs(-3))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.contains([1, 2], 2))
print(operator.getitem({"k": 1}, "k"), operator.itemgetter(slice(1, 3))("abcdef"), operator.index(7))
d = {}
operator.setitem(d, "a", 1)
print(d, operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.is_(None, None), operator.is_not(1, None), operator.xor(5, 3), operator.and_(6, 3), operator.invert(5))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(1, 2))
print(itemgetter(1), attrgetter("a", "b.c"), methodcaller("f", 1, k=2))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.itemgetter("x"), [{"x": 1}, {"x": 2}])))
