# An exception raised in an except or finally block replaces the current one and chains it.
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")


def finally_raises():
    try:
        raise ValueError("hidden")
    finally:
        raise RuntimeError("from finally")


for f in (handler_raises, finally_raises):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, "<-", repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        print("still handling", repr(e))
        raise
except ValueError as e:
    print("re-raised", repr(e), e.__context__)
