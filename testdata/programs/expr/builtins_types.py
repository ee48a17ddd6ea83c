# isinstance with classes and tuples, type().__name__, bool is a subclass of int, callable.
vals = [1, 2.0, "s", [1], (1,), {1: 2}, {1}, None, True, range(2)]
for v in vals:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)))
print(isinstance(True, int), issubclass(bool, int), type(True) is bool, type(1) == int)
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError), issubclass(TimeoutError, OSError))
print(callable(len), callable(3), callable(lambda: 0))
print(str(1), repr("1"), bool(0), bool([0]), list("ab"), tuple([1]), set([1, 1]), dict(a=1))
print(chr(65), ord("A"), str(None), int(False))
