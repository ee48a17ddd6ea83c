# User exceptions deriving from built-in ones are caught by the built-in
# class; except order matters; exception attributes survive re-raise.
class ParseError(ValueError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class Timeout(TimeoutError):
    pass


def parse(text):
    for n, line in enumerate(text.splitlines(), 1):
        if not line.isdigit():
            raise ParseError(n, f"not a number: {line!r}")
    return [int(x) for x in text.splitlines()]


try:
    parse("1\n2\nx")
except ValueError as e:
    print(type(e).__name__, e, e.line, isinstance(e, ParseError))
try:
    try:
        raise Timeout("slow")
    except OSError as e:
        print("as OSError:", repr(e))
        raise
except TimeoutError as e:
    print("as TimeoutError:", e)
try:
    parse("5\n?")
except (KeyError, ParseError) as e:
    print("tuple match:", e.line)
print(parse("3\n4"))
parse("y")
