# String literals and operators: escapes, raw strings, concatenation, repetition, adjacency, multiline.
print("tab:\t|", 'single', "double \"quoted\"", 'it\'s', "back\\slash")
print(r"raw \n stays", R"\d+", len("\n"), len(r"\n"))
print("con" "cat" 'enated', "ab" * 3, 3 * "x", "" * 5 == "")
print("""triple
quoted""", '''single
triple''')
print("\u00e9\N{BULLET}\x41\101")
print("a" < "b", "abc" == "a" + "bc", "b" in "abc", "abc"[1], "%s" % "ok")
s = "x"
s = s + "y" * 2 + s
print(s, len(s), s.count("y"))
