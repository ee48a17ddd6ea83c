# yield as an expression: send() delivers values; the first send must be None.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


g = accumulator()
print(g.send(None))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)


def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("echo closing with", received)


e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
print("closed")
