# A module global that shadows a builtin reads as the builtin while unbound.
print(len("abc"))
def len(x):
    return 42
print(len("abc"))
del len
print(len("abc"))
def f():
    return max(1, 2)
max = lambda *a: "mine"
print(f())
del max
print(f())
