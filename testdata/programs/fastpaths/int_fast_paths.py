# + and - and the comparisons take an int (and float) fast path in compiled code;
# everything else (overflow into big ints, bools, floats, strings, lists,
# user classes, errors) must behave exactly as without it.
import sys


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __radd__(self, other):
        return Money(other + self.cents)

    def __sub__(self, other):
        return Money(self.cents - other)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other

    def __repr__(self):
        return f"Money({self.cents})"


big = sys.maxsize
print(big + 1, big + big, -big - 2, (-big - 1) - 1, big - (-1))
print(1023 + 1, 1024 - 1, -5 + 3, 0 - 0)
print(True + 1, True - False, 1 + 2.5, 2.5 - 1, 10**30 + 1, 10**30 - 10**30)
print("a" + "b", [1] + [2], (1,) + (2,))
print(Money(5) + 1, 1 + Money(5), Money(5) - 2, Money(1) + Money(2))
print(1 == 1, 1 == 1.0, 1 == True, 2 != 2, 2 != 3, 1 < 2, 2 <= 2, 3 > 4, 3 >= 3)
print(big + 1 > big, -big - 2 < -big, 10**30 == 10**30, 1 < 1.5, "a" < "b")
print(Money(3) < 5, Money(3) == Money(3), Money(3) == 3, 1 < 2 < 3, 3 > 2 > 2)
x = 0
for i in range(2000):
    x += i
    x -= 1
print(x)
acc = big - 3
for _ in range(6):
    acc += 1
print(acc, type(acc).__name__)
items = [1]
items += [2]
print(items)
s = "x"
s += "y"
print(s)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
for a, b in [(1, "a"), ("a", 1), ([1], 2.5), (1.5, "x"), (None, None)]:
    for k in range(6):
        x = a
        try:
            if k == 0:
                x += b
            elif k == 1:
                x -= b
            elif k == 2:
                x *= b
            elif k == 3:
                x //= b
            elif k == 4:
                x **= b
            else:
                x |= b
            print(k, repr(x))
        except TypeError as e:
            print(k, e)
n = 5
n -= "a"
