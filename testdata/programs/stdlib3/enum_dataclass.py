# a dataclass with default_factory next to enum members in f-strings
import asyncio
from dataclasses import dataclass, field
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    status: str = "new"

    def total(self):
        return sum(price * qty for _, price, qty in self.items)


async def main():
    o = Order(1, [("apple", 0.5, 4), ("pear", 0.75, 2)])
    print(o, o.total(), Color.RED, Color(2).name)

asyncio.run(main())
