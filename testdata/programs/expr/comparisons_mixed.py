# Comparisons across types: int/float/bool equality, strings, sequences, None, identity, membership.
print(1 == 1.0, 1 == True, 0 == False, 2 == 2.5, 1 != 1.0)
print(3 < 3.5, -1 < False, True > 0.5)
print("abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab", "é" > "z")
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], (1, 2) == (1, 2), [1] == (1,))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1, 2} == {2, 1}, {1: "x"} != {1: "y"})
print([1, [2, 3]] < [1, [2, 4]], (1, 2, 3) > (1, 2), [] < [0])
x = None
print(x is None, x is not None, x == None)
print(3 in [1, 2, 3], "ell" in "hello", "z" not in "hello", 2 in {1: "a", 2: "b"})
print((1, 2) in [(1, 2), (3, 4)], 4 in range(0, 10, 2), 5 in range(0, 10, 2))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
