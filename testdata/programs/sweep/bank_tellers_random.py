import asyncio
import random
from dataclasses import dataclass


@dataclass(order=True)
class Customer:
    arrival: float
    name: str
    service: float = 0.0


class Bank:
    def __init__(self, tellers: int):
        self.sem = asyncio.Semaphore(tellers)
        self.served = []
        self.waits = []

    async def serve(self, c: Customer, start):
        loop = asyncio.get_running_loop()
        await asyncio.sleep(c.arrival)
        arrived = loop.time()
        async with self.sem:
            waited = loop.time() - arrived
            self.waits.append(round(waited, 3))
            await asyncio.sleep(c.service)
            self.served.append(c.name)


async def main():
    random.seed(42)
    customers = []
    t = 0.0
    for i in range(12):
        t += round(random.uniform(0.0, 0.5), 2)
        customers.append(Customer(round(t, 2), f"c{i:02d}", round(random.expovariate(2.0), 2)))
    print(customers[:3])
    print(random.randint(1, 100), random.choice("abcdef"), random.random())
    xs = list(range(10))
    random.shuffle(xs)
    print(xs, random.sample(range(100), 5), random.randrange(0, 100, 5))
    print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=6), round(random.gauss(0, 1), 6))
    bank = Bank(2)
    loop = asyncio.get_running_loop()
    await asyncio.gather(*(bank.serve(c, loop.time()) for c in customers))
    print(bank.served)
    print(sorted(customers, key=lambda c: -c.service)[0].name, max(customers).name)
    print(f"avg wait {sum(bank.waits) / len(bank.waits):.3f}")
    rng = random.Random(7)
    print([rng.randint(1, 6) for _ in range(10)], rng.random())
    print(Customer(1.0, "a") < Customer(1.0, "b"), Customer(2.0, "a") > Customer(1.0, "z"))


asyncio.run(main())
