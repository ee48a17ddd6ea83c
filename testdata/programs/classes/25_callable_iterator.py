# __call__ makes instances callable; __iter__/__next__ make an iterator
# class; callable() tells them apart.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


double = Multiplier(2)
print(double(21), list(map(double, [1, 2, 3])), callable(double), callable(Countdown(1)))
print(list(Countdown(3)), next(Countdown(5)))
it = Countdown(2)
for x in it:
    print("x", x)
print(next(it, "done"))
