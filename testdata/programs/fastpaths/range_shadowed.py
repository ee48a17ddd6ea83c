# A module that binds the name range: loops call whatever it is then.
builtin_range = range


def countdown(n):
    return list(reversed(builtin_range(n)))


print([range for range in range(3)])
print([x for range in [lambda n: [9] * n] for x in range(2)])
for i in range(3):
    print(i, end=" ")
print()
range = countdown
for i in range(3):
    print(i, end=" ")
print()
