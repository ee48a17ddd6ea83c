#!/usr/bin/env python3
"""Writes golden.jsonl: CPython 3.11's random module outputs for pyrandom's
differential tests.

Run from this directory with CPython 3.11:  python3 gen.py
Each line is a JSON object. Sequence lines hold {"seed", "op", "values"}:
the values the named operation produces after random.seed(<seed>), as
strings (ints in decimal, floats by float.hex(), so no float repr is
involved). Error lines hold {"error", "kind", "msg"}; warning lines
{"warncase", "warning", "category"}. The Go test defines
the same seeds, operations and error cases under the same names.
"""

import json
import math
import random
import sys
import warnings

if sys.version_info[:2] != (3, 11):
    sys.exit("gen.py must run under CPython 3.11")

# A tuple stands for the arguments (a, version).
SEEDS = {
    "7": 7,
    "2**70": 2**70,
    "asyncgen": "asyncgen",
    "0": 0,
    "-5": -5,
    "2**32": 2**32,
    "2**64-1": 2**64 - 1,
    "-(10**40)": -(10**40),
    "empty-str": "",
    "unicode": "h\u00e9llo \u4e16\u754c \U0001f600",
    "bytes": b"\x00\x01asyncgen\xff",
    "empty-bytes": b"",
    "float-3.14": 3.14,
    "float-2.0": 2.0,
    "float--2.0": -2.0,
    "float-1e300": 1e300,
    "float-inf": math.inf,
    "float--0.0": -0.0,
    "float-2**-1074": 2.0**-1074,
    "v1-str": ("h\u00e9llo \u4e16\u754c \U0001f600", 1),
    "v1-bytes": (b"\x00\x01asyncgen\xff", 1),
    "v1-empty": ("", 1),
}

# The acceptance seeds get every operation; the others a smaller set.
ACCEPTANCE = ["7", "2**70", "asyncgen"]


def fl(x):
    return x.hex()


def ints(xs):
    return [str(x) for x in xs]


def shuffles(r, n, times):
    out = []
    x = list(range(n))
    for _ in range(times):
        r.shuffle(x)
        out.extend(x)
    return ints(out)


def samples(r):
    out = []
    for n, k in [(10, 3), (30, 10), (1000, 10), (100, 100), (5, 0),
                 (21, 5), (22, 5), (26, 6), (27, 6), (1000, 500),
                 (10**6, 50), (85, 10), (86, 10), (2, 2)]:
        for _ in range(5):
            out.append(f"{n},{k}:" + ",".join(map(str, r.sample(range(n), k))))
    return out


def randranges(r):
    out = []
    args = [(-100, 100, 7), (100, -100, -3), (0, 10**30, 1),
            (10**20, -(10**20), -3 * 10**15), (-2**63, 2**63), (2**63 - 5, 2**64),
            (0, 2**64, 2**32 + 1), (5, 6, 1), (5, 6, 100), (-1, -10, -1),
            (3, 2**200, 7), (-(2**61), 2**61, 3), (0, 1, 1)]
    for a in args:
        for _ in range(20):
            out.append(str(r.randrange(*a)))
    for stop in [1, 2, 3, 10, 2**31, 2**32, 2**33, 2**63, 2**64, 2**65, 10**40]:
        for _ in range(10):
            out.append(str(r.randrange(stop)))
    for a, b in [(-2**63, 2**63 - 1), (2**63 - 2, 2**63 - 1), (-5, -5), (-10, 10), (0, 2**64)]:
        for _ in range(10):
            out.append(str(r.randint(a, b)))
    return out


def hashes(r):
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0**61, -2.0**61, 2.0**60, 1e300,
          -1e300, 5e-324, -5e-324, 2.0**-1022, math.inf, -math.inf, 1.5, 3.14,
          1e16, 2.0**53 + 2, 123456789.0]
    sign = 1.0
    for e in range(-1080, 1024, 3):
        xs.append(sign * math.ldexp(r.random(), e))
        sign = -sign
    return [f"{fl(x)}={hash(x)}" for x in xs]


def randbytes(r):
    return [r.randbytes(n).hex() for n in range(0, 20)] + [r.randbytes(200).hex()]


def choices(r):
    out = []
    out.append(ints(r.choices(range(10), k=100)))
    out.append(ints(r.choices(range(1), k=10)))
    out.append(ints(r.choices(range(4), [1, 2, 3, 0.5], k=100)))
    out.append(ints(r.choices(range(5), [0.1, 0.0, 1e-9, 7.25, 0.3], k=100)))
    out.append(ints(r.choices(range(4), cum_weights=[1.0, 1.0, 2.5, 10.0], k=100)))
    out.append(ints(r.choices(range(3), [1.0, 2.0, 3.0], k=-3)))
    return [",".join(x) for x in out]


