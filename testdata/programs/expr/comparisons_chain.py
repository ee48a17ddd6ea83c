# Chained comparisons evaluate each operand at most once and short-circuit.
log = []


def v(x):
    log.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) < v(5) > v(2) == v(2), log)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in range(10) == True)
print("a" < "b" < "c", [1, 2] < [1, 3] <= [1, 3], (1, "a") < (1, "b"))
one, two, nothing = 1, 2, None
print(one < two is not nothing, one is not nothing is not two)
