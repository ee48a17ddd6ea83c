# obj.__dict__ lists instance attributes in the order they were first set,
# without class attributes; deleting and re-adding moves one to the end;
# dataclass fields appear in field order.
from dataclasses import dataclass


class Config:
    version = 1

    def __init__(self):
        self.name = "app"
        self.debug = False
        self.port = 8080


c = Config()
c.zeta = "z"
c.alpha = "a"
c.name = "renamed"
print(c.__dict__)
del c.debug
c.debug = True
print(c.__dict__, list(c.__dict__))


@dataclass
class Point:
    y: int
    x: int
    label: str = "p"


p = Point(2, 1)
p.extra = [1]
print(p.__dict__)
for k, v in Config().__dict__.items():
    print(k, "=", v)
