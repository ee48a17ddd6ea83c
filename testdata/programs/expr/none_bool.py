# None and bools: printing, arithmetic with bools, comparisons, truth values.
print(None, True, False, repr(None), str(True))
print(True + True, True * 3, False / 1, True - False, -True, True // 1)
print(True == 1, False == 0, True is True, None is None, None == False)
print(sum([True, True, False]), int(True), float(False), str(False).lower())
print(bool(None), bool(-1), bool(0.0), bool("False"), bool(()), bool((0,)))
print(max(True, 0), [True, False].count(1), {True: "t", 1: "one"})
