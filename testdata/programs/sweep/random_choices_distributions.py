import random
random.seed(3)
print(random.choices("abc", k=5), random.choices([1, 2, 3], [1, 0, 5], k=4), random.choices("xy", cum_weights=[1, 3]))
print(random.expovariate(0.5), random.normalvariate(), random.normalvariate(10, 2), random.lognormvariate(0, 1))
print(random.triangular(), random.triangular(1, 5), random.triangular(1, 5, 2), random.betavariate(2, 3))
print(random.gammavariate(2, 1), random.paretovariate(3), random.weibullvariate(1, 2), random.vonmisesvariate(0, 1))
print(random.randbytes(4), random.choice(random.choices(range(10), k=3)))
r = random.Random(5)
print(r.choices([1, 2], weights=[3, 1], k=3), r.expovariate(1))
try:
    random.choices([1, 2], weights=[1])
except ValueError as e:
    print(e)
try:
    random.choices([1, 2], [1, 2], cum_weights=[1, 2])
except TypeError as e:
    print(e)
