# asdict, astuple, replace, fields and is_dataclass, nested dataclasses.
import dataclasses
from dataclasses import asdict, astuple, dataclass, field, fields, replace


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point
    label: str = ""
    points: list = field(default_factory=list)


line = Line(Point(0, 0), Point(3, 4), "diag", [Point(1, 1)])
print(asdict(line))
print(astuple(line))
print(replace(line.start, y=9), replace(line, label="new").label, line.label)
print([f.name for f in fields(Line)], [f.name for f in fields(line.start)])
print(dataclasses.is_dataclass(line), dataclasses.is_dataclass(Line), dataclasses.is_dataclass(3))
print(fields(Point)[0].type is int, fields(Line)[2].default == "")
