# raise ... from with user exceptions; __cause__ and __context__.
class StorageError(Exception):
    pass


def read():
    try:
        {}["missing"]
    except KeyError as e:
        raise StorageError("read failed") from e


try:
    read()
except StorageError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)


def convert():
    try:
        int("x")
    except ValueError:
        raise StorageError("convert failed")


try:
    convert()
except StorageError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
read()
