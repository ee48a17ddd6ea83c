# Comprehensions in a class body: the first iterable sees class attributes,
# the rest of the comprehension does not (it reads the global, or raises
# NameError).
m = "global-m"
class A:
    n = 3
    m = "class-m"
    xs = [i * 2 for i in range(n)]
    ys = [m for i in range(2)]
    gen = list(x + 1 for x in range(n))
print(A.xs, A.ys, A.gen)
class B:
    n = 2
    try:
        bad = [n for _ in range(1)]
    except NameError as e:
        bad = str(e)
print(B.bad)
