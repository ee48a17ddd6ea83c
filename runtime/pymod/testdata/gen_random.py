#!/usr/bin/env python3
"""Regenerates random.json: CPython's random module values after each seed,
for runtime/pymod's random tests.

For every seed: 1,000 values each of random(), randint(1, 100),
randrange(0, 10**30) and choice(of a 26-letter string), the list after
shuffling list(range(50)), a sample, uniform and getrandbits values, each
sequence drawn right after seeding.

Run: python3 runtime/pymod/testdata/gen_random.py
"""
import json
import os
import random

SEEDS = {"int7": 7, "int2pow70": 2**70, "str_asyncgen": "asyncgen", "neg": -12345, "bytes": b"\x00seed", "float": 3.5}
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def draws(seed):
    out = {}
    random.seed(seed)
    out["random"] = [repr(random.random()) for _ in range(1000)]
    random.seed(seed)
    out["randint"] = [random.randint(1, 100) for _ in range(1000)]
    random.seed(seed)
    out["randrange_big"] = [str(random.randrange(0, 10**30)) for _ in range(1000)]
    random.seed(seed)
    out["choice"] = "".join(random.choice(ALPHABET) for _ in range(1000))
    random.seed(seed)
    xs = list(range(50))
    random.shuffle(xs)
    out["shuffle"] = xs
    random.seed(seed)
    out["sample"] = random.sample(range(100), 10) + random.sample(range(10**6), 5)
    random.seed(seed)
    out["uniform"] = [repr(random.uniform(-5, 5)) for _ in range(100)]
    random.seed(seed)
    out["getrandbits"] = [str(random.getrandbits(k)) for k in (1, 7, 32, 33, 64, 65, 200)]
    random.seed(seed)
    out["randrange_step"] = [random.randrange(10, 1000, 7) for _ in range(100)]
    return out


ERROR_CALLS = {"choice_empty": ("choice", ([],)), "randint_empty": ("randint", (5, 1)),
               "randrange_empty": ("randrange", (0,)), "seed_list": ("seed", ([],))}


def errors():
    out = {}
    for name, (fn, args) in ERROR_CALLS.items():
        try:
            getattr(random, fn)(*args)
            out[name] = ""
        except Exception as e:  # noqa: BLE001 - record the message
            out[name] = type(e).__name__ + ": " + str(e)
    return out


def main():
    data = {"seeds": {name: draws(seed) for name, seed in SEEDS.items()}, "errors": errors()}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "random.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=0)
        f.write("\n")


if __name__ == "__main__":
    main()
