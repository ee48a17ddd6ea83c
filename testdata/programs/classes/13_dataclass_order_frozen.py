# @dataclass(order=True) compares field tuples; frozen=True forbids
# assignment and makes instances hashable.
import dataclasses
from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def bump(self):
        return Version(self.major, self.minor + 1)


vs = [Version(1, 2), Version(1), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 10), Version(2) >= Version(1, 99), max(vs))
print(Version(1).bump(), {Version(1, 0): "one"}[Version(1)], len({Version(1), Version(1, 0, 0)}))
try:
    vs[0].major = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(eq=False)
class Node:
    value: int


n = Node(1)
print(n == Node(1), n == n, len({n, Node(1)}))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
