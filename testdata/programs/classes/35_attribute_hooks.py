# __setattr__/__delattr__ hooks reaching the default through super() and
# object, a property deleter, and qualified names of nested classes.
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1

    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)


t = Tracked()
t.y = "two"
del t.x
print(t.log, t.y, hasattr(t, "x"))


class Box:
    def __init__(self):
        self._v = 5

    @property
    def v(self):
        return self._v

    @v.deleter
    def v(self):
        print("deleting v")
        del self._v


b = Box()
del b.v
print(hasattr(b, "_v"))
try:
    del b.missing
except AttributeError as e:
    print("AttributeError:", e)


class Outer:
    class Inner:
        class Error(Exception):
            pass

    def make(self):
        class Local:
            pass
        return Local


print(Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.Error.__name__)
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))
print(Outer().make(), Outer.make.__qualname__)
try:
    raise Outer.Inner.Error("nested")
except Exception as e:
    print(type(e), repr(e))
raise Outer.Inner.Error("uncaught")
