# while with compound conditions, counters, and a sentinel loop over an iterator.
items = iter([3, 1, 4, 1, 5, 9, 2, 6])
seen = []
while (x := next(items, None)) is not None and len(seen) < 5:
    if x == 1:
        continue
    seen.append(x)
print(seen)
a, b = 0, 1
steps = 0
while b < 1000 and steps < 100:
    a, b = b, a + b
    steps += 1
print(a, b, steps)
stack = [1, [2, [3, [4]]]]
depth = 0
while isinstance(stack, list) and stack:
    depth += 1
    stack = stack[-1]
print(depth, stack)
