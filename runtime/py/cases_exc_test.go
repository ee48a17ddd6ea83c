package py

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func frames(e *Exc, fs ...Frame) *Exc {
	for _, f := range fs {
		e.AddFrame(f)
	}
	return e
}

// printTB is print("".join(traceback.format_exception(e)), end="").
func printTB(e *Exc) { prk([]Object{FormatTraceback(e)}, kw("end", "")) }

var excCases = []tc{
	{"exc_str_repr_args", `for e in [ValueError(), ValueError("a"), ValueError("a", 1), KeyError("k"), KeyError(), KeyError(1, 2), IndexError(5), StopIteration(3), OSError(2, "No such file")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)`, func() {
		for _, e := range []*Exc{NewExc(ValueError), NewExc(ValueError, "a"), NewExc(ValueError, "a", 1), NewExc(KeyError, "k"), NewExc(KeyError), NewExc(KeyError, 1, 2), NewExc(IndexError, 5), NewExc(StopIteration, 3), m(Call(OSError, []Object{2, "No such file"}, nil)).(*Exc)} {
			pr(getattr(b("type", e), "__name__"), b("repr", b("str", e)), b("repr", e), getattr(e, "args"))
		}
	}},
	{"exc_hierarchy_matching", `names = []
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, UnicodeDecodeError, TimeoutError, ModuleNotFoundError, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit, NotImplementedError, BrokenPipeError]:
    names.append((cls.__name__, issubclass(cls, Exception), issubclass(cls, ArithmeticError), issubclass(cls, LookupError), issubclass(cls, OSError), issubclass(cls, RuntimeError), issubclass(cls, ValueError)))
print(names)`, func() {
		var names []Object
		for _, cls := range []*Class{ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, UnicodeDecodeError, TimeoutError, ModuleNotFoundError, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit, NotImplementedError, BrokenPipeError} {
			names = append(names, T(getattr(cls, "__name__"), b("issubclass", cls, Exception), b("issubclass", cls, ArithmeticError), b("issubclass", cls, LookupError), b("issubclass", cls, OSError), b("issubclass", cls, RuntimeError), b("issubclass", cls, ValueError)))
		}
		pr(L(names...))
	}},
	{"exc_user_class", `class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound("missing thing", 404)
except AppError as e:
    print(type(e).__name__, e, repr(e), e.code, e.args, isinstance(e, Exception), isinstance(e, LookupError))
print(NotFound.__mro__ if False else [c.__name__ for c in (NotFound, AppError, Exception)])`, func() {
		AppError := NewClass("AppError", "__main__", Exception)
		initFn := pyfunc("__init__", &Signature{Params: []string{"self", "msg", "code"}}, func(a []Object) Object {
			m(CallMethod(NewSuper(AppError, a[0]), "__init__", []Object{a[1]}, nil))
			chk(SetAttr(a[0], "code", a[2]))
			return nil
		})
		initFn.QualName = "AppError.__init__"
		AppError.SetMethod("__init__", initFn)
		NotFound := NewClass("NotFound", "__main__", AppError)
		e, _ := m(Call(NotFound, []Object{"missing thing", 404}, nil)).(*Exc)
		if e.Matches(AppError) {
			pr(getattr(b("type", e), "__name__"), e, b("repr", e), getattr(e, "code"), getattr(e, "args"), b("isinstance", e, Exception), b("isinstance", e, LookupError))
		}
		pr(L("NotFound", "AppError", "Exception"))
	}},
	{"exc_user_class_uncaught_last_line", `class Boom(Exception): pass
raise Boom("bad")`, func() { panic(raised{m(Call(NewClass("Boom", "__main__", Exception), []Object{"bad"}, nil)).(*Exc)}) }},
	{"exc_user_str_override", `class E(Exception):
    def __str__(self): return "custom message"
try:
    raise E(1, 2)
except E as e:
    print(e, repr(e), e.args)`, func() {
		E := NewClass("E", "__main__", Exception)
		def(E, "__str__", []string{"self"}, func(a []Object) Object { return "custom message" })
		e := m(Call(E, []Object{1, 2}, nil))
		pr(e, b("repr", e), getattr(e, "args"))
	}},
	{"exc_traceback_frames", `import traceback
def inner():
    raise ValueError("boom")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")`, func() {
		e := frames(NewExc(ValueError, "boom"), Frame{"<case>", 3, "inner"}, Frame{"<case>", 5, "outer"}, Frame{"<case>", 7, "<module>"})
		printTB(e)
	}},
	{"exc_traceback_cause", `import traceback
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)`, func() {
		k := frames(NewExc(KeyError, "k"), Frame{"<case>", 4, "<module>"})
		r := NewExc(RuntimeError, "wrapped")
		r.Cause, r.Context, r.SuppressContext = k, k, true
		r.AddFrame(Frame{"<case>", 6, "<module>"})
		printTB(r)
		pr(getattr(b("type", getattr(r, "__cause__")), "__name__"), getattr(r, "__suppress_context__"), Is(getattr(r, "__context__"), getattr(r, "__cause__")))
	}},
	{"exc_traceback_context", `import traceback
def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
try:
    handler()
except IndexError as e:
    print("".join(traceback.format_exception(e)), end="")`, func() {
		z := frames(NewExc(ZeroDivisionError, "division by zero"), Frame{"<case>", 4, "handler"})
		ie := NewExc(IndexError, "list index out of range")
		ie.Context = z
		frames(ie, Frame{"<case>", 6, "handler"}, Frame{"<case>", 8, "<module>"})
		printTB(ie)
	}},
	{"exc_traceback_from_none", `import traceback
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
except TypeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)`, func() {
		v := frames(NewExc(ValueError, "invalid literal for int() with base 10: 'x'"), Frame{"<case>", 4, "<module>"})
		t := NewExc(TypeError, "clean")
		t.Context, t.SuppressContext = v, true
		t.AddFrame(Frame{"<case>", 6, "<module>"})
		printTB(t)
		pr(getattr(t, "__cause__"), getattr(t, "__suppress_context__"), getattr(b("type", getattr(t, "__context__")), "__name__"))
	}},
	{"exc_traceback_source_lines", `import linecache, traceback
src = "def f(x):\n    if x:\n        raise KeyError(x)\n\nf('key')\n"
linecache.cache["app.py"] = (len(src), None, src.splitlines(True), "app.py")
try:
    exec(compile(src, "app.py", "exec"), {})
except KeyError as e:
    print("".join(traceback.format_exception(e)[:1] + traceback.format_exception(e)[2:]), end="")`, func() {
		RegisterSource("app.py", "def f(x):\n    if x:\n        raise KeyError(x)\n\nf('key')\n")
		e := frames(NewExc(KeyError, "key"), Frame{"app.py", 3, "f"}, Frame{"app.py", 5, "<module>"})
		printTB(e)
	}},
	{"exc_notes", `import traceback
e = ValueError("v")
e.add_note("first note")
e.add_note("second")
print("".join(traceback.format_exception(e)), end="")`, func() {
		e := NewExc(ValueError, "v")
		cm(e, "add_note", "first note")
		cm(e, "add_note", "second")
		printTB(e)
	}},
	{"exc_empty_message_last_line", `import traceback
print("".join(traceback.format_exception_only(StopIteration())), "".join(traceback.format_exception_only(KeyError(""))), end="")`, func() {
		prk([]Object{ExcLastLine(NewExc(StopIteration)) + "\n", ExcLastLine(NewExc(KeyError, "")) + "\n"}, kw("end", ""))
	}},
	{"exc_group_traceback_nested", `import traceback
def fail(i):
    raise ValueError(i)
def collect():
    errs = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errs.append(e)
    try:
        {}["k"]
    except KeyError as k:
        errs.append(ExceptionGroup("inner", [k]))
    raise ExceptionGroup("outer", errs)
try:
    collect()
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)), end="")`, func() {
		var errs []*Exc
		for i := 0; i < 2; i++ {
			errs = append(errs, frames(NewExc(ValueError, i), Frame{"<case>", 3, "fail"}, Frame{"<case>", 8, "collect"}))
		}
		k := frames(NewExc(KeyError, "k"), Frame{"<case>", 12, "collect"})
		errs = append(errs, NewExceptionGroup("inner", []*Exc{k}))
		outer := frames(NewExceptionGroup("outer", errs), Frame{"<case>", 15, "collect"}, Frame{"<case>", 17, "<module>"})
		printTB(outer)
	}},
	{"exc_group_traceback_wide_chained", `import traceback
subs = []
for i in range(17):
    subs.append(OSError(i))
try:
    try:
        int("z")
    except ValueError as v:
        raise KeyError("m") from v
except KeyError as k:
    subs[0] = k
print("".join(traceback.format_exception(BaseExceptionGroup("wide", subs))), end="")`, func() {
		subs := make([]*Exc, 17)
		for i := range subs {
			subs[i] = NewExc(OSError, i)
		}
		v := frames(NewExc(ValueError, "invalid literal for int() with base 10: 'z'"), Frame{"<case>", 7, "<module>"})
		k := frames(NewExc(KeyError, "m"), Frame{"<case>", 9, "<module>"})
		k.Cause, k.Context, k.SuppressContext = v, v, true
		subs[0] = k
		printTB(NewExceptionGroup("wide", subs))
	}},
	{"exc_systemexit_code_attr", `for args in [(), (3,), ("msg",), (None,), (1, 2)]:
    print(repr(SystemExit(*args).code))`, func() {
		for _, args := range [][]Object{{}, {3}, {"msg"}, {None}, {1, 2}} {
			pr(b("repr", getattr(m(Call(SystemExit, args, nil)), "code")))
		}
	}},
	{"exc_stopiteration_value", `def g():
    yield 1
    return "result"
it = g(); next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)`, func() {
		g := NewGenerator(newSeqCoro("g", []Object{1}, "result"))
		b("next", g)
		_, e := NextBuiltin(g)
		pr(b("repr", getattr(e, "value")), getattr(e, "args"))
	}},
	{"exc_raise_non_exception", `raise 5`, func() {
		_, e := ToExc(5, nil)
		panic(raised{e})
	}},
	{"exc_raise_class", `raise ValueError`, func() {
		e, _ := ToExc(ValueError, nil)
		panic(raised{e})
	}},
	{"exc_os_error_str", `print(str(FileNotFoundError(2, "No such file or directory", "x.txt")), str(OSError("plain")), FileNotFoundError(2, "No such file or directory").errno)`, func() {
		pr(b("str", m(Call(FileNotFoundError, []Object{2, "No such file or directory", "x.txt"}, nil))), b("str", m(Call(OSError, []Object{"plain"}, nil))), getattr(m(Call(FileNotFoundError, []Object{2, "No such file or directory"}, nil)), "errno"))
	}},
	{"exc_inherited_str", `class Base(Exception):
    def __str__(self): return "base says " + repr(self.args)
class Child(Base): pass
try:
    raise Child(1)
except Base as e:
    print(e, repr(e))`, func() {
		Base := NewClass("Base", "__main__", Exception)
		def(Base, "__str__", []string{"self"}, func(a []Object) Object { return m(Add("base says ", b("repr", getattr(a[0], "args")))) })
		Child := NewClass("Child", "__main__", Base)
		e := m(Call(Child, []Object{1}, nil))
		pr(e, b("repr", e))
	}},
}

