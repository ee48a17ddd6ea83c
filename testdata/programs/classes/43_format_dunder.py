# __format__ defined by a class is called by f-strings and format() with
# and without a format spec; __str__ and __repr__ only where asked for.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        return f"{self.cents / 100:{spec}} dollars"

    def __str__(self):
        return "Money(str)"

    def __repr__(self):
        return "Money(repr)"


class Plain:
    def __str__(self):
        return "plain-str"


m = Money(1234)
print(f"{m}", f"{m:.1f}", f"{m!s}", f"{m!r}", format(m), format(m, ">10.0f"), "{}".format(m), str(m))
print(f"{Plain()}", f"{Plain()!r}"[:17], format(Plain()), "{:}".format(Plain()))
try:
    f"{Plain():>5}"
except TypeError as e:
    print("TypeError:", e)
