# super() in classmethods, properties, __repr__ and with two arguments;
# __class__ inside a method.
class Base:
    def __init__(self):
        self.log = ["Base"]

    @classmethod
    def create(cls):
        return cls()

    @property
    def label(self):
        return "base"

    def __repr__(self):
        return f"<{self.label}>"

    def who(self):
        return __class__.__name__


class Child(Base):
    def __init__(self):
        super(Child, self).__init__()
        self.log.append("Child")

    @classmethod
    def create(cls):
        obj = super().create()
        obj.log.append("created")
        return obj

    @property
    def label(self):
        return "child of " + super().label

    def __repr__(self):
        return "Child" + super().__repr__()

    def who(self):
        return super().who() + "/" + __class__.__name__


c = Child.create()
print(c.log, c.label, repr(c), c.who(), type(c).__name__)
print(Base.create(), Base().who())
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)


def not_a_method():
    return super()


try:
    not_a_method()
except RuntimeError as e:
    print("RuntimeError:", e)


def with_arg(x):
    return super()


try:
    with_arg(1)
except RuntimeError as e:
    print("RuntimeError:", e)
