# A failed assert without a message, uncaught: the last line is just "AssertionError".
xs = [3, 1, 2]
assert len(xs) == 3
print("first assert passed")
assert xs == sorted(xs)