// exitCases run as whole scripts: their golden stdout, stderr and exit
// status come from running python3 on the snippet as a file (exits.json).
var exitCases = []tc{
	{"exit_uncaught_traceback", `def f():
    raise ValueError("boom")

print("out")
f()
`, func() {
		pr("out")
		panic(raised{frames(NewExc(ValueError, "boom"), Frame{"/TMP/prog.py", 2, "f"}, Frame{"/TMP/prog.py", 5, "<module>"})})
	}},
	{"exit_chained_uncaught", `def load():
    raise KeyError("cfg")

try:
    load()
except KeyError as e:
    raise RuntimeError("cannot start") from e
`, func() {
		k := frames(NewExc(KeyError, "cfg"), Frame{"/TMP/prog.py", 2, "load"}, Frame{"/TMP/prog.py", 5, "<module>"})
		r := NewExc(RuntimeError, "cannot start")
		r.Cause, r.Context, r.SuppressContext = k, k, true
		r.AddFrame(Frame{"/TMP/prog.py", 7, "<module>"})
		panic(raised{r})
	}},
	{"exit_systemexit_int", `print("bye")
raise SystemExit(3)
`, func() { pr("bye"); panic(raised{NewExc(SystemExit, 3)}) }},
	{"exit_systemexit_none", `raise SystemExit
`, func() { panic(raised{NewExc(SystemExit)}) }},
	{"exit_systemexit_str", `raise SystemExit("fatal: config missing")
`, func() { panic(raised{NewExc(SystemExit, "fatal: config missing")}) }},
	{"exit_normal", `print("done")
`, func() { pr("done") }},
	{"exit_stderr_interleave", `import sys
print("one")
print("two", file=sys.stderr)
print("three")
`, func() {
		pr("one")
		prk([]Object{"two"}, kw("file", Stderr))
		pr("three")
	}},
}

