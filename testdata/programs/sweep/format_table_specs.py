import asyncio

ROWS = [
    ("widget", 1234.5, 3, 0.125),
    ("gadget", 99.99, 12, 0.5),
    ("thingamajig", 1_000_000.0, 1, 0.0333),
    ("nut", 0.05, 1000, 1.0),
]


async def fetch_row(i):
    await asyncio.sleep(0.001 * (4 - i))
    return ROWS[i]


async def main():
    rows = await asyncio.gather(*(fetch_row(i) for i in range(len(ROWS))))
    width = max(len(r[0]) for r in rows)
    header = f"{'name':<{width}} | {'price':>12} | {'qty':^5} | {'share':>7}"
    print(header)
    print("-" * len(header))
    for name, price, qty, share in rows:
        print(f"{name:<{width}} | {price:>12,.2f} | {qty:^5d} | {share:>7.1%}")
    total = sum(p * q for _, p, q, _ in rows)
    print(f"{'total':<{width}} | {total:>12,.2f}")
    prec = 3
    print(f"{3.14159265:.{prec}f} {2.5:e} {1234567:_d} {0xFF:#06x} {-3.5:+.1f} {42:*>8} {'x':!<4}")
    print(f"{12345.6789:,.1f} {0.000012345:.3g} {123456789012:.3g} {1e100:g} {float('nan')} {-0.0:.1f}")
    print(f"{True!s} {None!r}")
    print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%5.2f|%-5d|%05d" % (3.14159, 42, 42))
    print("%c%c" % (72, "i"), "%%", "%.3s" % "abcdef", "%+d %+d" % (5, -5), "%e" % 12345.678)
    print(format(1234567.891, ",.2f"), format(255, "b"), format(0.5, ".0%"), format("abc", "^9"), format(7, "03d"))
    print("{:>10}|{:<10}|{:^10}".format("r", "l", "c"), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
    print("{:.2f} {:,} {!r} {:x}".format(2 / 3, 10 ** 9, "s", 3054))
    print(str(10 ** 25), 2 ** 0.5, 10 / 3, 1e22, 1e21 + 1, 123456789.123456789, 0.1 + 0.7, 1 / 3 * 3)
    print(round(3.14159, 3), round(2.5), round(3.5), round(-0.5), round(1e15 + 0.5), int(-3.9), int("  42 "))
    print(repr(1.0), repr(100.0), 1e16, 12345678901234567.0, 5e-324, 1.7976931348623157e308, float("-inf"))
    print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, 2 ** -1, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))


asyncio.run(main())
