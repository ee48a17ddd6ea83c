package pymod

import "github.com/asyncgen/asyncgen/runtime/py"

// Contextlib is the contextlib module: contextmanager and
// asynccontextmanager (context managers written as generators), suppress,
// nullcontext, closing and aclosing. ExitStack, AsyncExitStack and the
// stream redirections are absent.
var Contextlib = &py.Module{Name: "contextlib", Attrs: map[string]py.Object{}}

// contextlibFile stands for CPython's contextlib.py in tracebacks, at the
// install location asyncio's frames use; the line numbers are those of
// CPython 3.11.7.
const contextlibFile = "/usr/local/lib/python3.11/contextlib.py"

// Frames of contextlib.py that an exception raised by a generator
// context manager passes through, and the lines they quote.
var (
	enterFrame  = py.Frame{File: contextlibFile, Line: 137, Func: "__enter__"}
	exitFrame   = py.Frame{File: contextlibFile, Line: 144, Func: "__exit__"}
	throwFrame  = py.Frame{File: contextlibFile, Line: 158, Func: "__exit__"}
	aenterFrame = py.Frame{File: contextlibFile, Line: 210, Func: "__aenter__"}
	aexitFrame  = py.Frame{File: contextlibFile, Line: 217, Func: "__aexit__"}
	athrowFrame = py.Frame{File: contextlibFile, Line: 231, Func: "__aexit__"}
)

var contextlibLines = map[int]string{
	137: "return next(self.gen)",
	144: "next(self.gen)",
	158: "self.gen.throw(typ, value, traceback)",
	210: "return await anext(self.gen)",
	217: "await anext(self.gen)",
	231: "await self.gen.athrow(typ, value, traceback)",
}

// The classes of the objects contextlib's functions return.
var (
	GeneratorCMClass      = py.NewClass("_GeneratorContextManager", "contextlib", py.ObjectClass)
	AsyncGeneratorCMClass = py.NewClass("_AsyncGeneratorContextManager", "contextlib", py.ObjectClass)
	SuppressClass         = py.NewClass("suppress", "contextlib", py.ObjectClass)
	NullContextClass      = py.NewClass("nullcontext", "contextlib", py.ObjectClass)
	ClosingClass          = py.NewClass("closing", "contextlib", py.ObjectClass)
	AClosingClass         = py.NewClass("aclosing", "contextlib", py.ObjectClass)
)

// initContextlib fills the module in on its first import (see Import).
func initContextlib() {
	py.RegisterSourceFunc(contextlibFile, func() string {
		text := make([]byte, 0, 2048)
		for n := 1; n <= 231; n++ {
			text = append(text, contextlibLines[n]...)
			text = append(text, '\n')
		}
		return string(text)
	})
	a := Contextlib.Attrs
	a["contextmanager"] = fn("contextlib", "contextmanager", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return generatorCMFactory("contextmanager", args, kw, newGeneratorCM)
	})
	a["asynccontextmanager"] = fn("contextlib", "asynccontextmanager", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return generatorCMFactory("asynccontextmanager", args, kw, newAsyncGeneratorCM)
	})
	initGeneratorCM()
	initAsyncGeneratorCM()
	initSimpleCMs()
	a["suppress"] = SuppressClass
	a["nullcontext"] = NullContextClass
	a["closing"] = ClosingClass
	a["aclosing"] = AClosingClass
}

// generatorCMFactory is contextmanager(func) and asynccontextmanager(func):
// a function, with func's name and docstring, whose calls build the
// context manager around the generator func returns.
func generatorCMFactory(name string, args []py.Object, kw []py.Kwarg, mk func(gen py.Object) (py.Object, *py.Exc)) (py.Object, *py.Exc) {
	if e := argN(name, args, kw, 1, 1); e != nil {
		return nil, e
	}
	f := args[0]
	helper := fn("contextlib", "helper", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		gen, e := py.Call(f, args, kw)
		if e != nil {
			return nil, e
		}
		return mk(gen)
	})
	helper.Builtin = false // binds as a method, like CPython's Python-level helper
	return updateWrapper(helper, f)
}

// generatorCM is a contextlib._GeneratorContextManager.
type generatorCM struct{ gen *py.Generator }

// Type implements py.Typed.
func (*generatorCM) Type() *py.Class { return GeneratorCMClass }

func newGeneratorCM(gen py.Object) (py.Object, *py.Exc) {
	g, ok := gen.(*py.Generator)
	if !ok {
		return nil, py.Errorf(py.TypeError, "'%s' object is not an iterator", py.TypeName(gen))
	}
	return &generatorCM{gen: g}, nil
}

func initGeneratorCM() {
	py.DefineMethod(GeneratorCMClass, "__enter__", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		v, more, e := self.(*generatorCM).gen.Next()
		switch {
		case e != nil:
			e.AddFrame(enterFrame)
			return nil, e
		case !more:
			r := py.Errorf(py.RuntimeError, "generator didn't yield")
			r.SuppressContext = true
			return nil, r
		}
		return v, nil
	})
	py.DefineMethod(GeneratorCMClass, "__exit__", []string{"typ", "value", "traceback"}, 3, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		return self.(*generatorCM).exit(a[0], a[1])
	})
}