def sample_counts(r):
    out = []
    for counts, k in [([1, 2, 3], 6), ([4, 0, 2, 9], 5), ([100, 1], 50), ([1], 1), ([0, 3, 0], 2)]:
        for _ in range(5):
            out.append(",".join(map(str, r.sample(range(len(counts)), k, counts=counts))))
    return out


def seed_floats(r):
    out = []
    for f in [0.5, -0.5, 1e-300, 2.0**64, 12345.678, -math.inf]:
        r.seed(f)
        out.extend(fl(r.random()) for _ in range(3))
    return out


def state(r):
    _, st, g = r.getstate()
    return ints(st)


def mixed(r):
    # Interleaved calls, so that partially used words and twists line up.
    out = []
    for i in range(300):
        out.append(fl(r.random()))
        out.append(str(r.getrandbits(i % 70)))
        out.append(str(r.randint(-i, i)))
        x = list(range(i % 9))
        r.shuffle(x)
        out.append(",".join(map(str, x)))
    return out


OPS = {
    "random": lambda r: [fl(r.random()) for _ in range(1000)],
    "randint(1,100)": lambda r: ints(r.randint(1, 100) for _ in range(1000)),
    "randrange(0,10**30)": lambda r: ints(r.randrange(0, 10**30) for _ in range(1000)),
    "choice(50)": lambda r: ints(r.choice(range(50)) for _ in range(1000)),
    "choice(7)": lambda r: ints(r.choice(range(7)) for _ in range(1000)),
    "shuffle(50)x20": lambda r: shuffles(r, 50, 20),
    "shuffle(1000)": lambda r: shuffles(r, 1000, 1),
    "sample": samples,
    "uniform": lambda r: [fl(r.uniform(-3.5, 10.0)) for _ in range(300)]
    + [fl(r.uniform(1e300, -1e300)) for _ in range(100)]
    + [fl(r.uniform(2.0, 2.0)) for _ in range(10)],
    "triangular": lambda r: [fl(r.triangular()) for _ in range(100)]
    + [fl(r.triangular(-2.0, 8.0, 7.0)) for _ in range(100)]
    + [fl(r.triangular(3.0, 3.0, 3.0)) for _ in range(5)]
    + [fl(r.triangular(10.0, 0.0)) for _ in range(100)],
    "getrandbits(1)": lambda r: ints(r.getrandbits(1) for _ in range(1000)),
    "getrandbits(31)": lambda r: ints(r.getrandbits(31) for _ in range(1000)),
    "getrandbits(32)": lambda r: ints(r.getrandbits(32) for _ in range(1000)),
    "getrandbits(33)": lambda r: ints(r.getrandbits(33) for _ in range(1000)),
    "getrandbits(100)": lambda r: ints(r.getrandbits(100) for _ in range(400)),
    "getrandbits(1000)": lambda r: ints(r.getrandbits(1000) for _ in range(100)),
    "getrandbits(0..200)": lambda r: ints(r.getrandbits(k) for k in range(201)),
    "randrange": randranges,
    "randbytes": randbytes,
    "choices": choices,
    "sample-counts": sample_counts,
    "state": state,
    "mixed": mixed,
    "random-x50": lambda r: [fl(r.random()) for _ in range(50)],
    "randint(1,100)-x50": lambda r: ints(r.randint(1, 100) for _ in range(50)),
    "getrandbits(100)-x50": lambda r: ints(r.getrandbits(100) for _ in range(50)),
}

def dist(n, f):
    return lambda r: [fl(f(r)) for _ in range(n)]


DISTRIBUTIONS = {
    "gauss": dist(1000, lambda r: r.gauss(0.0, 1.0)),
    "gauss(3,0.5)": dist(201, lambda r: r.gauss(3.0, 0.5)),
    "normalvariate": dist(1000, lambda r: r.normalvariate(0.0, 1.0)),
    "lognormvariate": dist(300, lambda r: r.lognormvariate(0.5, 2.0)),
    "expovariate": dist(1000, lambda r: r.expovariate(1.5)),
    "expovariate(-2)": dist(100, lambda r: r.expovariate(-2.0)),
    "vonmisesvariate": dist(300, lambda r: r.vonmisesvariate(1.0, 4.0)),
    "vonmisesvariate(0.5,0)": dist(50, lambda r: r.vonmisesvariate(0.5, 0.0)),
    "gammavariate(0.5)": dist(300, lambda r: r.gammavariate(0.5, 2.0)),
    "gammavariate(1)": dist(100, lambda r: r.gammavariate(1.0, 3.0)),
    "gammavariate(2.5)": dist(300, lambda r: r.gammavariate(2.5, 1.0)),
    "betavariate": dist(300, lambda r: r.betavariate(2.0, 5.0)),
    "paretovariate": dist(300, lambda r: r.paretovariate(2.5)),
    "weibullvariate": dist(300, lambda r: r.weibullvariate(1.5, 0.7)),
}
OPS.update(DISTRIBUTIONS)


