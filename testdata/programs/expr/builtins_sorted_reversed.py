# sorted with key and reverse is stable; reversed over lists, ranges, strings.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("banana"), sorted([3, 1.5, 2]), sorted([], reverse=True), sorted({"z": 1, "a": 2}))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower), sorted([-3, 2, -1], key=abs))
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
lst = [5, 2, 8]
s = sorted(lst)
print(lst, s, s is lst)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
