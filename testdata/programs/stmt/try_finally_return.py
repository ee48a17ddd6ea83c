# return in finally overrides the try's return and swallows an exception.
def override():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def value_computed_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sets x =", x)


def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)


print(override())
print(swallow())
print(value_computed_before_finally())
print(loop_return())
