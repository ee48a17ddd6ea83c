# if / elif / else: every branch, nested conditions, truthiness of various values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    else:
        return "large"


for n in [-5, 0, 3, 4, 100]:
    print(n, classify(n))
for v in [0, 1, "", "x", [], [0], None, {}, {"a": 1}, 0.0, 2.5]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if True:
    pass
print("done")
