# assert passes silently when true and raises AssertionError (with its message) when false.
assert 1 + 1 == 2
assert [1], "non-empty list is true"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("bare AssertionError args:", e.args)
calls = []


def msg():
    calls.append("msg")
    return "lazy"


assert True, msg()
print("message evaluated only on failure:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