// exit is __exit__: it resumes the generator after its yield, normally or
// by throwing the exception the with body raised into it, and says
// whether that exception is suppressed.
func (cm *generatorCM) exit(typ, value py.Object) (py.Object, *py.Exc) {
	if typ == py.Object(py.None) {
		_, more, e := cm.gen.Next()
		switch {
		case e != nil:
			e.AddFrame(exitFrame)
			return nil, e
		case more:
			return nil, py.Errorf(py.RuntimeError, "generator didn't stop")
		}
		return false, nil
	}
	exc, e := exceptionValue(typ, value)
	if e != nil {
		return nil, e
	}
	depth := len(exc.Traceback)
	_, e = cm.gen.Throw(exc)
	if e == nil {
		return nil, py.Errorf(py.RuntimeError, "generator didn't stop after throw()")
	}
	return thrownBack(e, exc, depth, throwFrame, py.StopIteration)
}

// exceptionValue is the exception an __exit__ was given: value, or an
// instance of typ when value is None.
func exceptionValue(typ, value py.Object) (*py.Exc, *py.Exc) {
	if exc, ok := value.(*py.Exc); ok {
		return exc, nil
	}
	v, e := py.Call(typ, nil, nil)
	if e != nil {
		return nil, e
	}
	exc, ok := v.(*py.Exc)
	if !ok {
		return nil, py.Errorf(py.TypeError, "exceptions must derive from BaseException")
	}
	return exc, nil
}

// thrownBack decides what __exit__ (or __aexit__) does once exc, thrown
// into the generator, ended it with e. A generator that finished (stop is
// StopIteration, or StopAsyncIteration for an async one) suppresses exc
// unless exc is that very stop exception; one that let exc through (or
// turned a stop exception into RuntimeError) does not suppress it, and exc
// keeps the traceback it had (depth frames); any other exception
// propagates, through the contextlib frame fr.
func thrownBack(e, exc *py.Exc, depth int, fr py.Frame, stop *py.Class) (py.Object, *py.Exc) {
	switch {
	case e.Matches(stop):
		return e != exc, nil
	case e == exc,
		e.Matches(py.RuntimeError) && e.Cause == exc && (exc.Matches(py.StopIteration) || exc.Matches(stop)):
		exc.Traceback = exc.Traceback[:depth]
		return false, nil
	}
	e.AddFrame(fr)
	return nil, e
}

// asyncGeneratorCM is a contextlib._AsyncGeneratorContextManager.
type asyncGeneratorCM struct{ gen *py.AsyncGenerator }

// Type implements py.Typed.
func (*asyncGeneratorCM) Type() *py.Class { return AsyncGeneratorCMClass }

func newAsyncGeneratorCM(gen py.Object) (py.Object, *py.Exc) {
	g, ok := gen.(*py.AsyncGenerator)
	if !ok {
		return nil, py.Errorf(py.TypeError, "'%s' object is not an async iterator", py.TypeName(gen))
	}
	return &asyncGeneratorCM{gen: g}, nil
}

func initAsyncGeneratorCM() {
	py.DefineMethod(AsyncGeneratorCMClass, "__aenter__", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return &thenAwaiter{inner: self.(*asyncGeneratorCM).gen.ANext(), then: func(v py.Object, e *py.Exc) (py.Object, *py.Exc) {
			if e == nil {
				return v, nil
			}
			if e.Matches(py.StopAsyncIteration) {
				r := py.Errorf(py.RuntimeError, "generator didn't yield")
				r.SuppressContext = true
				return nil, r
			}
			e.AddFrame(aenterFrame)
			return nil, e
		}}, nil
	})
	py.DefineMethod(AsyncGeneratorCMClass, "__aexit__", []string{"typ", "value", "traceback"}, 3, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		return self.(*asyncGeneratorCM).aexit(a[0], a[1])
	})
}

// aexit is __aexit__: the awaitable that resumes the generator after its
// yield (see generatorCM.exit).
func (cm *asyncGeneratorCM) aexit(typ, value py.Object) (py.Object, *py.Exc) {
	if typ == py.Object(py.None) {
		return &thenAwaiter{inner: cm.gen.ANext(), then: func(_ py.Object, e *py.Exc) (py.Object, *py.Exc) {
			switch {
			case e == nil:
				return nil, py.Errorf(py.RuntimeError, "generator didn't stop")
			case e.Matches(py.StopAsyncIteration):
				return false, nil
			}
			e.AddFrame(aexitFrame)
			return nil, e
		}}, nil
	}
	exc, e := exceptionValue(typ, value)
	if e != nil {
		return nil, e
	}
	depth := len(exc.Traceback)
	return &thenAwaiter{inner: cm.gen.AThrow(exc), then: func(_ py.Object, e *py.Exc) (py.Object, *py.Exc) {
		if e == nil {
			return nil, py.Errorf(py.RuntimeError, "generator didn't stop after athrow()")
		}
		return thrownBack(e, exc, depth, athrowFrame, py.StopAsyncIteration)
	}}, nil
}

