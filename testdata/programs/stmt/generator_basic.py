# Generators: lazy execution, next(), StopIteration, exhaustion, return value.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
    return "done"


g = countdown(3)
print("created")
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(countdown(0), "default"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
g = countdown(2)
for v in g:
    print("got", v)
try:
    next(g)
except StopIteration as e:
    print("value after exhaustion:", e.value)
