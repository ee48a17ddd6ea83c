class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __slots__ = ["z"]

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Loose(Point):
    def __init__(self):
        super().__init__(0, 0)
        self.extra = "ok"


class Named:
    __slots__ = "name"

    def __init__(self, name):
        self.name = name

    @property
    def upper(self):
        return self.name.upper()


class WithDict:
    __slots__ = ("a", "__dict__")


p = Point3(1, 2, 3)
print(p.x, p.y, p.z, Point.__slots__, Point3.__slots__)
for obj, attr in [(Point(1, 2), "z"), (p, "w"), (Named("n"), "other")]:
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)
l = Loose()
l.more = 1
print(l.extra, l.more, l.__dict__)
n = Named("ann")
print(n.upper, hasattr(n, "__dict__"), hasattr(l, "__dict__"))
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
q = Point(5, 6)
del q.x
print(hasattr(q, "x"), q.y)
try:
    print(q.x)
except AttributeError as e:
    print("AttributeError:", e)
