# for/else: else runs when the iterable is exhausted, not after break.
def first_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")


for n in [15, 13, 49, 2]:
    first_prime_factor(n)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    continue
else:
    print("continue does not skip else, i =", i)
