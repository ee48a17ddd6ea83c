# match: sequence patterns with star, mapping patterns with **rest, nested patterns.
def handle(cmd):
    match cmd:
        case []:
            return "empty"
        case ["go", direction]:
            return "going " + direction
        case ["pick", *things]:
            return "picking " + ", ".join(things)
        case [("x" | "y") as axis, int(n)]:
            return f"axis {axis} by {n}"
        case {"action": "move", "to": [x, y]}:
            return f"move to {x},{y}"
        case {"action": act, **rest}:
            return f"action {act} with {sorted(rest)}"
        case _:
            return "unknown"


for c in [[], ["go", "north"], ["pick", "a", "b"], ["x", 3], ["y", "3"],
          {"action": "move", "to": [1, 2]}, {"action": "jump", "h": 1, "w": 2}, 42]:
    print(handle(c))
