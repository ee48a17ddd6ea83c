# Strings index and measure by code point, not byte.
s = "héllo wörld ✓ 日本"
print(len(s), s[1], s[-1], s[12], s[-2:], s[::-1])
print([c for c in "añ✓"], list("日本"))
print(ord("é"), ord("✓"), chr(233), chr(0x65E5), chr(97))
print("日本" + "語", "日本語".find("語"), "ü" in s, s.upper())
print(s[100:], s[3:1], s[-100:2])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("nl\n"), repr("\\"))
print(repr("\x00\x7f\u00ad é"), ascii("é✓"))
