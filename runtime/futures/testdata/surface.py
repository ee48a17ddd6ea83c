# The Python surface of concurrent.futures that surface_test.go replays
# through runtime/futures; gen.sh records CPython's output in surface.golden.
import concurrent.futures as cf
import re
import sys


def show(*args):
    print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(a)) for a in args))


def err(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except BaseException as e:
        show("raised", type(e).__module__, type(e).__name__, repr(e))


f = cf.Future()
show(repr(f), f.done(), f.running(), f.cancelled())
err(f.result, timeout=0.01)
err(f.exception, timeout=0)
show(f.set_running_or_notify_cancel(), repr(f), f.running())
show(f.cancel())
f.add_done_callback(lambda g: show("callback 1", repr(g)))
f.add_done_callback(lambda g: show("callback 2", g.result()))
f.set_result(42)
show(repr(f), f.result(), f.exception(), f.done())
f.add_done_callback(lambda g: show("late callback", g.result()))
err(f.set_result, 1)
err(f.set_exception, ValueError("late"))

g = cf.Future()
g.set_exception(ValueError("boom"))
show(repr(g))
err(g.result)
show(repr(g.exception()))

h = cf.Future()
h.add_done_callback(lambda x: show("cancelled callback", x.cancelled()))
show(h.cancel(), h.cancel(), repr(h), h.done(), h.cancelled())
err(h.result)
err(h.exception)
err(h.set_result, 1)
show(h.set_running_or_notify_cancel())
err(h.set_result, 1)

k = cf.Future()
k.set_result(None)
show(repr(k))
k = cf.Future()
k.set_result([1])
show(repr(k))

a, b, c = cf.Future(), cf.Future(), cf.Future()
b.set_result("b")
done, not_done = cf.wait([a, b, c], timeout=0.01)
show(sorted(map(repr, done)), len(not_done))
done, not_done = cf.wait([a, b], return_when=cf.FIRST_COMPLETED)
show(len(done), len(not_done))
c.set_exception(KeyError("k"))
done, not_done = cf.wait([a, c], timeout=5, return_when=cf.FIRST_EXCEPTION)
show(len(done), len(not_done))
err(cf.wait, [a], return_when="bogus")
err(lambda: list(cf.as_completed([a, b, a], timeout=0.01)))
show([repr(x) for x in cf.as_completed([b, c])])

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    show(list(ex.map(pow, [2, 3, 4], [5, 6])))
    it = ex.map(lambda x: 10 // x, [5, 0, 2])
    show(next(it))
    err(next, it)
    fut = ex.submit(pow, 2, 100)
    show(fut.result(), repr(fut))
    fut = ex.submit(sorted, [3, 1, 2], reverse=True)
    show(fut.result())
err(ex.submit, pow, 1, 1)
err(ex.map, abs, [1])
ex.shutdown()
err(cf.ThreadPoolExecutor, 0)
err(cf.ThreadPoolExecutor, max_workers=-1)
err(cf.ProcessPoolExecutor, 0)
show(cf.BrokenExecutor.__mro__)
show(cf.CancelledError.__mro__, cf.TimeoutError is TimeoutError)
show(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
show(cf.Future, cf.ThreadPoolExecutor, cf.ProcessPoolExecutor)
sys.stdout.flush()
