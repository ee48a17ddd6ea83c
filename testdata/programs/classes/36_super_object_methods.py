# super() reaching object's and BaseException's own __repr__, __str__, __eq__,
# __ne__, __hash__ and __format__ from classes that override them.
class A:
    def __repr__(self):
        return "A+" + super().__repr__()[:10]
    def __str__(self):
        return "str:" + super().__str__()
    def __eq__(self, o):
        return super().__eq__(o)
    def __hash__(self):
        return super().__hash__() * 0 + 7
    def __format__(self, spec):
        return "fmt:" + super().__format__("")
class E(Exception):
    def __str__(self):
        return "E says " + super().__str__()
    def __repr__(self):
        return "E repr " + super().__repr__()
a = A()
print(repr(a), str(a), a == a, a == A(), a != a, hash(a), format(a, ""))
print(E("x"), repr(E("y", 2)), str(E()))
try:
    format(a, "x")
    super(A, a).__format__("x")
except TypeError as e:
    print("TypeError:", e)
