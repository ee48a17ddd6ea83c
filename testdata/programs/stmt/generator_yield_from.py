# yield from delegates to a sub-generator and evaluates to its return value.
def inner(tag):
    yield tag + "1"
    yield tag + "2"
    return tag.upper()


def outer():
    r1 = yield from inner("a")
    print("inner returned", r1)
    r2 = yield from inner("b")
    print("inner returned", r2)
    yield from range(2)
    yield from [r1, r2]


print(list(outer()))


def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
