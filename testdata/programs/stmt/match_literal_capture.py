# match: literal, capture, wildcard, or-patterns and guards.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case n if isinstance(n, int) and n < 0:
            return "negative " + str(n)
        case other:
            return "other " + repr(other)


for v in [0, 2, "hello", None, -4, 99, "bye"]:
    print(describe(v))
