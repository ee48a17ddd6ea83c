package py

import (
	"bytes"
	"encoding/json"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"testing"
)

// tc is one differential case: the Python snippet (run by
// testdata/gen_golden.py under CPython to produce the golden output) and
// the same program written against this package's Go API.
type tc struct {
	name string
	py   string
	fn   func()
}

// raised carries a Python exception out of a case body (test code only).
type raised struct{ e *Exc }

func m(v Object, e *Exc) Object {
	if e != nil {
		panic(raised{e})
	}
	return v
}

func mb(v bool, e *Exc) bool {
	if e != nil {
		panic(raised{e})
	}
	return v
}

func mi(v int, e *Exc) int {
	if e != nil {
		panic(raised{e})
	}
	return v
}

func ms(v string, e *Exc) string {
	if e != nil {
		panic(raised{e})
	}
	return v
}

func chk(e *Exc) {
	if e != nil {
		panic(raised{e})
	}
}

// pr is print(*args).
func pr(args ...Object) { chk(Print(args, nil)) }

// prk is print(*args, **kw).
func prk(args []Object, kw ...Kwarg) { chk(Print(args, kw)) }

func kw(name string, v Object) Kwarg { return Kwarg{name, v} }

// b calls the builtin name with positional args.
func b(name string, args ...Object) Object { return m(Call(Builtins[name], args, nil)) }

// bk calls the builtin name with positional and keyword args.
func bk(name string, args []Object, kws ...Kwarg) Object { return m(Call(Builtins[name], args, kws)) }

// cm calls method name of o.
func cm(o Object, name string, args ...Object) Object { return m(CallMethod(o, name, args, nil)) }

// cmk calls method name of o with keyword args.
func cmk(o Object, name string, args []Object, kws ...Kwarg) Object {
	return m(CallMethod(o, name, args, kws))
}

func L(items ...Object) *List { return NewList(items...) }

func T(items ...Object) Tuple { return Tuple(items) }

func D(kv ...Object) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		chk(d.Set(kv[i], kv[i+1]))
	}
	return d
}

// S is a set display {items...}.
func S(items ...Object) *Set {
	s, e := NewSetLiteral(items...)
	chk(e)
	return s
}

func bi(s string) Object {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad big int " + s)
	}
	return normBig(v)
}

func sl(start, stop, step Object) *Slice { return NewSlice(start, stop, step) }

func getattr(o Object, name string) Object { return m(GetAttr(o, name)) }

// runCase runs fn with stdout captured, as the generator runs the Python
// snippet.
func runCase(fn func()) (out string) {
	var buf bytes.Buffer
	restore := SetStdout(&buf)
	defer func() {
		if r := recover(); r != nil {
			rz, ok := r.(raised)
			if !ok {
				restore()
				panic(r)
			}
			chk(Print([]Object{"!" + ExcLastLine(rz.e)}, nil))
		}
		restore()
		out = buf.String()
	}()
	fn()
	return
}

func loadGolden(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "golden.json"))
	if err != nil {
		t.Fatalf("reading golden outputs (run python3 testdata/gen_golden.py): %v", err)
	}
	var g map[string]string
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// allCases gathers every table of differential cases.
func allCases() []tc {
	var all []tc
	for _, tab := range [][]tc{numberCases, strCases, containerCases, builtinCases, formatCases, classCases, excCases, genCases, ioCases} {
		all = append(all, tab...)
	}
	return all
}

func TestDifferential(t *testing.T) {
	golden := loadGolden(t)
	seen := map[string]bool{}
	for _, c := range allCases() {
		if seen[c.name] {
			t.Fatalf("duplicate case %s", c.name)
		}
		seen[c.name] = true
		t.Run(c.name, func(t *testing.T) {
			want, ok := golden[c.name]
			if !ok {
				t.Fatalf("no golden output for %s: rerun testdata/gen_golden.py", c.name)
			}
			if got := runCase(c.fn); got != want {
				t.Errorf("python:\n%s\ngot:\n%q\nwant:\n%q", c.py, got, want)
			}
		})
	}
	for name := range golden {
		if !seen[name] {
			t.Errorf("golden case %s has no Go implementation", name)
		}
	}
	if len(seen) < 300 {
		t.Errorf("only %d differential cases; the suite needs at least 300", len(seen))
	}
}

var errEOF = io.EOF
