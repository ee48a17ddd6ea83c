package py

var strCases = []tc{
	{"str_repr_quotes", `print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr(""), repr("\\"))`, func() {
		pr(b("repr", "a'b"), b("repr", `a"b`), b("repr", `a'b"c`), b("repr", ""), b("repr", `\`))
	}},
	{"str_repr_escapes", `print(repr("\t\n\r\x00\x1f\x7f\x80\xa0\xad é€😀\u200b\u2028\U0001f600"))`, func() {
		pr(b("repr", "\t\n\r\x00\x1f\x7f\u0080\u00a0\u00ad é€😀\u200b\u2028\U0001f600"))
	}},
	{"str_repr_unicode_letters", `print(repr("日本語 ελληνικά русский"), ascii("日本é"))`, func() {
		pr(b("repr", "日本語 ελληνικά русский"), b("ascii", "日本é"))
	}},
	{"str_index_codepoints", `s = "héllo wörld"; print(s[1], s[-1], s[7], len(s))`, func() {
		s := "héllo wörld"
		pr(m(GetItem(s, 1)), m(GetItem(s, -1)), m(GetItem(s, 7)), b("len", s))
	}},
	{"str_index_error", `print("abc"[5])`, func() { pr(m(GetItem("abc", 5))) }},
	{"str_slice", `s = "héllo wörld"; print(s[1:4], s[::-1], s[::2], s[-3:], s[:100], s[5:2])`, func() {
		s := "héllo wörld"
		pr(m(GetItem(s, sl(1, 4, None))), m(GetItem(s, sl(None, None, -1))), m(GetItem(s, sl(None, None, 2))), m(GetItem(s, sl(-3, None, None))), m(GetItem(s, sl(None, 100, None))), m(GetItem(s, sl(5, 2, None))))
	}},
	{"str_slice_ascii_step", `s = "abcdefghij"; print(s[1:8:3], s[8:1:-2], s[-1:-20:-4])`, func() {
		s := "abcdefghij"
		pr(m(GetItem(s, sl(1, 8, 3))), m(GetItem(s, sl(8, 1, -2))), m(GetItem(s, sl(-1, -20, -4))))
	}},
	{"str_slice_step_zero", `print("abc"[::0])`, func() { pr(m(GetItem("abc", sl(None, None, 0)))) }},
	{"str_split", `print("a b  c".split(), " a b ".split(" "), "a,b,,c".split(","), "a b c d".split(None, 2), "abc".split("b", 0))`, func() {
		pr(cm("a b  c", "split"), cm(" a b ", "split", " "), cm("a,b,,c", "split", ","), cm("a b c d", "split", None, 2), cm("abc", "split", "b", 0))
	}},
	{"str_split_whitespace_kinds", `print("a\tb\nc\x1cd\u3000e  ".split(), "".split(), "".split(","), "  ".split(" "))`, func() {
		pr(cm("a\tb\nc\x1cd\u3000e  ", "split"), cm("", "split"), cm("", "split", ","), cm("  ", "split", " "))
	}},
	{"str_rsplit", `print("a b c d".rsplit(None, 2), "a,b,c".rsplit(",", 1), "  a  b  ".rsplit(maxsplit=1), "abc".rsplit("x"))`, func() {
		pr(cm("a b c d", "rsplit", None, 2), cm("a,b,c", "rsplit", ",", 1), cmk("  a  b  ", "rsplit", nil, kw("maxsplit", 1)), cm("abc", "rsplit", "x"))
	}},
	{"str_split_empty_sep", `print("abc".split(""))`, func() { pr(cm("abc", "split", "")) }},
	{"str_join", `print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(()), "é".join("ab"))`, func() {
		pr(cm("-", "join", L("a", "b", "c")), cm("", "join", "xyz"), cm(", ", "join", T()), cm("é", "join", "ab"))
	}},
	{"str_join_error", `print(",".join(["a", 1]))`, func() { pr(cm(",", "join", L("a", 1))) }},
	{"str_strip_family", `print(repr("  hi \n".strip()), "xxhixx".strip("x"), "  hi ".lstrip(), "  hi  ".rstrip() + "|", "abcba".strip("ab"), "\u3000a\u3000".strip())`, func() {
		pr(b("repr", cm("  hi \n", "strip")), cm("xxhixx", "strip", "x"), cm("  hi ", "lstrip"), m(Add(cm("  hi  ", "rstrip"), "|")), cm("abcba", "strip", "ab"), cm("\u3000a\u3000", "strip"))
	}},
	{"str_replace", `print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "héé".replace("", "|", 2), "abc".replace("x", "y"))`, func() {
		pr(cm("aaaa", "replace", "a", "b"), cm("aaaa", "replace", "a", "b", 2), cm("abc", "replace", "", "-"), cm("héé", "replace", "", "|", 2), cm("abc", "replace", "x", "y"))
	}},
	{"str_find_family", `s = "héllo héllo"; print(s.find("llo"), s.rfind("llo"), s.find("x"), s.find("h", 1), s.find("h", -5), s.index("é"), s.rindex("é"), s.count("l"), s.count(""), s.find("", 20))`, func() {
		s := "héllo héllo"
		pr(cm(s, "find", "llo"), cm(s, "rfind", "llo"), cm(s, "find", "x"), cm(s, "find", "h", 1), cm(s, "find", "h", -5), cm(s, "index", "é"), cm(s, "rindex", "é"), cm(s, "count", "l"), cm(s, "count", ""), cm(s, "find", "", 20))
	}},
	{"str_index_missing", `print("abc".index("z"))`, func() { pr(cm("abc", "index", "z")) }},
	{"str_startswith_endswith", `print("hello".startswith("he"), "hello".startswith(("x", "hel")), "hello".endswith("lo"), "hello".startswith("l", 2), "hello".endswith("l", 0, 4), "".startswith(""))`, func() {
		pr(cm("hello", "startswith", "he"), cm("hello", "startswith", T("x", "hel")), cm("hello", "endswith", "lo"), cm("hello", "startswith", "l", 2), cm("hello", "endswith", "l", 0, 4), cm("", "startswith", ""))
	}},
	{"str_case", `print("Hello World".upper(), "Hello World".lower(), "hello wORLD".title(), "they're bill's".title(), "hELLO".capitalize(), "Hello".swapcase(), "straße".upper(), "ÉCOLE".lower())`, func() {
		pr(cm("Hello World", "upper"), cm("Hello World", "lower"), cm("hello wORLD", "title"), cm("they're bill's", "title"), cm("hELLO", "capitalize"), cm("Hello", "swapcase"), cm("straße", "upper"), cm("ÉCOLE", "lower"))
	}},
	{"str_pad", `print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "ab".ljust(5, "-"), "ab".rjust(5), "abc".center(2), "é".center(4, "·"), "a".center(4))`, func() {
		pr(m(Add(m(Add("[", cm("ab", "center", 7))), "]")), m(Add(m(Add("[", cm("ab", "center", 6, "*"))), "]")), cm("ab", "ljust", 5, "-"), cm("ab", "rjust", 5), cm("abc", "center", 2), cm("é", "center", 4, "·"), cm("a", "center", 4))
	}},
	{"str_zfill", `print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2), "".zfill(3))`, func() {
		pr(cm("42", "zfill", 5), cm("-42", "zfill", 5), cm("+4", "zfill", 4), cm("abc", "zfill", 2), cm("", "zfill", 3))
	}},
	{"str_partition", `print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))`, func() {
		pr(cm("a=b=c", "partition", "="), cm("a=b=c", "rpartition", "="), cm("abc", "partition", "x"), cm("abc", "rpartition", "x"))
	}},
	{"str_splitlines", `print("a\nb\r\nc\rd\x0be\u2028f\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\n\ny".splitlines(keepends=True))`, func() {
		pr(cm("a\nb\r\nc\rd\x0be\u2028f\n", "splitlines"), cm("a\nb\n", "splitlines", true), cm("", "splitlines"), cmk("x\n\ny", "splitlines", nil, kw("keepends", true)))
	}},
	{"str_predicates", `print([(s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace()) for s in ["123", "½", "²", "abc", "a1", " \t", "", "٣"]])`, func() {
		var out []Object
		for _, s := range []string{"123", "½", "²", "abc", "a1", " \t", "", "٣"} {
			out = append(out, T(cm(s, "isdigit"), cm(s, "isdecimal"), cm(s, "isnumeric"), cm(s, "isalpha"), cm(s, "isalnum"), cm(s, "isspace")))
		}
		pr(L(out...))
	}},
	{"str_case_predicates", `print([(s.isupper(), s.islower(), s.istitle()) for s in ["ABC", "abc", "Abc Def", "A1", "1", "Abc def", "ǅ"]], "a_1".isidentifier(), "1a".isidentifier(), "é".isascii())`, func() {
		var out []Object
		for _, s := range []string{"ABC", "abc", "Abc Def", "A1", "1", "Abc def", "ǅ"} {
			out = append(out, T(cm(s, "isupper"), cm(s, "islower"), cm(s, "istitle")))
		}
		pr(L(out...), cm("a_1", "isidentifier"), cm("1a", "isidentifier"), cm("é", "isascii"))
	}},
	{"str_encode", `print("héllo".encode(), "abc".encode("ascii"), "é€".encode("utf-8"), "é".encode("latin-1"), "é?".encode("ascii", "replace"), "é!".encode("ascii", "ignore"))`, func() {
		pr(cm("héllo", "encode"), cm("abc", "encode", "ascii"), cm("é€", "encode", "utf-8"), cm("é", "encode", "latin-1"), cm("é?", "encode", "ascii", "replace"), cm("é!", "encode", "ascii", "ignore"))
	}},
	{"str_encode_error", `print("a€".encode("ascii"))`, func() { pr(cm("a€", "encode", "ascii")) }},
	{"str_concat_repeat", `print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1, repr("é" * 2))`, func() {
		pr(m(Add("ab", "cd")), m(Mul("ab", 3)), m(Mul(3, "x")), m(Mul("ab", 0)), m(Mul("ab", -1)), b("repr", m(Mul("é", 2))))
	}},
	{"str_concat_error", `print("a" + 1)`, func() { pr(m(Add("a", 1))) }},
	{"str_mul_float_error", `print("a" * 1.5)`, func() { pr(m(Mul("a", 1.5))) }},
	{"str_compare", `print("a" < "b", "abc" < "abd", "Z" < "a", "é" > "z", "" < "a", "ab" < "a", "a" == "a", sorted(["b", "A", "a", "é", "B"]))`, func() {
		pr(mb(Lt("a", "b")), mb(Lt("abc", "abd")), mb(Lt("Z", "a")), mb(Gt("é", "z")), mb(Lt("", "a")), mb(Lt("ab", "a")), mb(Eq("a", "a")), b("sorted", L("b", "A", "a", "é", "B")))
	}},
	{"str_compare_error", `print("a" < 1)`, func() { pr(mb(Lt("a", 1))) }},
	{"str_in", `print("ell" in "hello", "x" in "hello", "" in "abc", "é" in "café")`, func() {
		pr(mb(In("ell", "hello")), mb(In("x", "hello")), mb(In("", "abc")), mb(In("é", "café")))
	}},
	{"str_in_error", `print(1 in "abc")`, func() { pr(mb(In(1, "abc"))) }},
	{"str_iter", `print(list("héllo"), [c for c in "ab"])`, func() {
		pr(b("list", "héllo"), b("list", "ab"))
	}},
	{"str_expandtabs", `print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc".expandtabs(2)))`, func() {
		pr(b("repr", cm("a\tbc\td", "expandtabs")), b("repr", cm("a\tb", "expandtabs", 4)), b("repr", cm("ab\n\tc", "expandtabs", 2)))
	}},
	{"str_removeprefix", `print("prefix_x".removeprefix("prefix_"), "abc".removesuffix("bc"), "abc".removeprefix("x"))`, func() {
		pr(cm("prefix_x", "removeprefix", "prefix_"), cm("abc", "removesuffix", "bc"), cm("abc", "removeprefix", "x"))
	}},
	{"str_conversions", `print(str(1), str(1.5), str(None), str(True), str([1, "a"]), str("x"), str(b"ab"), str(2**80))`, func() {
		pr(b("str", 1), b("str", 1.5), b("str", None), b("str", true), b("str", L(1, "a")), b("str", "x"), b("str", Bytes("ab")), b("str", m(Pow(2, 80))))
	}},
	{"str_chr_ord", `print(chr(65), chr(233), chr(128512), ord("A"), ord("€"), ord("😀"))`, func() {
		pr(b("chr", 65), b("chr", 233), b("chr", 128512), b("ord", "A"), b("ord", "€"), b("ord", "😀"))
	}},
	{"str_chr_error", `print(chr(-1))`, func() { pr(b("chr", -1)) }},
	{"str_ord_error", `print(ord("ab"))`, func() { pr(b("ord", "ab")) }},
	{"str_not_subscriptable_assign", `s = "abc"; s[0] = "x"`, func() { chk(SetItem("abc", 0, "x")) }},
	{"str_method_missing", `print("a".foo)`, func() { pr(getattr("a", "foo")) }},
	{"bytes_repr", `print(b"abc", b"a'b", b'a"b', b"\x00\xff\n\t\\", bytes(3), bytes([104, 105]), b"")`, func() {
		pr(Bytes("abc"), Bytes("a'b"), Bytes(`a"b`), Bytes("\x00\xff\n\t\\"), b("bytes", 3), b("bytes", L(104, 105)), Bytes(""))
	}},
	{"bytes_ops", `b = b"hello"; print(b[0], b[1:3], len(b), b + b"!", b * 2, b"ell" in b, 104 in b, list(b"ab"), b.hex(), b.upper())`, func() {
		x := Bytes("hello")
		pr(m(GetItem(x, 0)), m(GetItem(x, sl(1, 3, None))), b("len", x), m(Add(x, Bytes("!"))), m(Mul(x, 2)), mb(In(Bytes("ell"), x)), mb(In(104, x)), b("list", Bytes("ab")), cm(x, "hex"), cm(x, "upper"))
	}},
	{"bytes_decode", `print(b"h\xc3\xa9".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))`, func() {
		pr(cm(Bytes("h\xc3\xa9"), "decode"), cm(Bytes("abc"), "decode", "ascii"), cm(Bytes("\xe9"), "decode", "latin-1"), cm(Bytes("a\xffb"), "decode", "utf-8", "replace"), cm(Bytes("a\xffb"), "decode", "utf-8", "ignore"))
	}},
	{"bytes_decode_error", `print(b"a\xffb".decode())`, func() { pr(cm(Bytes("a\xffb"), "decode")) }},
	{"bytes_str_encoding", `print(bytes("é", "utf-8"), str(b"\xc3\xa9", "utf-8"), b"a,b".split(b","), b"-".join([b"a", b"b"]))`, func() {
		pr(b("bytes", "é", "utf-8"), b("str", Bytes("\xc3\xa9"), "utf-8"), cm(Bytes("a,b"), "split", Bytes(",")), cm(Bytes("-"), "join", L(Bytes("a"), Bytes("b"))))
	}},
	{"bytes_range_error", `print(bytes([256]))`, func() { pr(b("bytes", L(256))) }},
	{"str_format_method", `print("{} and {}".format(1, "a"), "{1}{0}{1}".format("a", "b"), "{x}-{y!r}".format(x=1, y="s"), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}), "{:>5}|{:^7.2f}".format("ab", 3.14159))`, func() {
		pr(cm("{} and {}", "format", 1, "a"), cm("{1}{0}{1}", "format", "a", "b"), cmk("{x}-{y!r}", "format", nil, kw("x", 1), kw("y", "s")), cm("{0[1]} {1[k]}", "format", L(5, 6), D("k", "v")), cm("{:>5}|{:^7.2f}", "format", "ab", 3.14159))
	}},
	{"str_format_braces_nested", `print("{{literal}} {:{w}.{p}f}".format(3.14159, w=10, p=3), "{!a}".format("é"), "{0.real}".format(5))`, func() {
		pr(cmk("{{literal}} {:{w}.{p}f}", "format", []Object{3.14159}, kw("w", 10), kw("p", 3)), cm("{!a}", "format", "é"), cm("{0.real}", "format", 5))
	}},
	{"str_format_index_error", `print("{}{}".format(1))`, func() { pr(cm("{}{}", "format", 1)) }},
	{"str_format_mixed_numbering", `print("{}{0}".format(1))`, func() { pr(cm("{}{0}", "format", 1)) }},
	{"str_format_missing_key", `print("{name}".format(x=1))`, func() { pr(cmk("{name}", "format", nil, kw("x", 1))) }},
	{"str_format_single_brace", `print("a}b".format())`, func() { pr(cm("a}b", "format")) }},
	{"str_unhashable_in_set_error", `print({"a", ["b"]})`, func() { pr(S("a", L("b"))) }},
	{"str_repr_unicode_versions", `print(repr("\u0cf3\U00031350\U0001fae8\u0378\ue000\U000e0001\u00ad\u3000"), "\u0cf3x".isprintable())`, func() {
		pr(b("repr", "\u0cf3\U00031350\U0001fae8\u0378\ue000\U000e0001\u00ad\u3000"), cm("\u0cf3x", "isprintable"))
	}},
}
