import asyncio

TEXT = """The quick brown fox jumps over the lazy dog.
Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump;   sphinx of black quartz, judge my vow."""


async def analyze(line: str, idx: int) -> dict:
    await asyncio.sleep(0)
    words = [w.strip(".,!;").lower() for w in line.split()]
    return {
        "idx": idx,
        "words": len(words),
        "longest": max(words, key=len),
        "caps": line.title()[:20],
        "vowels": sum(1 for c in line.lower() if c in "aeiou"),
    }


async def main():
    lines = TEXT.splitlines()
    stats = await asyncio.gather(*(analyze(l, i) for i, l in enumerate(lines)))
    for s in stats:
        print(f"{s['idx']:02d} | {s['words']:>3} words | {s['longest']:<10}| {s['caps']!r} | {s['vowels']:#x}")
    s = "  Hello, World  "
    print(s.strip(), s.lstrip(), s.rstrip() + "|", s.center(20, "*"), s.ljust(18, "-"), s.rjust(18))
    print("a,b,,c".split(","), "a b  c".split(), "a-b-c".rsplit("-", 1), "abc".partition("b"))
    print("hello".replace("l", "L", 1), "hello".find("l"), "hello".rfind("l"), "hello".index("e"))
    print("hello".startswith(("he", "x")), "hello".endswith("lo"), "Hello".swapcase(), "hello world".capitalize())
    print("42".zfill(5), "-42".zfill(5), "abc".isalpha(), "123".isdigit(), " ".isspace(), "Ab".isupper())
    print(", ".join(sorted({"b", "a", "c"})), "x".join("abc"), "ab" * 3, "abc"[::-1], "abcdef"[1:5:2])
    print(f"{3.14159:.3f} {2**40:,} {0.25:.1%} {255:08b} {255:o} {255:X} {1e-7:g} {123456789.0:e}")
    print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{'fill':*^10}|{42:+d}|{-42: d}|{3:03}")
    name, val = "pi", 3.14159
    print(f"{name=}, {val=:.2f}, {name!r:>6}, {val!s}")
    print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345))
    print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name}:{v:>5}".format(name="k", v=7))
    print(str(1/3), repr(0.1), 1e16, 1e-5, 123.0, float("inf"), -0.0, 2.5e-3, 1/7 * 1e20)
    print(ord("A"), chr(97), "é".encode(), b"abc".decode(), len("héllo"), "ß".upper(), "İ".lower() == "i̇")
    print("tab\tsep", repr("quote'\"s"), repr("new\nline"), ascii("naïve"), "a\\b")
    print("Hello World".count("o"), "hello".upper().lower(), "title case here".title(), "x".isidentifier())
    print("%-6s|%6s|%06.2f|%x|%r" % ("ab", "cd", 3.14159, 255, "q"))
    print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, "aabbc".translate(str.maketrans("ab", "xy")))
    print("a1b2c3".expandtabs(), "CamelCaseString".casefold(), "  x ".strip() or "empty", "".strip() or "empty")


asyncio.run(main())
