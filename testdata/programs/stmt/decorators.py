# Decorators: plain, stacked (applied bottom-up), with arguments, on async functions.
import asyncio


def shout(f):
    def wrapper(*args):
        return f(*args).upper()
    return wrapper


def exclaim(f):
    def wrapper(*args):
        return f(*args) + "!"
    return wrapper


def repeat(n):
    def deco(f):
        def wrapper(x):
            return [f(x) for _ in range(n)]
        return wrapper
    return deco


registry = []


def register(f):
    registry.append(f.__name__)
    return f


@shout
def hello(name):
    return "hello " + name


@exclaim
@shout
def both(name):
    return "hey " + name


@repeat(3)
def double(x):
    return x * 2


@register
def a():
    pass


@register
def b():
    pass


def timed(f):
    async def wrapper(*args):
        print("before", f.__name__)
        r = await f(*args)
        print("after", f.__name__)
        return r
    return wrapper


@timed
async def work(x):
    await asyncio.sleep(0)
    return x + 1


print(hello("bob"), both("al"), double(4), registry)
print(asyncio.run(work(41)))
