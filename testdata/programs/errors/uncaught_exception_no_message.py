# An exception raised without arguments: the last stderr line is only the type name.
def fail():
    raise LookupError


print("about to fail")
fail()
