# except with a tuple of types and `as`; the name is unbound after the handler.
def risky(i):
    if i == 0:
        return 1 / 0
    if i == 1:
        return [][0]
    if i == 2:
        return {}["k"]
    return int("bad")


for i in range(4):
    try:
        risky(i)
    except (ZeroDivisionError, IndexError) as err:
        print("arith/index:", type(err).__name__, err)
    except (KeyError, ValueError) as err:
        print("key/value:", type(err).__name__, err)
err = "before"
try:
    raise OSError("x")
except OSError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
types = (TypeError, ValueError)
try:
    int("z")
except types as e:
    print("dynamic tuple caught", type(e).__name__)
