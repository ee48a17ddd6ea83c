# int and str conversions: str() of big and negative ints, int() errors, bit_length, to/from strings.
print(str(-0), str(-123), str(2 ** 80), int("-99"), int("+7"), int("0"))
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (2 ** 100).bit_length())
print(int(3.0), int("10", 36), int("z", 36), float(10 ** 20), int(1e20))
for bad in ["", "1.5", "abc", "12 3"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
print(repr(str(12)), repr(repr(12)), "%d items" % 3, str(3) + "rd")
