# with several items enters left to right and exits right to left.
class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)
        return self.n

    def __exit__(self, *exc):
        print("exit", self.n, exc[0] is not None)
        return False


with CM(1) as a, CM(2) as b:
    print("body", a + b)
with CM(3), CM(4) as d, CM(5):
    print("body", d)
try:
    with CM(6), CM(7):
        raise RuntimeError("x")
except RuntimeError:
    print("caught")