def constants(r):
    return [fl(x) for x in (random.NV_MAGICCONST, random.SG_MAGICCONST,
                            random.LOG4, math.e, math.tau, math.pi)]


def libm(f, arg, n=3000):
    def op(r):
        out = []
        for _ in range(n):
            x = arg(r)
            out.append(fl(f(x)))
        return out
    return op


def correctly_rounded(method, arg, n=3000):
    from decimal import Decimal, getcontext
    getcontext().prec = 60

    def op(r):
        return [fl(float(getattr(Decimal(arg(r)), method)())) for _ in range(n)]
    return op


def decimal_sin_cos(x):
    """sin(x) and cos(x) of the exact value of the float x, to 80 digits."""
    from decimal import Decimal, localcontext
    with localcontext() as ctx:
        ctx.prec = 80
        x = Decimal(x)
        x2 = x * x
        s, c = Decimal(0), Decimal(0)
        ts, tc = x, Decimal(1)
        n = 0
        while abs(ts) > Decimal(10) ** -90 or abs(tc) > Decimal(10) ** -90:
            s += ts
            c += tc
            ts = -ts * x2 / ((2 * n + 2) * (2 * n + 3))
            tc = -tc * x2 / ((2 * n + 1) * (2 * n + 2))
            n += 1
        return float(s), float(c)


def decimal_pow(x, y):
    from decimal import Decimal, localcontext
    with localcontext() as ctx:
        ctx.prec = 80
        return float((Decimal(y) * Decimal(x).ln()).exp())


def cr_pair(f, n=3000):
    def op(r):
        out = []
        for _ in range(n):
            x = r.random()
            y = (r.random() - 0.5) * 20
            out.append(fl(f(x, y)))
        return out
    return op


POW_SPECIAL = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e300,
               -1e300, 5e-324, math.inf, -math.inf, math.nan, 1.5, -7.0, 1e-5]


def pow_special(r):
    """float ** float over special values: results or exceptions. A finite
    negative base with a finite fractional exponent takes CPython's complex
    path, outside pyrandom's scope: those cases are only labelled."""
    out = []
    for x in POW_SPECIAL:
        for y in POW_SPECIAL:
            if x < 0 and math.isfinite(x) and math.isfinite(y) and y != math.floor(y):
                out.append("complex")
                continue
            try:
                v = x ** y
            except (ZeroDivisionError, OverflowError) as e:
                out.append(f"!{type(e).__name__}: {e}")
            else:
                out.append("complex" if isinstance(v, complex) else fl(v))
    return out


# Operations that do not depend on the seed, run once after seed 0.
ONCE = {
    "pow-special": pow_special,
    "cr-sin": libm(lambda x: decimal_sin_cos(x)[0], lambda r: r.random() * math.tau),
    "cr-cos": libm(lambda x: decimal_sin_cos(x)[1], lambda r: r.random() * math.tau),
    "cr-pow": cr_pair(decimal_pow),
    "constants": constants,
    # glibc's libm through CPython, compared allowing rare last-bit
    # differences ("libm-" names); then the correctly rounded values, which
    # pyrandom must match exactly.
    "libm-log": libm(math.log, lambda r: 1.0 - r.random()),
    "libm-log-wide": libm(math.log, lambda r: math.ldexp(1.0 - r.random(), r.randrange(-1000, 1020))),
    "libm-exp": libm(math.exp, lambda r: (r.random() - 0.5) * 1400),
    "libm-cos": libm(math.cos, lambda r: r.random() * math.tau),
    "libm-sin": libm(math.sin, lambda r: r.random() * math.tau),
    "libm-acos": libm(math.acos, lambda r: r.random() * 2 - 1),
    "libm-pow": libm(lambda t: t[0] ** t[1], lambda r: (r.random(), (r.random() - 0.5) * 20)),
    "cr-log": correctly_rounded("ln", lambda r: math.ldexp(1.0 - r.random(), r.randrange(-1000, 1020))),
    "cr-exp": correctly_rounded("exp", lambda r: (r.random() - 0.5) * 1400),
    "cr-exp-subnormal": correctly_rounded("exp", lambda r: -708.0 - r.random() * 37.5, n=500),
    "hash": hashes,
    "seed-floats": seed_floats,
}

SMALL = ["random-x50", "randint(1,100)-x50", "getrandbits(100)-x50", "state"]


