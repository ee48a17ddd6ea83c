# StopIteration raised inside a generator becomes RuntimeError (PEP 479), uncaught.
def gen():
    yield 1
    raise StopIteration


for v in gen():
    print(v)
