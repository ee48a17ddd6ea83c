# Locals assigned int expressions live in Go ints; their reads as objects,
# other assignments, del, overflow and loops over range() must behave as in
# CPython.
import asyncio


def double(x):
    return x * 2


async def ticker(n):
    return n + 1


async def accumulate(n):
    total = 0
    for i in range(n):
        total += double(i)
        await asyncio.sleep(0)
    print("after loop", i, total)
    last = i * 10
    await asyncio.sleep(0)
    print(last, type(last).__name__)
    total = "text"
    print(total)
    total = total * 2
    print(total)
    return i


def overflow():
    x = 4611686018427387904
    x += x
    print(x)
    x -= 1
    x *= 3
    print(x)
    y = -x
    print(y, y // 7, y % 7)
    y //= 0 if y == 0 else 1
    print(y)
    z = 1
    for k in range(70):
        z = z * 2
    print(z, k)


def rebinding(n):
    v = n + 1
    items = [v, v, v]
    print(items, items[0] is items[1])
    v = 2.5
    v += 1
    print(v)
    v = n - 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    for w in range(0):
        pass
    try:
        print(w)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def big_ranges():
    s = 0
    for i in range(2 ** 63 - 4, 2 ** 63 - 1):
        s += i
    print(s, i)
    for j in range(-3, 3):
        s -= j
    print(s, j)


def flags(a):
    b = a + 0
    print(b, type(b).__name__)
    c = True
    c += 1
    print(c)


def errors(n):
    q = n * 2
    try:
        q //= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        q %= n - n
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        q = q + "x"
    except TypeError as e:
        print("TypeError:", e)
    print(q)


async def main():
    r = await accumulate(5)
    print(r, await ticker(r))
    t = 0
    for i in range(1000, 1010):
        t += await ticker(i)
    print(t)
    overflow()
    rebinding(7)
    big_ranges()
    flags(True)
    flags(3)
    errors(5)


asyncio.run(main())
