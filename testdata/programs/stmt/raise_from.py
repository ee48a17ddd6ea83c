# raise ... from sets __cause__ and __suppress_context__; from None hides the context.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("no " + k) from e


def quiet(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError("quiet " + k) from None


try:
    lookup({}, "a")
except LookupError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    quiet({}, "b")
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("top") from ZeroDivisionError("root")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
