# try/except/else/finally: which blocks run with and without an exception.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(run(False))
print(run(True))


def no_handler(fail):
    try:
        try:
            if fail:
                raise KeyError("k")
            print("inner ok")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)


no_handler(False)
no_handler(True)


def first_matching():
    try:
        {}["x"]
    except IndexError:
        print("not this one")
    except LookupError as e:
        print("LookupError handler got", type(e).__name__)
    except Exception:
        print("not this either")


first_matching()
