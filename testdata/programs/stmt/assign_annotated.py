# Annotated assignments, with and without a value, at module and function level.
count: int = 3
name: str = "asyncgen"
items: list[int] = [1, 2]
ratio: float
ratio = 0.5
print(count, name, items, ratio)


def f(n: int) -> str:
    total: int = 0
    label: str
    for i in range(n):
        total += i
    label = "sum=" + str(total)
    return label


print(f(5))
pair: tuple[int, str] = (1, "x")
table: dict[str, int] = {"a": 1}
print(pair, table)
