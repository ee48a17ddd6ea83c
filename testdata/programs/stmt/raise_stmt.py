# raise with a class, an instance, a bare re-raise, and raise inside except.
def check(kind):
    if kind == "class":
        raise ValueError
    if kind == "instance":
        raise KeyError("k")
    if kind == "args":
        raise RuntimeError("a", 2)
    return "ok"


for kind in ["class", "instance", "args", "none"]:
    try:
        print(check(kind))
    except (ValueError, KeyError, RuntimeError) as e:
        print(type(e).__name__, repr(e), e.args, str(e))


def reraise():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("caught again:", e)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("converted")
except TypeError as e:
    print(repr(e), repr(e.__context__))
