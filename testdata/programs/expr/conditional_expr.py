# Conditional expressions evaluate only the chosen branch; nesting and precedence.
calls = []


def f(x):
    calls.append(x)
    return x


for n in range(-1, 2):
    print("pos" if n > 0 else "zero" if n == 0 else "neg")
print(f("a") if True else f("b"), f("c") if False else f("d"), calls)
x = 3
y = x * 2 if x > 2 else x - 1
print(y, [i if i % 2 else -i for i in range(5)])
print((lambda v: "big" if v > 10 else "small")(11))
print(1 + (2 if x else 3), (1 + 2) if not x else 3)
