# global lets a function rebind module-level names; reading needs no declaration.
counter = 0
history = []


def bump(n):
    global counter
    counter += n
    history.append(counter)


def reset():
    global counter, history
    counter = 0
    history = ["reset"]


def read():
    return counter * 2


bump(3)
bump(4)
print(counter, history, read())
reset()
bump(1)
print(counter, history)


def define_new():
    global created
    created = "made inside"


define_new()
print(created)
