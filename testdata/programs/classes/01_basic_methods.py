# Class attributes, instance attributes, methods, type(x).__name__.
class Counter:
    step = 1

    def __init__(self, start=0):
        self.value = start

    def bump(self, times=1):
        for _ in range(times):
            self.value += self.step
        return self.value

    def reset(self):
        self.value = 0


c = Counter(5)
print(c.bump(), c.bump(3), c.value)
c.reset()
print(c.value, Counter.step, c.step)
c.step = 10
print(c.bump(), Counter.step)
Counter.step = 2
print(Counter().bump(2))
print(type(c).__name__, type(c) is Counter, isinstance(c, Counter), isinstance(c, object))
print(issubclass(Counter, object), Counter.__name__, Counter.__qualname__)
m = c.bump
print(m(), m.__name__)
print(Counter.bump(c, 1))
