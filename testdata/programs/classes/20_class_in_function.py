# Classes defined inside functions: methods see the enclosing function's
# variables but not the class body's names, even when they share a name.
def make(prefix):
    label = "outer-label"
    count = 0

    class Greeter:
        label = "class-label"
        size = len(prefix)

        def greet(self, name):
            return f"{prefix}{name} ({label})"

        def bump(self):
            nonlocal count
            count += 1
            return count

    return Greeter


G = make(">> ")
g = G()
print(g.greet("ann"), G.label, G.size)
print(g.bump(), g.bump(), G().bump())
H = make("# ")
print(H().greet("bob"), H().bump(), G is H, G.__qualname__)


def factory():
    classes = []
    for i in range(3):
        class K:
            n = i

            def get(self):
                return self.n

        classes.append(K)
    return classes


print([k().get() for k in factory()])
