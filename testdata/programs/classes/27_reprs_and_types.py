# Default reprs carry an address (so only their shape is printed), class
# reprs, type(), bound method reprs.
class A:
    def m(self):
        return 1


class B(A):
    pass


a = A()
print(repr(a).startswith("<__main__.A object at 0x"), str(a) == repr(a))
print(A, B, type(a), type(B()) is B, type(A))
print(repr(a.m).startswith("<bound method A.m of <__main__.A object at 0x"))
print(B.__name__, B.__base__, B.__mro__)
print(isinstance(B(), (int, A)), isinstance(3, (str, A)), issubclass(B, (int, A)))
print(type(a).__name__, a.__class__.__name__, A.m.__qualname__, A.m.__name__)
