# Plain-function decorators on methods and on classes, decorator
# factories, and the order decorators run in.
registry = {}


def register(name):
    print("factory", name)

    def deco(cls):
        print("register", cls.__name__)
        registry[name] = cls
        return cls

    return deco


def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args[1:], kwargs)
        return fn(*args, **kwargs)
    return wrapper


def tag(label):
    def deco(cls):
        cls.label = label
        return cls
    return deco


@register("adder")
@tag("math")
class Adder:
    @trace
    def add(self, a, b=0):
        return a + b


a = Adder()
print(a.add(1, b=2), Adder.label, registry["adder"] is Adder)


def order(n):
    print("evaluate", n)

    def deco(x):
        print("apply", n)
        return x

    return deco


@order(1)
@order(2)
class C:
    print("body")
