# Int functions that return a call of themselves, bare or with one more
# operand, run those calls as a loop; every result, overflow, exception
# and recursion limit must stay CPython's.
import asyncio
import sys


def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


def countdown(n, acc):
    if n <= 0:
        return acc
    return countdown(n - 1, acc + n)


def swap(a, b, k):
    if k == 0:
        return a * 10 + b
    return swap(b, a, k - 1)


def neg(n):
    if n == 0:
        return 100
    return neg(n - 1) - n


def left(n):
    if n == 0:
        return 7
    return 3 + left(n - 1)


def power(b, e):
    if e == 0:
        return 1
    return b * power(b, e - 1)


def fact(n):
    if n <= 1:
        return 1
    return fact(n - 1) * n


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def mixed(n):
    if n == 0:
        return 1
    if n % 2 == 0:
        return mixed(n - 1) * 2
    return mixed(n - 1) + 1


def collatz(n, steps):
    while n != 1:
        if n % 2 == 0:
            return collatz(n // 2, steps + 1)
        n = 3 * n + 1
        steps += 1
    return steps


def digits(n):
    for d in range(10):
        if n < 10:
            return d + 1
        return 1 + digits(n // 10)
    return -1


def early(n):
    return n
    return early(n - 1) + 1


def nested(n):
    if n <= 0:
        return 0
    return nested(nested(n - 1)) + 1


def helper(x):
    return x * x


def uses_helper(n):
    if n == 0:
        return 0
    return uses_helper(n - 1) + helper(n)


def falls_off(n):
    if n > 0:
        return falls_off(n - 1) + 1


def divides(n):
    if n == 0:
        return 1 // n
    return divides(n - 1) + 1


def forever(n):
    return forever(n + 1) + 1


async def achain(n):
    if n == 0:
        return 1
    return await achain(n - 1) + 1


async def atail(n, acc):
    if n == 0:
        return acc
    return await atail(n - 1, acc * 2)


def show(name, f, *args):
    try:
        print(name, args, f(*args))
    except RecursionError:
        print(name, args, "RecursionError")
    except (ZeroDivisionError, TypeError) as e:
        print(name, args, type(e).__name__, e)


def loops():
    total = 0
    for i in range(5):
        total += count(i * 100) + countdown(i * 50, i)
        total += swap(i, i + 1, i) + neg(i * 3) + left(i * 7)
        total += power(3, i * 10) % 1000003 + fact(i * 6) % 1000003
        total += fib(i * 3) + mixed(i * 11) + collatz(27 + i, 0)
        total += digits(10 ** (i * 4)) + early(i) + nested(i * 2) + uses_helper(i * 20)
    print("loops", total)
    for n in [62, 63, 64, 65, 130]:
        print("power", n, power(2, n), power(-2, n), fact(n // 2 + 1))
    for acc in [2 ** 62, -(2 ** 62), 2 ** 63 - 10]:
        print("countdown", acc, countdown(20, acc), countdown(3, acc))
    for n in [0, 1, 5]:
        show("falls_off", falls_off, n)


async def main():
    loops()
    for n in [0, 1, 900, 980]:
        show("count", count, n)
        show("countdown", countdown, n, 1)
    for n in [990, 1000, 5000, 100000]:
        show("count", count, n)
        show("countdown", countdown, n, 0)
        show("swap", swap, 1, 2, n)
    show("divides", divides, 3)
    show("forever", forever, 0)
    total = 0
    for i in range(3):
        total += await achain(i * 300) + await atail(i * 30, 1)
    print("async", total)
    try:
        print(await achain(2000))
    except RecursionError:
        print("achain RecursionError")
    print("atail", await atail(70, 3))
    print(sys.getrecursionlimit())


asyncio.run(main())
