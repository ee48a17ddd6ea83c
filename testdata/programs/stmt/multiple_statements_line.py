# Semicolon-separated statements, one-line compound statements and line continuations.
x = 1; y = 2; z = x + y
print(x, y, z)
if z > 2: print("one-line if")
for i in range(2): print("one-line for", i)
total = (1 +
         2 +
         3)
other = 4 + \
    5
print(total, other)
data = [
    1,
    2,  # trailing comma
]
print(data)
def f(): return "one-line def"
print(f())
while x < 3: x += 1
print(x)
