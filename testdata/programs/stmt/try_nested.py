# Nested try statements: inner handlers first, re-raise to outer, finally order.
def level(n):
    try:
        try:
            try:
                if n == 0:
                    raise ValueError("v")
                if n == 1:
                    raise KeyError("k")
                if n == 2:
                    raise TypeError("t")
                print("no error")
            except ValueError as e:
                print("inner caught", repr(e))
            finally:
                print("inner finally")
        except KeyError as e:
            print("middle caught", repr(e))
            raise RuntimeError("from middle")
        finally:
            print("middle finally")
    except (RuntimeError, TypeError) as e:
        print("outer caught", repr(e), "context", repr(e.__context__))
    finally:
        print("outer finally")


for n in range(4):
    print("--", n)
    level(n)
