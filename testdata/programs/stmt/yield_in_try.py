# yield inside try/except/finally: close() runs finally, throw() hits the handler.
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught thrown", e)
        yield "recovered"
    finally:
        print("cleanup")


g = guarded()
print(next(g))
print(g.throw(ValueError("oops")))
try:
    next(g)
except StopIteration:
    print("stopped")
g = guarded()
print(next(g))
g.close()
print("closed early")
g = guarded()
print(list(g))
