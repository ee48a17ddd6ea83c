# accounts with properties, inheritance and ordering, lock-ordered transfers with failures, Condition.wait_for
import asyncio


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.lock = asyncio.Lock()

    @property
    def balance(self):
        return self._balance

    def __str__(self):
        return f"#{self.id} {self.owner}: {self._balance:.2f}"

    def __lt__(self, other):
        return self._balance < other._balance


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.amount = amount


class Savings(Account):
    rate = 0.05

    def add_interest(self):
        self._balance *= 1 + self.rate
        return self


async def transfer(src, dst, amount, log):
    first, second = sorted([src, dst], key=lambda a: a.id)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance < amount:
                raise InsufficientFunds(src, amount)
            src._balance -= amount
            dst._balance += amount
            log.append((src.owner, dst.owner, amount))


async def main():
    a, b, c = Account("ann", 100), Savings("bob", 50), Account("cy")
    log = []
    results = await asyncio.gather(
        transfer(a, b, 30, log), transfer(b, a, 10, log), transfer(c, a, 5, log),
        transfer(a, c, 80, log), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    print(log)
    print(*sorted([a, b, c]), sep="\n")
    print(b.add_interest(), isinstance(b, Account), issubclass(Savings, Account), Savings.rate)
    cond = asyncio.Condition()
    ready = []

    async def waiter(n):
        async with cond:
            await cond.wait_for(lambda: len(ready) > n)
            print("waiter", n, "sees", ready)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            ready.append(i)
            cond.notify_all()
    await asyncio.gather(*ws)

asyncio.run(main())
