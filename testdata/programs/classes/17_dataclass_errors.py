# Errors @dataclass raises when the class is defined, then an uncaught
# FrozenInstanceError.
from dataclasses import dataclass, field

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)


@dataclass(frozen=True)
class Const:
    value: int


c = Const(1)
print(c)
c.value = 2
