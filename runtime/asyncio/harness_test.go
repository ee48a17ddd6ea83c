package asyncio_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// printer is Python's print for the scenarios: arguments joined by spaces.
type printer func(args ...any)

// str formats a value as Python's str() does for the values scenarios
// print.
func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case nil, py.NoneType:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int:
		return strconv.Itoa(x)
	case float64:
		s := strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		return s
	case *py.Exc:
		return x.Message()
	case []string:
		return "[" + strings.Join(x, ", ") + "]"
	}
	return py.Repr(v)
}

// strRepr is repr() of a str.
func strRepr(s string) string { return "'" + s + "'" }

// listRepr is repr() of a list of the simple values scenarios use.
func listRepr(items []py.Object) string {
	parts := make([]string, len(items))
	for i, it := range items {
		if s, ok := it.(string); ok {
			parts[i] = strRepr(s)
		} else {
			parts[i] = str(it)
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// items returns the elements of a gather result.
func items(v py.Object) []py.Object { return v.(*py.List).Items }

// scenario is one ordering test: main builds the script's main() and may
// return a func run after asyncio.run returns (the script's module-level
// code after it).
type scenario struct {
	name    string
	main    func(pr printer) py.Coroutine
	after   func(pr printer, v py.Object, exc *py.Exc)
	realTim bool // run on the real-time loop
	stderr  bool // compare stderr with NN_name.stderr too
}

func runScenario(t *testing.T, sc scenario) {
	t.Helper()
	golden, err := os.ReadFile(filepath.Join("testdata", "order", sc.name+".golden"))
	if err != nil {
		t.Fatalf("reading golden file: %v", err)
	}
	asyncio.ResetTaskCounter()
	var out, stderr bytes.Buffer
	pr := func(args ...any) {
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = str(a)
		}
		out.WriteString(strings.Join(parts, " ") + "\n")
	}
	opts := []asyncio.Option{asyncio.WithStderr(&stderr)}
	if !sc.realTim {
		opts = append(opts, asyncio.WithVirtualClock())
	}
	v, exc := asyncio.Run(sc.main(pr), opts...)
	if sc.after != nil {
		sc.after(pr, v, exc)
	} else if exc != nil {
		t.Errorf("asyncio.Run raised %v\nstderr:\n%s", exc, stderr.String())
	}
	if sc.stderr {
		want, err := os.ReadFile(filepath.Join("testdata", "order", sc.name+".stderr"))
		if err != nil {
			t.Fatalf("reading stderr golden file: %v", err)
		}
		if got := stderr.String(); got != string(want) {
			t.Errorf("stderr differs from CPython's\n--- got\n%s--- want\n%s", got, want)
		}
	}
	if got := out.String(); got != string(golden) {
		t.Errorf("output differs from CPython's\n--- got\n%s--- want (testdata/order/%s.golden)\n%s--- stderr\n%s",
			got, sc.name, golden, stderr.String())
	}
}

// must panics on a Python exception where a scenario expects none.
func must[T any](v T, exc *py.Exc) T {
	if exc != nil {
		panic("unexpected Python exception: " + exc.Error())
	}
	return v
}

// create is asyncio.create_task.
func create(coro py.Coroutine, name ...string) *asyncio.Task {
	return must(asyncio.CreateTask(coro, name...))
}

// runningLoop is asyncio.get_running_loop().
func runningLoop() *asyncio.EventLoop { return must(asyncio.GetRunningLoop()) }

// sleep is asyncio.sleep(delay).
func sleep(delay float64) py.Coroutine { return asyncio.Sleep(delay, nil) }

// argsRepr is repr(e.args) for an exception with string arguments.
func argsRepr(e *py.Exc) string {
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = strRepr(a.(string))
	}
	if len(parts) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// isCancel reports whether exc is a CancelledError.
func isCancel(exc *py.Exc) bool { return exc != nil && exc.Matches(py.CancelledError) }

// aws converts coroutines and tasks to the awaitables asyncio functions
// take.
func aws(xs ...py.Awaiter) []py.Awaiter { return xs }
