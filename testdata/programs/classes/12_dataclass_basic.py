# @dataclass: fields from annotations in order, defaults, generated
# __init__, __repr__ and __eq__; keyword arguments; class attributes
# without annotations are not fields.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    note = "not a field"

    def total(self):
        return self.price * self.qty


a = Item("pen", 1.5)
b = Item("book", price=12.0, qty=2)
print(a, b)
print(a.total(), b.total(), a.note, Item.qty)
print(a == Item("pen", 1.5, 1), a == b, a != b, a == "pen")
print(Item(qty=3, name="cup", price=2))
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Item("x", 1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
