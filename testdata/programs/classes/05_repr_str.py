# __repr__ and __str__ in print, str(), repr(), containers and f-strings.
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"


class OnlyRepr:
    def __repr__(self):
        return "<only repr>"


m = Money(3.5, "EUR")
print(m)
print(str(m), repr(m))
print([m, Money(1, "USD")])
print(f"{m} / {m!r}")
print({"k": m})
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print("%s and %r" % (m, m))
