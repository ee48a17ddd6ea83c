# Sets of ints: union, intersection, difference, symmetric difference, subset tests, methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(b), a.isdisjoint({9}))
s = set()
s.add(3)
s.add(3)
s.update([1, 2])
s.discard(2)
s.discard(42)
print(sorted(s), len(s), 3 in s, 2 in s)
s.remove(1)
print(sorted(s), s.pop(), s)
print(set(), {1}, frozenset(), sorted(frozenset([3, 1])))
print(sorted(set("mississippi")), len(set(range(100)) & set(range(50, 150))))
try:
    set().remove(1)
except KeyError as e:
    print("KeyError:", e)
