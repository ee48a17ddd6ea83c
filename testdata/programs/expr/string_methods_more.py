# More str behaviours: split with maxsplit, strip of sets of chars, join of non-strings fails, format of str.
print("a,b,c,d".split(",", 2), "a b c".rsplit(None, 1), "  a  ".split(" "))
print("www.example.com".strip("cmowz."), "xyxxhixy".lstrip("xy"), "hi!!".rstrip("!"))
print("Hello".startswith("ell", 1), "Hello".endswith("ll", 0, 4), "hello".count("l", 3))
print("abc".upper().lower().title(), "a-b_c d".title(), "hello world".title())
print("x".isidentifier(), "1x".isidentifier(), "Ab Cd".istitle(), "ABC".isupper())
print("%-6s|" % "ab", "{:-^9}".format("mid"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(str.upper("abc"), "a".join(["x"]), "".join([]), "ab".find(""), "abc".replace("", "-"))
