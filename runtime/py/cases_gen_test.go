package py

// fnCoro is a hand-written state machine standing in for compiled code.
type fnCoro struct {
	code   *Code
	resume func(sent Object, thrown *Exc) (Object, Status, *Exc)
}

func (c *fnCoro) Resume(sent Object, thrown *Exc) (Object, Status, *Exc) {
	return c.resume(sent, thrown)
}
func (c *fnCoro) Code() *Code { return c.code }
func (c *fnCoro) Line() int   { return 0 }

// newSeqCoro yields items, then returns ret; an exception thrown in is
// raised at the yield (no handlers).
func newSeqCoro(name string, items []Object, ret Object) *fnCoro {
	return newSeqCoroFinally(name, items, ret, nil)
}

// newSeqCoroFinally is newSeqCoro whose body is wrapped in try/finally
// running fin.
func newSeqCoroFinally(name string, items []Object, ret Object, fin func()) *fnCoro {
	i := 0
	finish := func(v Object, st Status, e *Exc) (Object, Status, *Exc) {
		if fin != nil {
			fin()
		}
		return v, st, e
	}
	return &fnCoro{code: &Code{Name: name, QualName: name, Kind: GeneratorCode}, resume: func(sent Object, thrown *Exc) (Object, Status, *Exc) {
		if thrown != nil {
			return finish(nil, Raised, thrown)
		}
		if i < len(items) {
			i++
			return items[i-1], Yielded, nil
		}
		return finish(ret, Returned, nil)
	}}
}

func agen(name string, items []Object, fin func()) *AsyncGenerator {
	c := newSeqCoroFinally(name, nil, None, fin)
	i := 0
	c.code.Kind = AsyncGeneratorCode
	c.resume = func(sent Object, thrown *Exc) (Object, Status, *Exc) {
		if thrown != nil {
			if fin != nil {
				fin()
			}
			return nil, Raised, thrown
		}
		if i < len(items) {
			i++
			return AsyncGenValue{items[i-1]}, Yielded, nil
		}
		if fin != nil {
			fin()
		}
		return None, Returned, nil
	}
	return NewAsyncGenerator(c)
}

// driveOnce is "aw.send(None)" on an awaitable that completes at once:
// it prints the value of the StopIteration or the exception raised.
func driveOnce(aw Awaiter) {
	v, st, e := aw.Resume(nil, nil)
	switch st {
	case Returned:
		pr("value", v)
	case Raised:
		pr("raised", ExcLastLine(e))
	default:
		pr("suspended", v)
	}
}

