# Functions defined conditionally and inside loops; redefinition replaces the binding.
import sys

if sys.maxsize > 2 ** 32:
    def width():
        return 64
else:
    def width():
        return 32
print(width())


def greet():
    return "first"


def greet():
    return "second"


print(greet())
funcs = []
for name in ["a", "b"]:
    def f(name=name):
        return name * 2
    funcs.append(f)
print([g() for g in funcs])
