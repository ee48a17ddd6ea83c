eg = ExceptionGroup("top", [
    ValueError("v1"),
    ExceptionGroup("mid", [TypeError("t1"), ValueError("v2")]),
    KeyError("k"),
])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup((TypeError, KeyError))))
print(eg.subgroup(OSError), eg.split(Exception)[1], eg.split(Exception)[0] is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
print(repr(eg.split(lambda e: "1" in str(e))[0]))
print(repr(eg.derive([OSError("o")])))
try:
    eg.split(42)
except TypeError as e:
    print("TypeError:", e)
try:
    eg.subgroup(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    raise eg
except* ValueError as g:
    print("values:", [str(x) for x in g.exceptions])
except* (TypeError, KeyError) as g:
    print("others:", repr(g))