var genCases = []tc{
	{"gen_iteration_finally", `def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
print(list(g()))
for x in g():
    print("item", x)`, func() {
		fin := func() { pr("cleanup") }
		pr(b("list", NewGenerator(newSeqCoroFinally("g", []Object{1, 2}, None, fin))))
		it := NewGenerator(newSeqCoroFinally("g", []Object{1, 2}, None, fin))
		for {
			x, ok, e := it.Next()
			chk(e)
			if !ok {
				break
			}
			pr("item", x)
		}
	}},
	{"gen_send_echo", `def echo():
    x = yield "ready"
    while True:
        x = yield f"got {x}"
e = echo(); print(next(e), e.send(1), e.send("two"), e.send(None))`, func() {
		started := false
		c := &fnCoro{code: &Code{Name: "echo", QualName: "echo", Kind: GeneratorCode}, resume: func(sent Object, thrown *Exc) (Object, Status, *Exc) {
			if thrown != nil {
				return nil, Raised, thrown
			}
			if !started {
				started = true
				return "ready", Yielded, nil
			}
			return "got " + fv(sent, 0, ""), Yielded, nil
		}}
		g := NewGenerator(c)
		pr(b("next", g), cm(g, "send", 1), cm(g, "send", "two"), cm(g, "send", None))
	}},
	{"gen_send_non_none_first", `def g():
    yield 1
g().send(5)`, func() { cm(NewGenerator(newSeqCoro("g", []Object{1}, None)), "send", 5) }},
	{"gen_throw_caught", `def g():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("caught", e)
it = g(); print(next(it)); print(it.throw(ValueError("bad"))); print(it.throw(ValueError))`, func() {
		c := &fnCoro{code: &Code{Name: "g", QualName: "g", Kind: GeneratorCode}, resume: func(sent Object, thrown *Exc) (Object, Status, *Exc) {
			if thrown != nil {
				if !thrown.Matches(ValueError) {
					return nil, Raised, thrown
				}
				pr("caught", thrown)
			}
			return "ok", Yielded, nil
		}}
		it := NewGenerator(c)
		pr(b("next", it))
		pr(cm(it, "throw", NewExc(ValueError, "bad")))
		pr(cm(it, "throw", ValueError))
	}},
	{"gen_throw_uncaught", `def g():
    yield 1
it = g(); next(it); it.throw(KeyError("x"))`, func() {
		it := NewGenerator(newSeqCoro("g", []Object{1}, None))
		b("next", it)
		cm(it, "throw", NewExc(KeyError, "x"))
	}},
	{"gen_close_runs_finally", `def g():
    try:
        yield 1
        yield 2
    finally:
        print("closing")
it = g(); print(next(it)); it.close(); it.close(); print(next(it, "exhausted")); g().close(); print("unstarted closed quietly")`, func() {
		fin := func() { pr("closing") }
		it := NewGenerator(newSeqCoroFinally("g", []Object{1, 2}, None, fin))
		pr(b("next", it))
		cm(it, "close")
		cm(it, "close")
		pr(b("next", it, "exhausted"))
		cm(NewGenerator(newSeqCoroFinally("g", []Object{1, 2}, None, fin)), "close")
		pr("unstarted closed quietly")
	}},
	{"gen_ignored_generatorexit", `def g():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
it = g(); next(it); it.close()`, func() {
		c := &fnCoro{code: &Code{Name: "g", QualName: "g", Kind: GeneratorCode}, resume: func(sent Object, thrown *Exc) (Object, Status, *Exc) {
			if thrown != nil {
				if !thrown.Matches(GeneratorExit) {
					return nil, Raised, thrown
				}
				pr("ignoring")
			}
			return 1, Yielded, nil
		}}
		it := NewGenerator(c)
		b("next", it)
		cm(it, "close")
	}},
	{"gen_raises_stopiteration", `def g():
    yield 1
    raise StopIteration("inner")
list(g())`, func() {
		n := 0
		c := &fnCoro{code: &Code{Name: "g", QualName: "g", Kind: GeneratorCode}, resume: func(sent Object, thrown *Exc) (Object, Status, *Exc) {
			n++
			if n == 1 {
				return 1, Yielded, nil
			}
			return nil, Raised, NewExc(StopIteration, "inner")
		}}
		b("list", NewGenerator(c))
	}},
	{"gen_repr_and_type", `def gen():
    yield 1
g = gen(); print(repr(g).startswith("<generator object gen at 0x"), type(g).__name__, iter(g) is g, sum(gen()))`, func() {
		g := NewGenerator(newSeqCoro("gen", []Object{1}, None))
		pr(cm(b("repr", g), "startswith", "<generator object gen at 0x"), getattr(b("type", g), "__name__"), Is(b("iter", g), g), b("sum", NewGenerator(newSeqCoro("gen", []Object{1}, None))))
	}},
	{"agen_manual_drive", `async def ag():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")
a = ag()
for _ in range(3):
    try:
        a.__anext__().send(None)
    except StopIteration as e:
        print("value", e.value)
    except StopAsyncIteration:
        print("raised StopAsyncIteration")
print(type(a).__name__, repr(a).startswith("<async_generator object ag at"))`, func() {
		a := agen("ag", []Object{1, 2}, func() { pr("agen cleanup") })
		for i := 0; i < 3; i++ {
			driveOnce(a.ANext())
		}
		pr(getattr(b("type", a), "__name__"), cm(b("repr", a), "startswith", "<async_generator object ag at"))
	}},
	{"agen_aclose_athrow", `async def ag():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")
a = ag()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
try:
    a.aclose().send(None)
except StopIteration as e:
    print("value", e.value)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("raised StopAsyncIteration")
b = ag()
try:
    b.athrow(ValueError("x")).send(None)
except ValueError as e:
    print("raised ValueError:", e)`, func() {
		fin := func() { pr("agen cleanup") }
		a := agen("ag", []Object{1, 2}, fin)
		driveOnce(a.ANext())
		driveOnce(a.AClose())
		driveOnce(a.ANext())
		bg := agen("ag", []Object{1, 2}, fin)
		v, st, e := bg.AThrow(NewExc(ValueError, "x")).Resume(nil, nil)
		if st == Raised {
			pr("raised ValueError:", e)
		} else {
			pr(v)
		}
	}},
}
