# Subscripts with int indices in loops read lists and tuples with Go ints;
# everything else (negative and out-of-range indices, dicts, strings, bools,
# other classes, big ints) must behave as in CPython.
class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return ("seq", self.items[i])


def setitem(xs, i):
    xs[i] = 0


def main():
    xs = [10, 20, 30, 40]
    t = (1, 2, 3)
    total = 0
    for i in range(-4, 4):
        total += xs[i] * t[i % 3]
    print(total)
    for i in range(len(xs) - 1):
        print(xs[i + 1] - xs[i], end=" ")
    print()
    try:
        for i in range(10):
            print(xs[i], end=" ")
    except IndexError as e:
        print("IndexError:", e)
    try:
        for i in range(-10, 0):
            print(t[i])
    except IndexError as e:
        print("IndexError:", e)
    d = {0: "zero", 1: "one", True: "true?"}
    for i in range(2):
        print(d[i], "abc"[i], b"xy"[i], range(5, 9)[i])
    s = Seq([7, 8, 9])
    for i in range(3):
        print(s[i], end=" ")
    print()
    big = [0] * 3
    for i in range(1):
        for f in (lambda: big[2 ** 70], lambda: "abc"[2 ** 70], lambda: (1,)[-2 ** 70],
                  lambda: range(5)[2 ** 70], lambda: b"x"[2 ** 70], lambda: setitem(big, 2 ** 70),
                  lambda: big[str(0)], lambda: "abc"[float(1)]):
            try:
                print(f())
            except (IndexError, TypeError) as e:
                print(type(e).__name__ + ":", e)
        print(xs[True], xs[-True])
    for i in range(2):
        k = i * 4611686018427387904 * 4
        try:
            print(xs[k])
        except IndexError as e:
            print("IndexError:", e)
    n = 0
    for i in range(3):
        xs[i] = xs[i] + 1
        n += xs[i]
    print(xs, n)


main()
