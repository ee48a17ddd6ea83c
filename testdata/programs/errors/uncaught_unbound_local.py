# UnboundLocalError: a local read before its first assignment, uncaught.
total = 10


def add(n):
    total = total + n
    return total


print("calling")
print(add(1))
