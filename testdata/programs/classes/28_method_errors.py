# Argument errors name the method's qualified name; calling a missing
# method, instantiating with wrong arguments.
class Calc:
    def add(self, a, b):
        return a + b

    def __init__(self, base=0):
        self.base = base


def attempts(c):
    return [lambda: c.add(1), lambda: c.add(1, 2, 3), lambda: c.add(1, c=2),
            lambda: Calc(1, 2), lambda: c.sub(1), lambda: Calc.add(1, 2)]


c = Calc()
print(c.add(1, 2))
for call in attempts(c):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
Calc.add(c, 1)
