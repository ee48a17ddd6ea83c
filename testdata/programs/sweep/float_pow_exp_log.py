import asyncio
import math


async def project(name, principal, rate, years, per_year=12):
    await asyncio.sleep(0)
    balance = principal * (1 + rate / per_year) ** (per_year * years)
    continuous = principal * math.exp(rate * years)
    return name, balance, continuous


async def main():
    plans = [("saver", 1000.0, 0.05, 10), ("bold", 2500.0, 0.071, 7), ("tiny", 1.0, 0.0123, 30), ("long", 100.0, 0.03, 45)]
    for name, bal, cont in await asyncio.gather(*(project(*p) for p in plans)):
        print(name, bal, cont, round(bal, 2), f"{cont:.4f}")
    print([1.1 ** k for k in range(1, 8)])
    print([k ** 1.5 for k in (2, 3, 5, 7.5, 10)], [2 ** -k for k in range(3)], 2.0 ** 0.1, 10 ** 0.301)
    print(math.pow(1.07, 30), math.log(1234.5), math.log(8, 2), math.log(1e-10), math.exp(-1.5), math.exp(10))
    pts = [(math.cos(t / 10), math.sin(t / 10)) for t in range(0, 63, 7)]
    print(pts)
    print(math.acos(0.3), math.degrees(math.acos(-0.5)), math.hypot(*pts[3]))
    half_life = 5730
    print([round(0.5 ** (y / half_life), 6) for y in (1000, 5730, 20000)], (1 + 1 / 10 ** 6) ** 10 ** 6)


asyncio.run(main())