def errors():
    r = random.Random(1)
    cases = {
        "getrandbits(-1)": lambda: r.getrandbits(-1),
        "randbytes(-1)": lambda: r.randbytes(-1),
        "randrange(0)": lambda: r.randrange(0),
        "randrange(-5)": lambda: r.randrange(-5),
        "randrange(0,0)": lambda: r.randrange(0, 0),
        "randrange(5,3)": lambda: r.randrange(5, 3),
        "randrange(2**63-1,-2**63)": lambda: r.randrange(2**63 - 1, -2**63),
        "randrange(0,10,0)": lambda: r.randrange(0, 10, 0),
        "randrange(0,10,-1)": lambda: r.randrange(0, 10, -1),
        "randrange(10,0,2)": lambda: r.randrange(10, 0, 2),
        "randrange(0,2**70,0)": lambda: r.randrange(0, 2**70, 0),
        "randint(5,3)": lambda: r.randint(5, 3),
        "choice([])": lambda: r.choice([]),
        "sample(3,4)": lambda: r.sample(range(3), 4),
        "sample(3,-1)": lambda: r.sample(range(3), -1),
        "sample-counts-mismatch": lambda: r.sample([1, 2], 1, counts=[1]),
        "sample-counts-zero": lambda: r.sample([1, 2], 1, counts=[0, 0]),
        "sample-counts-empty": lambda: r.sample([], 1, counts=[]),
        "sample-counts-k": lambda: r.sample([1, 2], 4, counts=[1, 2]),
        "choices-empty": lambda: r.choices([], k=1),
        "choices-empty-weights": lambda: r.choices([], [], k=1),
        "choices-zero-total": lambda: r.choices([1], [0], k=1),
        "choices-inf-total": lambda: r.choices([1], [math.inf], k=1),
        "choices-nan-total": lambda: r.choices([1, 2], [1.0, math.nan], k=1),
        "choices-mismatch": lambda: r.choices([1], [1, 2], k=1),
        "gammavariate(0,1)": lambda: r.gammavariate(0.0, 1.0),
        "gammavariate(1,-1)": lambda: r.gammavariate(1.0, -1.0),
        "expovariate(0)": lambda: r.expovariate(0.0),
        "paretovariate(0)": lambda: r.paretovariate(0.0),
        "weibullvariate(1,0)": lambda: r.weibullvariate(1.0, 0.0),
        "lognormvariate-overflow": lambda: r.lognormvariate(1000.0, 1.0),
        "randrange(2.5)": lambda: r.randrange(2.5),
        "randrange(0,2.5)": lambda: r.randrange(0, 2.5),
        "randrange(0,10,1.5)": lambda: r.randrange(0, 10, 1.5),
        "randrange(inf)": lambda: r.randrange(math.inf),
        "randrange(nan)": lambda: r.randrange(math.nan),
        "randrange(10,step=2)": lambda: r.randrange(10, step=2),
        "seed((1,2))": lambda: r.seed((1, 2)),
    }
    out = []
    warnings.simplefilter("ignore", DeprecationWarning)
    for name, f in cases.items():
        try:
            f()
        except Exception as e:
            out.append({"error": name, "kind": type(e).__name__, "msg": str(e)})
        else:
            sys.exit(f"error case {name} did not raise")
    return out


def warning_cases():
    """The DeprecationWarning each float argument of randrange gives."""
    out = []
    for name, args in [("randrange(3.0)", (3.0,)), ("randrange(2.5)", (2.5,)),
                       ("randrange(0,4.0)", (0, 4.0)), ("randrange(0,10,2.0)", (0, 10, 2.0))]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                random.Random(1).randrange(*args)
            except ValueError:
                pass
        out.append({"warncase": name, "warning": str(caught[0].message),
                    "category": caught[0].category.__name__})
    return out


def main():
    lines = []
    for seed_name, seed in SEEDS.items():
        ops = OPS if seed_name in ACCEPTANCE else {k: OPS[k] for k in SMALL}
        if seed_name in ACCEPTANCE:
            ops = {k: v for k, v in ops.items() if k not in SMALL or k == "state"}
        for op_name, op in ops.items():
            r = random.Random()
            if isinstance(seed, tuple):
                r.seed(seed[0], version=seed[1])
            else:
                r.seed(seed)
            lines.append({"seed": seed_name, "op": op_name, "values": op(r)})
    for op_name, op in ONCE.items():
        lines.append({"seed": "0", "op": op_name, "values": op(random.Random(0))})
    lines.extend(errors())
    lines.extend(warning_cases())
    with open("golden.jsonl", "w") as f:
        for line in lines:
            f.write(json.dumps(line, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