// thenAwaiter awaits inner and then maps its outcome (a value, or the
// exception it raised) through then.
type thenAwaiter struct {
	inner py.Awaiter
	then  func(v py.Object, e *py.Exc) (py.Object, *py.Exc)
	done  bool
}

// Resume implements py.Awaiter.
func (t *thenAwaiter) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if t.done {
		return nil, py.Raised, py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	v, st, e := t.inner.Resume(sent, thrown)
	if st == py.Yielded {
		return v, st, nil
	}
	t.done = true
	r, e := t.then(v, e)
	if e != nil {
		return nil, py.Raised, e
	}
	return r, py.Returned, nil
}

// readyAwaiter is an awaitable that finishes at once with its value.
type readyAwaiter struct{ v py.Object }

// Resume implements py.Awaiter.
func (r readyAwaiter) Resume(py.Object, *py.Exc) (py.Object, py.Status, *py.Exc) {
	return r.v, py.Returned, nil
}

// simpleCM is an instance of suppress, nullcontext, closing or aclosing.
type simpleCM struct {
	cls  *py.Class
	args []py.Object // suppress: the exception classes; the others: the one object
}

// Type implements py.Typed.
func (cm *simpleCM) Type() *py.Class { return cm.cls }

func initSimpleCMs() {
	py.DefineConstructor(SuppressClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "suppress() got an unexpected keyword argument '%s'", kw[0].Name)
		}
		return &simpleCM{cls: SuppressClass, args: append([]py.Object(nil), args...)}, nil
	})
	oneArg := func(cls *py.Class, param string, required int) {
		py.DefineConstructor(cls, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			a, e := py.BindArgs(cls.Name, args, kw, []string{param}, required)
			if e != nil {
				return nil, e
			}
			if a[0] == nil {
				a[0] = py.None
			}
			return &simpleCM{cls: cls, args: a}, nil
		})
	}
	oneArg(NullContextClass, "enter_result", 0)
	oneArg(ClosingClass, "thing", 1)
	oneArg(AClosingClass, "thing", 1)
	self := func(o py.Object) *simpleCM { return o.(*simpleCM) }
	varExit := func(cls *py.Class, name string, f func(cm *simpleCM, args []py.Object) (py.Object, *py.Exc)) {
		py.DefineVarMethod(cls, name, func(o py.Object, args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
			return f(self(o), args)
		})
	}
	py.DefineMethod(SuppressClass, "__enter__", nil, 0, func(py.Object, []py.Object) (py.Object, *py.Exc) { return py.None, nil })
	varExit(SuppressClass, "__exit__", func(cm *simpleCM, args []py.Object) (py.Object, *py.Exc) {
		if len(args) < 2 || args[0] == py.Object(py.None) {
			return false, nil
		}
		return py.IsInstance(args[1], py.Tuple(cm.args))
	})
	py.DefineMethod(NullContextClass, "__enter__", nil, 0, func(o py.Object, _ []py.Object) (py.Object, *py.Exc) { return self(o).args[0], nil })
	varExit(NullContextClass, "__exit__", func(*simpleCM, []py.Object) (py.Object, *py.Exc) { return py.None, nil })
	py.DefineMethod(NullContextClass, "__aenter__", nil, 0, func(o py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return readyAwaiter{self(o).args[0]}, nil
	})
	varExit(NullContextClass, "__aexit__", func(*simpleCM, []py.Object) (py.Object, *py.Exc) { return readyAwaiter{py.None}, nil })
	py.DefineMethod(ClosingClass, "__enter__", nil, 0, func(o py.Object, _ []py.Object) (py.Object, *py.Exc) { return self(o).args[0], nil })
	varExit(ClosingClass, "__exit__", func(cm *simpleCM, _ []py.Object) (py.Object, *py.Exc) {
		_, e := py.CallMethod(cm.args[0], "close", nil, nil)
		return py.None, e
	})
	py.DefineMethod(AClosingClass, "__aenter__", nil, 0, func(o py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return readyAwaiter{self(o).args[0]}, nil
	})
	varExit(AClosingClass, "__aexit__", func(cm *simpleCM, _ []py.Object) (py.Object, *py.Exc) {
		r, e := py.CallMethod(cm.args[0], "aclose", nil, nil)
		if e != nil {
			return nil, e
		}
		aw, ok := r.(py.Awaiter)
		if !ok {
			return nil, py.Errorf(py.TypeError, "object %s can't be used in 'await' expression", py.TypeName(r))
		}
		return &thenAwaiter{inner: aw, then: func(_ py.Object, e *py.Exc) (py.Object, *py.Exc) { return py.None, e }}, nil
	})
}
