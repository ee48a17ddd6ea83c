# f-strings: expressions, conversions !r !s !a, nested quotes, braces, self-documenting =.
name = "Ada"
n = 42
items = ["x", "y"]
print(f"hello {name}, n={n}, twice={n * 2}")
print(f"{name!r} {name!s} {'héllo'!a} {items!r} {items}")
print(f"{{literal}} {{{n}}}")
print(f"{'quoted'} {items[0]} {len(items)} {n if n > 40 else 0}")
print(f"{n=} {name=} {n * 2 = }")
print(f"{3.5} {None} {True} {1/3}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"multi {name} "
      f"part {n}")
print(F"upper prefix {n}")
print(f"{f'{n}'}")
