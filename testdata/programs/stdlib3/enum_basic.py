# enum: Enum members, aliases, auto, unique, IntEnum comparisons and arithmetic, lookup by value and name, iteration, match
import asyncio
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.GREEN


@unique
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


class Priority(IntEnum):
    LOW = 1
    HIGH = 10


async def main():
    print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
    print(list(Color), len(Color), Color.RED in Color, [c.name for c in Color], Color.default().describe())
    print(State.RUNNING.value, [s.value for s in State], State(3).name, isinstance(State.DONE, State))
    print(Priority.HIGH > Priority.LOW, Priority.LOW == 1, sorted([Priority.HIGH, Priority.LOW]), Priority.HIGH + 1, int(Priority.LOW), f"{Priority.HIGH}")
    counts = {Color.RED: 0, Color.BLUE: 5}
    counts[Color.RED] += 1
    print(counts[Color.RED], Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED.value + Color.BLUE.value)
    try:
        Color(7)
    except ValueError as e:
        print("error:", e)
    try:
        Color["PINK"]
    except KeyError as e:
        print("missing", e)
    match State.RUNNING:
        case State.IDLE:
            print("idle")
        case State.RUNNING:
            print("running")

asyncio.run(main())
