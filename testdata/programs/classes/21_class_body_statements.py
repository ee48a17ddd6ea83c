# A class body is an ordinary block: docstring, if/for, computed
# attributes, names read from the module, del, try, nested classes.
LIMIT = 3


class Config:
    """Settings for the app."""
    debug = False
    if LIMIT > 2:
        mode = "big"
    else:
        mode = "small"
    squares = []
    for i in range(LIMIT):
        squares.append(i * i)
    del i
    total = sum(squares)
    limit = LIMIT
    try:
        broken = int("x")
    except ValueError as e:
        broken = str(e)
    name_error = None

    class Inner:
        """Nested."""
        depth = 2

        def where(self):
            return type(self).__qualname__


print(Config.__doc__, Config.debug, Config.mode, Config.squares, Config.total, Config.limit)
print(Config.broken, Config.Inner.depth, Config.Inner().where(), Config.Inner.__doc__)
print(hasattr(Config, "i"), hasattr(Config, "e"))


class Empty:
    pass


print(Empty.__doc__, Empty.__module__, Config.__module__)


class Shadow:
    len = len("abc")
    print = print


Shadow.print("len in class:", Shadow.len)
