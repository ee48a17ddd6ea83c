# Assignment to subscripts and slices of lists and dicts.
lst = [0, 1, 2, 3, 4, 5]
lst[0] = "a"
lst[-1] = "z"
print(lst)
lst[1:3] = ["x", "y", "w"]
print(lst)
lst[::2] = [7, 8, 9, 10][:len(lst[::2])]
print(lst)
lst[:] = [1, 2]
print(lst)
lst[2:] = range(3)
print(lst)
lst[1:1] = [99]
print(lst)
d = {}
d["a"] = 1
d[("t", 1)] = 2
d["a"] = 3
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    lst[10] = 1
except IndexError as e:
    print("IndexError:", e)
