# with: __enter__/__exit__ order, the as-target, exception info, suppression.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Tracker("a") as v:
    print("body", v)
with Tracker("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Tracker("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)


def early():
    with Tracker("d"):
        return "returned"


print(early())
for i in range(3):
    with Tracker("loop" + str(i)):
        if i == 1:
            break
