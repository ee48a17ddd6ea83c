# Int paths inside generators, async generators, methods, closures, globals,
# match statements, comprehensions and exception handlers behave as CPython.
import asyncio

def gen(n):
    total = 0
    for i in range(n):
        total += i * i
        yield total
    while total > 10:
        total //= 3
        yield total

async def agen(n):
    k = 0
    while k < n:
        k += 2
        yield k
        await asyncio.sleep(0)

class C:
    def __init__(self):
        self.v = 0
    def run(self, n):
        acc = 0
        for i in range(n):
            acc += i
            self.v = acc
        return acc, self.v

def tricky(n):
    out = []
    for i in range(n):
        i = "s" + str(i)
        out.append(i)
    x = 0
    for j in range(3):
        try:
            x += 10 // (j - 1)
        except ZeroDivisionError as err:
            pass
        out.append(repr(j))
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y: int = 0
    for j in range(3):
        y: int = y + j
        y += (z := j * 2)
    out.append((y, z))
    w = 0
    for j in range(5):
        w += sum([j * k for k in range(j)])
    out.append(w)
    return out

def closure(n):
    t = 0
    for i in range(n):
        t += i
    f = lambda: t
    return f()

g = 0
def uses_global(n):
    global g
    for i in range(n):
        g += i
    return g

def match_it(n):
    acc = 0
    for i in range(n):
        match i % 3:
            case 0:
                acc += 1
            case q:
                acc += q
    return acc

async def main():
    print(list(gen(6)))
    print([v async for v in agen(5)])
    print(C().run(10))
    print(tricky(3))
    print(closure(5), uses_global(4), uses_global(3), match_it(10))

asyncio.run(main())
