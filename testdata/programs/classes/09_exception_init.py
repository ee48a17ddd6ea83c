# Exceptions with their own __init__ and __str__.
class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason


class Quiet(Exception):
    def __init__(self, code):
        self.code = code

    def __str__(self):
        return f"quiet code {self.code}"


try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e, repr(e), e.status, e.reason, e.args)
try:
    raise Quiet(7)
except Exception as e:
    print(e, repr(e), e.code, e.args)
err = HTTPError(500, "Oops")
print(str(err), err.args[0])
