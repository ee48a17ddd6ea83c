# json: dumps options and CPython's exact text, loads and its error messages
import json

doc = {"name": "Zoë", "tags": ["a", "b"], "n": 3, "pi": 3.14159, "big": 10 ** 20, "ok": True,
       "none": None, "nested": {"x": [1, 2.0, {"y": []}], "empty": {}}, "esc": 'q"\\\n\t\x01\x7f', "emoji": "😀"}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps((1, 2), indent=None), json.dumps("x"), json.dumps(1e100), json.dumps(0.1 + 0.2), json.dumps(-0.0))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
for bad in [{1, 2}, {(1, 2): 3}, object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda o: {"x": o.x, "y": o.y}))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

text = json.dumps(doc)
back = json.loads(text)
print(back == doc, back["name"], back["emoji"], type(back["pi"]).__name__, type(back["big"]).__name__)
print(json.loads('  {"a": [1, -2.5e3, true, false, null], "b": "\\u00e9\\ud83d\\ude00\\n"}  '))
print(json.loads("[NaN, Infinity, -Infinity, 1E2, 0, -0, 12345678901234567890123]"))
print(json.loads('{"a": 1, "a": 2, "b": 3}'), json.loads(b'[1, 2]'))
for s in ['', '[1,]', '{"a":1,}', '{1:2}', '{"a" 1}', '[1 2]', '"abc', '"a\\qb"', '"\\u12x4"', '[1] x', 'nul',
          '"a\nb"', '-', '1.', '01', '[', '{', '{"a":', '\n\n  x', '{"a": [1, 2}']:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"p": {"x": 1}}', object_hook=lambda d: sorted(d.items())))
