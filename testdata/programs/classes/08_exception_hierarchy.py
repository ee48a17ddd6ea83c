# User exception classes: hierarchies, except clauses matching bases,
# str(), repr() and args.
class AppError(Exception):
    pass


class NotFound(AppError):
    pass


class Invalid(AppError, ):
    """An invalid input."""


def find(key):
    if key == "bad":
        raise Invalid("bad key", key)
    raise NotFound(f"no such key: {key}")


for k in ["x", "bad"]:
    try:
        find(k)
    except NotFound as e:
        print("not found:", e, repr(e), e.args)
    except AppError as e:
        print("app error:", e, repr(e), type(e).__name__, isinstance(e, Exception))
print(issubclass(NotFound, AppError), issubclass(AppError, Exception), Invalid.__doc__)
try:
    raise AppError
except Exception as e:
    print(repr(e), str(e) == "", e.args)
