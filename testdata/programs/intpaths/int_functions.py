# Functions that only compute with ints get Go-int versions; every way out
# of the int path must give CPython's result: big ints, exceptions,
# recursion limits, bools, floats, None returns.
import asyncio
import sys


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib2(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        i += 1
    return a


def ident(x):
    return x


def div(a, b):
    return a // b - a % b


def ops(a, b):
    return (a & b) + (a | b) * 2 - (a ^ b) + ~a + -b + +a


def cond(a, b, c):
    if a < b < c and not a == 0 or c >= 100:
        return 1
    elif a != b:
        return 2
    if b:
        return 3
    return 4


def maybe(n):
    if n > 0:
        return n


def bare(n):
    if n > 0:
        return n
    return


def loops(n):
    total = 0
    for i in range(n, 0, -2):
        if i % 3 == 0:
            continue
        if i == 7:
            break
        total += i
    for j in range(2, 20, 5):
        total = total * 2 + j
    k = 0
    while True:
        k += 1
        if k > 5:
            break
    return total + k


def steps(a, b, step):
    total = 0
    for i in range(a, b, step):
        step = 1000
        total += i
    return total


def even(n):
    if n == 0:
        return 1
    return odd(n - 1)


def odd(n):
    if n == 0:
        return 0
    return even(n - 1)


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


async def adeep(n):
    if n == 0:
        return 0
    return await adeep(n - 1) + 1


async def acalc(a, b):
    x = a * b
    x -= fact(3)
    return x + await adeep(3)


def edge():
    big = 9223372036854775807
    small = -9223372036854775807 - 1
    print(ident(big) + 1, small - 1, -small, small // -1, small % -1)
    print(big * 2, fact(25), fib(100), fib2(95))
    print(div(7, 2), div(-7, 2), div(7, -2), div(-7, -2), div(small, 3))


def main_sync():
    print(fact(5), fact(20), fact(21), fact(30))
    print(fib(10), fib(92), fib(93), fib2(93))
    print(ident(True), ident(False), ident(2.5), ident("s"), ident(None), ident(10 ** 30))
    print(ops(12, 10), ops(-5, 3), ops(True, 3))
    print(cond(1, 2, 3), cond(0, 2, 3), cond(5, 5, 5), cond(5, 5, 100), cond(3, 0, 0))
    print(maybe(3), maybe(-1), bare(4), bare(0))
    print(loops(30), loops(0), steps(0, 10, 3), steps(10, 0, -4))
    print(even(10), odd(7), even(11))
    edge()
    try:
        div(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        steps(0, 10, 0)
    except ValueError as e:
        print("ValueError:", e)
    print(deep(900))
    try:
        deep(5000)
    except RecursionError as e:
        print("RecursionError:", e)
    print(div(2.5, 1), ops(1, 2))


async def main():
    main_sync()
    print(await acalc(3, 4), await acalc(2 ** 40, 2 ** 40), await adeep(500))
    try:
        await adeep(3000)
    except RecursionError as e:
        print("RecursionError:", e)
    print(sys.getrecursionlimit())


asyncio.run(main())
