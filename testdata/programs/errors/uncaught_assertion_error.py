# A failed assert with a message, uncaught: "AssertionError: message".
def checked_sqrt(x):
    assert x >= 0, f"negative input {x}"
    return x ** 0.5


print(checked_sqrt(16))
print(checked_sqrt(-4))
