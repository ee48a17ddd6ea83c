# Closures capture variables (not values); late binding; factories.
def make_adders():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders


print([f(10) for f in make_adders()])


def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(late())


def outer():
    msg = "first"

    def show():
        return msg

    msg = "second"
    return show


print(outer()())


def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run


print(compose(lambda x: x + 1, lambda x: x * 2)(5))