func TestExits(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "exits.json"))
	if err != nil {
		t.Fatal(err)
	}
	var golden map[string]struct {
		Stdout, Stderr string
		RC             int
	}
	if err := json.Unmarshal(data, &golden); err != nil {
		t.Fatal(err)
	}
	for _, c := range exitCases {
		t.Run(c.name, func(t *testing.T) {
			want, ok := golden[c.name]
			if !ok {
				t.Fatalf("no golden output for %s", c.name)
			}
			for _, src := range []string{c.py} {
				RegisterSource("/TMP/prog.py", src)
			}
			var out, errOut bytes.Buffer
			restoreOut := SetStdout(&out)
			restoreErr := SetStderr(&errOut)
			rc := func() (rc int) {
				defer func() {
					if r := recover(); r != nil {
						rz, ok := r.(raised)
						if !ok {
							panic(r)
						}
						rc = ExitCode(rz.e)
					}
				}()
				c.fn()
				return ExitCode(nil)
			}()
			restoreErr()
			restoreOut()
			if out.String() != want.Stdout || errOut.String() != want.Stderr || rc != want.RC {
				t.Errorf("stdout %q (want %q)\nstderr %q (want %q)\nrc %d (want %d)", out.String(), want.Stdout, errOut.String(), want.Stderr, rc, want.RC)
			}
		})
	}
	if len(golden) != len(exitCases) {
		t.Errorf("%d exit cases in golden, %d in Go", len(golden), len(exitCases))
	}
}
