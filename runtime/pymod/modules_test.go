package pymod

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

type tc struct {
	name string
	py   string
	fn   func() []py.Object
}

// mod calls module.name(*args) and returns the result or the exception.
func mod(m *py.Module, name string, args ...py.Object) py.Object {
	v, e := py.CallMethod(m, name, args, nil)
	if e != nil {
		return e
	}
	return v
}

func attr(m *py.Module, name string) py.Object {
	v, e := py.GetAttr(m, name)
	if e != nil {
		return e
	}
	return v
}

// Each case prints one repr per expression, or "!" plus the traceback's
// last line for an expression that raised, one per line.
var moduleCases = []tc{
	{"math_functions", `import math, traceback
for f in [lambda: math.sqrt(16), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.floor(2.5), lambda: math.floor(-2.5), lambda: math.ceil(1e30), lambda: math.factorial(20), lambda: math.factorial(-1), lambda: math.gcd(12, 18, 27), lambda: math.isclose(0.1 + 0.2, 0.3), lambda: math.log(2**1000), lambda: math.log(8, 2), lambda: math.pow(2, 0.5), lambda: math.fsum([0.1] * 10), lambda: math.prod([1, 2, 3, 4]), lambda: math.comb(10, 3), lambda: math.exp(1000), lambda: math.hypot(3, 4), lambda: math.trunc(-3.7), lambda: math.sqrt("a"), lambda: math.isqrt(99), lambda: math.pi, lambda: math.inf, lambda: math.atan2(1, 1), lambda: math.degrees(math.pi), lambda: math.lcm(4, 6), lambda: math.fmod(-7, 3), lambda: math.copysign(3, -0.0), lambda: math.log10(1000), lambda: math.log2(1024), lambda: math.floor(float("inf")), lambda: math.e, lambda: math.isnan(math.nan), lambda: math.isinf(-math.inf), lambda: math.sin(0), lambda: math.cos(math.pi), lambda: math.fabs(-2)]:
    try:
        print(repr(f()))
    except Exception as e:
        print("!" + traceback.format_exception_only(type(e), e)[-1].strip())`, func() []py.Object {
		M := Math
		ten30 := mod(M, "ceil", 1e30)
		two1000, _ := py.Pow(2, 1000)
		return []py.Object{mod(M, "sqrt", 16), mod(M, "sqrt", -1), mod(M, "log", 0), mod(M, "floor", 2.5), mod(M, "floor", -2.5), ten30, mod(M, "factorial", 20), mod(M, "factorial", -1), mod(M, "gcd", 12, 18, 27), mod(M, "isclose", 0.1+0.2, 0.3), mod(M, "log", two1000), mod(M, "log", 8, 2), mod(M, "pow", 2, 0.5), mod(M, "fsum", py.NewList(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)), mod(M, "prod", py.NewList(1, 2, 3, 4)), mod(M, "comb", 10, 3), mod(M, "exp", 1000), mod(M, "hypot", 3, 4), mod(M, "trunc", -3.7), mod(M, "sqrt", "a"), mod(M, "isqrt", 99), attr(M, "pi"), attr(M, "inf"), mod(M, "atan2", 1, 1), mod(M, "degrees", attr(M, "pi")), mod(M, "lcm", 4, 6), mod(M, "fmod", -7, 3), mod(M, "copysign", 3, negZero()), mod(M, "log10", 1000), mod(M, "log2", 1024), mod(M, "floor", inf()), attr(M, "e"), mod(M, "isnan", attr(M, "nan")), mod(M, "isinf", negInf()), mod(M, "sin", 0), mod(M, "cos", attr(M, "pi")), mod(M, "fabs", -2)}
	}},
	{"sys_and_time_basics", `import sys, time, traceback
t0 = time.monotonic(); time.sleep(0.01); t1 = time.monotonic()
for f in [lambda: t1 - t0 >= 0.01, lambda: type(time.time()).__name__, lambda: time.perf_counter() > 0, lambda: type(time.time_ns()).__name__, lambda: sys.maxsize, lambda: sys.byteorder, lambda: sys.stdout is sys.stdout, lambda: sys.exit(3), lambda: sys.exit(), lambda: time.sleep(-1), lambda: sys.version_info[:2]]:
    try:
        print(repr(f()))
    except BaseException as e:
        print("!" + traceback.format_exception_only(type(e), e)[-1].strip())`, func() []py.Object {
		t0 := mod(Time, "monotonic")
		mod(Time, "sleep", 0.01)
		t1 := mod(Time, "monotonic")
		d, _ := py.Sub(t1, t0)
		ok, _ := py.Ge(d, 0.01)
		vi, _ := py.GetItem(attr(Sys, "version_info"), py.NewSlice(py.None, 2, py.None))
		pc, _ := py.Gt(mod(Time, "perf_counter"), 0)
		return []py.Object{ok, py.TypeName(mod(Time, "time")), pc, py.TypeName(mod(Time, "time_ns")), attr(Sys, "maxsize"), attr(Sys, "byteorder"), py.Is(attr(Sys, "stdout"), attr(Sys, "stdout")), mod(Sys, "exit", 3), mod(Sys, "exit"), mod(Time, "sleep", -1), vi}
	}},
}

func TestModulesAgainstCPython(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var golden map[string]string
	if err := json.Unmarshal(data, &golden); err != nil {
		t.Fatal(err)
	}
	for _, c := range moduleCases {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			for _, v := range c.fn() {
				if e, ok := v.(*py.Exc); ok {
					b.WriteString("!" + py.ExcLastLine(e) + "\n")
					continue
				}
				b.WriteString(py.Repr(v) + "\n")
			}
			if got, want := b.String(), golden[c.name]; got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
	if len(golden) != len(moduleCases) {
		t.Errorf("golden has %d cases, Go %d", len(golden), len(moduleCases))
	}
}

func negZero() float64 { return math.Copysign(0, -1) }

func inf() float64 { return math.Inf(1) }

func negInf() float64 { return math.Inf(-1) }

// TestImportFillsModuleOnce checks that Import returns the same module
// object each time, with its attributes in place.
func TestImportFillsModuleOnce(t *testing.T) {
	for name := range modules {
		a, e := Import(name)
		if e != nil {
			t.Fatalf("import %s: %v", name, e)
		}
		b, _ := Import(name)
		if a != b {
			t.Errorf("import %s twice gave two modules", name)
		}
		if name != "concurrent" && name != "types" && len(a.Attrs) == 0 {
			t.Errorf("module %s has no attributes after import", name)
		}
	}
	if _, e := Import("nosuchmodule"); e == nil || !e.Matches(py.ModuleNotFoundError) {
		t.Errorf("import nosuchmodule: got %v, want ModuleNotFoundError", e)
	}
}
