# Augmented assignment on names for every operator and several types.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x0F; print(x)
f = 1.5
f /= 2; print(f)
f += 1; print(f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
t = (1,)
t += (2, 3); print(t)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
n = 2
n **= 100
print(n)
