# Class-body corner cases: global and nonlocal declarations, attribute names
# that are Go keywords or generated-name lookalikes, a lambda reading the
# global and not the class attribute, del then read (falls back to the
# global), walrus, a method calling the module function of the same name,
# and await in the bases and decorator of a class inside a coroutine.
import asyncio
g = "global-g"
x = "global-x"
def helper():
    return "module helper"

def outer():
    y = "outer-y"
    class C:
        global g
        g = "set-by-class"
        nonlocal y
        y = "set-by-class-y"
        c = 1
        py = 2
        rt = 3
        ag_x = 4
        _ = 5
        x = "class-x"
        f = lambda self: x
        del x
        z = x
        (w := 7)
        def helper(self):
            return helper()
        def gen(self):
            yield super().__repr__()[:4]
        class Inner:
            def m(self):
                return super().__class__.__name__
    return C, y

C, y = outer()
o = C()
print(g, y, C.c, C.py, C.rt, C.ag_x, C._, C.z, o.f(), C.w, o.helper(), list(o.gen()), C.Inner().m())

async def base():
    await asyncio.sleep(0)
    return C

async def deco():
    await asyncio.sleep(0)
    def d(cls):
        cls.decorated = True
        return cls
    return d

async def main():
    tag = "t"
    @(await deco())
    class D(await base()):
        label = tag
        async def am(self):
            await asyncio.sleep(0)
            return super().helper() + "/" + tag
    d = D()
    print(D.decorated, D.label, await d.am(), isinstance(d, C))

asyncio.run(main())
