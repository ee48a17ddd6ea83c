#!/usr/bin/env python3
"""Times under CPython the loops that runtime/py's benchmarks time in Go
(bench_test.go) and prints ns per iteration, one "name ns" line each.
Each loop's own overhead (the for loop over range) is measured with an
empty body and subtracted, as the Go benchmarks have no such overhead
worth counting."""
import time

N = 2_000_000


def empty():
    for i in range(N):
        pass


def int_add():
    acc = 0
    for i in range(N):
        acc = acc + 1
    return acc


def dict_set_get():
    d = {}
    for i in range(N):
        k = i & 1023
        d[k] = i
        v = d[k]
    return d


KEYS = ["key" + str(i) for i in range(1024)]


def dict_set_get_str():
    d = {}
    keys = KEYS
    for i in range(N):
        k = keys[i & 1023]
        d[k] = i
        v = d[k]
    return d


def best(fn, runs=5):
    times = []
    for _ in range(runs):
        t = time.perf_counter_ns()
        fn()
        times.append(time.perf_counter_ns() - t)
    return min(times) / N


base = best(empty)
for name, fn in [("IntAdd", int_add), ("DictSetGet", dict_set_get), ("DictSetGetStr", dict_set_get_str)]:
    print(name, f"{max(best(fn) - base, 0.01):.2f}")
print("LoopOverhead", f"{base:.2f}")
