# any/all on empty and non-empty iterables; iter/next with defaults; list/tuple from iterators.
print(any([]), all([]), any([0, 0]), all([1, 2]), any("a"), all(["", "x"]))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
it = iter("ab")
print(list(it), list(it))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
d = {"a": 1, "b": 2}
print(list(iter(d)), tuple(d.values()), list(d.items())[0])
