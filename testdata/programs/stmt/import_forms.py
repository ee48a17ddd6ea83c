# import forms: plain, aliased, from-import, several names, of asyncio/time/sys/math/random.
import asyncio
import math
import sys
import time
import random as rnd
from math import sqrt, pi as PI, floor
from random import randint
from asyncio import sleep

print(math.sqrt(16), sqrt(2), floor(2.7), round(PI, 5))
rnd.seed(1)
print(randint(1, 100), rnd.randint(1, 100))
print(type(time.monotonic()).__name__, time.monotonic() >= 0)
print(sys.maxsize == 2 ** 63 - 1)


async def main():
    await sleep(0.01)
    await asyncio.sleep(0)
    return "slept"


print(asyncio.run(main()))
