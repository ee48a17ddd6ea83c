# throw() and close() on a generator delegating with yield from reach the inner generator.
def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        print("inner handled", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "inner result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"


g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g, "end"))
g = outer()
print(next(g))
g.close()
print("closed")
