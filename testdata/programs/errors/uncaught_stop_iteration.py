# next() on an exhausted iterator outside a generator: bare StopIteration, uncaught.
it = iter([1])
print(next(it))
print(next(it))
