# random with a fixed seed reproduces CPython's Mersenne Twister sequence.
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print(random.random(), random.random())
print(random.choice("abcdef"), random.choice([10, 20, 30]))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.randrange(0, 100, 5))
print(round(random.uniform(1, 2), 10))
random.seed(12345)
print(random.randint(1, 6))
r = random.Random(7)
print(r.randint(0, 1000), r.random())
