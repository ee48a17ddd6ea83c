# TypeError from adding str and int, uncaught.
def label(n):
    return "item " + n


print(label("one"))
print(label(2))
