# Common str methods with CPython's results.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
t = "Hello, World"
print(t.upper(), t.lower(), t.swapcase(), t.title(), "hello world".capitalize())
print(t.split(", "), "a b  c".split(), "a,b,,c".split(","), "a b c".split(" ", 1), "a.b.c".rsplit(".", 1))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(str(i) for i in range(3)))
print(t.replace("l", "L"), t.replace("l", "L", 1), t.find("o"), t.rfind("o"), t.find("z"))
print(t.index("W"), t.count("l"), t.startswith("Hell"), t.endswith(("x", "ld")))
print("ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4), "42".zfill(5), "-42".zfill(5))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "  ".isspace(), "Ab".isupper(), "ab".islower())
print("a\nb\r\nc".splitlines(), "line1\nline2\n".splitlines(True))
print("x".join("abc"), "abc" * 2, "ab" + "cd", "prefix_rest".removeprefix("prefix_"), "a.py".removesuffix(".py"))
print("tab\there".expandtabs(4), "%", "Straße".upper(), "ǅ".lower())
try:
    t.index("z")
except ValueError as e:
    print("ValueError:", e)
