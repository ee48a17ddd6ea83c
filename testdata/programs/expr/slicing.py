# Slicing lists, strings, tuples and ranges with negative indices, steps, and out-of-range bounds.
lst = list(range(10))
s = "abcdefghij"
print(lst[2:5], lst[:3], lst[7:], lst[-3:], lst[:-7], lst[::3], lst[::-1], lst[-2:-6:-1])
print(s[1:8:2], s[::-2], s[5:2], s[100:], s[-100:3], s[3:-3], s[:])
print((1, 2, 3, 4)[1:3], range(10)[2:8:2], list(range(10)[::-3]))
print(lst[1:9][::2][1:], s[::-1][::-1] == s)
copy = lst[:]
copy[0] = 99
print(lst[0], copy[0])
i, j = 2, 6
print(lst[i:j], lst[i:], lst[:j], lst[j:i], lst[i:j:-1])
print(s[slice(2, 5)], lst[slice(None, None, -4)])
