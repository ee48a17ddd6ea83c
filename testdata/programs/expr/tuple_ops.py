# Tuples: literals, single-element repr, concatenation, repetition, count, index, nesting, comparison.
t = (1, 2, 3)
print(t, (1,), (), t + (4,), t * 2, len(t), t[1], t[-1], t[::-1])
print(t.count(2), t.index(3), 2 in t, max(t), sum(t))
nested = ((1, 2), ("a", ("b",)))
print(nested, nested[1][1][0])
x = 1, 2
print(x, type(x).__name__, tuple([4, 5]), tuple("ab"))
print((1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"))
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
