from typing import NamedTuple, Optional


class Employee(NamedTuple):
    """An employee record."""
    name: str
    dept: str
    salary: int = 50000
    manager: Optional[str] = None

    @property
    def monthly(self):
        return self.salary / 12

    def raise_by(self, pct):
        return self._replace(salary=int(self.salary * (1 + pct / 100)))

    def __str__(self):
        return f"{self.name} ({self.dept})"


staff = [Employee("ann", "eng", 90000), Employee("bob", "ops"), Employee("cat", "eng", 70000, "ann")]
print(staff[1], repr(staff[1]), Employee.__doc__)
print(sorted(staff, key=lambda e: -e.salary)[0].name, staff[0].monthly, staff[1].raise_by(10))
print({e.dept for e in staff} == {"eng", "ops"}, staff[0] < staff[1], hash(staff[0]) == hash(tuple(staff[0])))
name, dept, *rest = staff[2]
print(name, dept, rest, Employee._make(["dan", "hr", 1, None]), Employee._fields, Employee._field_defaults)
print(staff[2]._asdict(), Employee.__name__, Employee.__qualname__, isinstance(staff[0], tuple))
try:
    Employee("x")
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
