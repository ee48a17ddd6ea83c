import asyncio
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Generic, List, NamedTuple, Optional, Protocol, TypeVar, Union

T = TypeVar("T")


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm2(self) -> float:
        return self.x ** 2 + self.y ** 2


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, repr=False)
    hashed: int = field(init=False, default=0)

    def __post_init__(self):
        self.hashed = len(self.tags) if self.tags else -1


Handler = Callable[[str], Any]


async def run(handlers: Dict[str, Handler], event: str) -> Union[str, None]:
    await asyncio.sleep(0)
    h = handlers.get(event)
    return h(event) if h else None


async def main():
    p = Point(3.0, 4.0)
    q = Point(1.5)
    print(p, q, p.norm2(), p._replace(y=0), p._asdict(), Point._fields, p[0], len(p))
    x, y = p
    print(x + y, p == (3.0, 4.0), isinstance(p, tuple), Point._field_defaults)
    g: Greeter = English()
    print(g.greet("Ann"), Box(5).get(), Box[str]("s").get())
    tasks = [Task(3, "c"), Task(1, "a", ["x", "y"]), Task(2, "b")]
    print(sorted(tasks), max(tasks).name, [t.hashed for t in tasks])
    print(await run({"ping": str.upper}, "ping"), await run({}, "x"))


asyncio.run(main())
