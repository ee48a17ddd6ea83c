# ZeroDivisionError from integer division by zero inside nested calls, uncaught.
def ratio(a, b):
    return a / b


def report(pairs):
    for a, b in pairs:
        print(a, b, ratio(a, b))


report([(1, 2), (3, 0), (4, 1)])
