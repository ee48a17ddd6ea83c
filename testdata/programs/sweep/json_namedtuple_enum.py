import json
from collections import namedtuple, OrderedDict, Counter, defaultdict
from dataclasses import dataclass, asdict
from enum import Enum, IntEnum

P = namedtuple("P", "x y")


class Color(IntEnum):
    RED = 1


class Mode(Enum):
    FAST = "fast"


@dataclass
class Item:
    name: str
    tags: list


print(json.dumps([P(1, 2), {"p": P(3, [4])}]))
print(json.dumps({"c": Color.RED, "m": Mode.FAST.value}))
print(json.dumps(OrderedDict(b=1, a=2)), json.dumps(Counter("aab")), json.dumps(defaultdict(int, x=1)))
print(json.dumps(asdict(Item("n", ["t"])), indent=1))
print(json.dumps(Item("n", []), default=lambda o: o.__dict__))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(json.loads('{"a": [1, 2.5, null, true], "b": "\\u00e9"}'), json.dumps("é"), json.dumps("é", ensure_ascii=False))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, separators=(",", ":")))
