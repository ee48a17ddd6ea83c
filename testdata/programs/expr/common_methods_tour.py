# the common methods of str, list, dict, tuple and set, str.maketrans/translate, and the numeric builtins
s = "  Hello World  "
print(s.strip(), s.lstrip(), s.rstrip(), s.lower(), s.upper(), s.swapcase(), s.casefold())
print(s.split(), "a,b,,c".split(","), "a b c".rsplit(" ", 1), "x\ny\r\nz".splitlines(), "x\ny".splitlines(True))
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "abc".find("c"), "abc".rfind("z"), "abcabc".index("c", 3))
print("-".join(["a", "b"]), "ab".ljust(4, "."), "ab".rjust(4), "{:^9}".format("mid"), "tab\tx".expandtabs(4))
print("42".isdigit(), "4.2".isdecimal(), "abc".isalpha(), "ab1".isalnum(), " ".isspace(), "Ab".istitle(), "AB".isupper(), "x".islower(), "a_1".isidentifier())
print("hello".replace("l", "L", 1), "hello".translate(str.maketrans("el", "ip")), "%s=%d" % ("k", 3), "abc".encode("utf-8"))
print("a{}b{}".format(1, 2), "{:.3e}".format(12345.678), "{:#x}".format(255), "{:08.3f}".format(-3.14159), format(1234.5, ",.1f"))
lst = [5, 3, 8, 1]
lst.sort(); lst.insert(1, 2); lst.extend([9, 9]); lst.remove(9); x = lst.pop(); lst.reverse()
print(lst, x, lst.index(8), lst.count(9), lst.copy() is not lst, lst[::2], lst[1:-1], sum(lst), len(lst))
d = {"b": 2, "a": 1}
d.update(c=3); d.setdefault("d", 4); v = d.pop("a"); d2 = d | {"e": 5}; d |= {"f": 6}
print(d, v, d2, list(d.items())[:2], d.get("zz", "none"), sorted(d), {**d, "b": 0}, d.popitem())
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], tuple(reversed(t)), hash(t) == hash((1, 2, 3, 2)))
st = {1, 2, 3}
st.add(4); st.discard(9); st |= {5}
print(st & {1, 2, 9}, st - {1}, st ^ {1, 10}, st.issubset(range(10)), st.union([7]), sorted(st.difference({2})), 3 in st)
print(list(map(str, range(3))), list(filter(None, [0, 1, "", "a"])), list(enumerate("ab", 1)), dict(zip("ab", range(2))), any([]), all([]))
print(round(3.14159, 2), round(1234, -2), abs(-3), pow(2, 10, 1000), pow(2, -1), max(1, 5, 3), min("b", "a"), chr(65), ord("a"), ascii("é"), repr("it's"))
