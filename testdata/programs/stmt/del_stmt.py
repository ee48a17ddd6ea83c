# del of names, subscripts, slices and several targets at once.
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1], lst[0]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
a, b = 1, 2
del (a, b)
try:
    print(a)
except NameError as e:
    print("NameError:", e)
