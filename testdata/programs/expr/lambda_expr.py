# lambda expressions: immediately called, returning tuples, with conditional bodies, captured in maps.
print((lambda: "called")())
print((lambda a, b: (b, a))(1, 2))
print(list(map(lambda x: x % 3 == 0 and "fizz" or x, range(1, 7))))
table = {n: (lambda m: lambda x: x * m)(n) for n in range(1, 4)}
print([table[n](10) for n in table])
cmp = lambda a, b: (a > b) - (a < b)
print(cmp(1, 2), cmp(2, 2), cmp(3, 2))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(20))
