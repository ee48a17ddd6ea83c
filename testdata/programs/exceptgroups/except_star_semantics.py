# except* splitting, re-raising and wrapping naked exceptions; ExceptionGroup construction, str and repr
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), str(e))

def a():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError(2)
def b():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
def c():
    try:
        raise ValueError(1)
    except* TypeError:
        pass
def d():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [TypeError(2), ValueError(3)])])
    except* ValueError as g:
        print("matched", repr(g))
        raise RuntimeError("new")
def e():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* Exception as g:
        print("all", repr(g))
def f2():
    try:
        raise BaseExceptionGroup("b", [ValueError(1)])
    except* ExceptionGroup:
        pass
def g3():
    print(repr(BaseExceptionGroup("x", [KeyboardInterrupt()])), str(ExceptionGroup("y", (ValueError(),))))
    try:
        ExceptionGroup("z", [])
    except ValueError as e:
        print(e)
for fn in [a, b, c, d, e, f2, g3]:
    show(fn)
