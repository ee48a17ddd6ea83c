package rt

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

var testCode = &py.Code{Name: "job", QualName: "job", File: "job.py", FirstLine: 1, Kind: py.CoroutineCode}

// job is a hand-written coroutine: it waits for one future of its loop
// (that nobody completes when forever is set, else one set by a callback)
// and returns its arguments, or raises ValueError when told to.
type job struct {
	args    []py.Object
	forever bool
	step    int
	thrown  *py.Exc
}

func (j *job) Code() *py.Code { return testCode }
func (j *job) Line() int      { return 0 }

func (j *job) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if thrown != nil {
		j.thrown = thrown
		return nil, py.Raised, thrown
	}
	j.step++
	if j.step == 1 {
		loop, exc := asyncio.GetRunningLoop()
		if exc != nil {
			return nil, py.Raised, exc
		}
		f := loop.CreateFuture()
		if !j.forever {
			loop.CallSoon(func() *py.Exc { return f.SetResult(py.None) })
		}
		return f, py.Yielded, nil
	}
	if len(j.args) > 0 && j.args[0] == "fail" {
		return nil, py.Raised, py.Errorf(py.ValueError, "boom")
	}
	return py.Tuple(j.args), py.Returned, nil
}

// testModule counts the runs of its body.
func testModule(runs *int, exc *py.Exc) *Module {
	return NewModule(Source{File: "job.py"}, func(bool) *py.Exc {
		*runs++
		return exc
	})
}

func newJob(mod *Module, forever bool, made **job) func() py.Object {
	return func() py.Object {
		return py.NewBuiltin("job", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			for _, k := range kw {
				args = append(args, k.Name+"="+py.Str(k.Value))
			}
			j := &job{args: args, forever: forever}
			if made != nil {
				*made = j
			}
			return j, nil
		})
	}
}

func TestRunConvertsArgumentsAndResult(t *testing.T) {
	runs := 0
	mod := testModule(&runs, nil)
	for range 2 {
		c := NewCall[struct{ V0, V1 string }](mod, testCode, newJob(mod, false, nil), []py.Object{ToPy("a")}, []py.Kwarg{{Name: "n", Value: ToPy(1)}})
		got, err := Run(context.Background(), c)
		if err != nil {
			t.Fatal(err)
		}
		if got.V0 != "a" || got.V1 != "n=1" {
			t.Errorf("Run = %v", got)
		}
	}
	if runs != 1 {
		t.Errorf("module body ran %d times, want once", runs)
	}
}

func TestRunResultConversionError(t *testing.T) {
	runs := 0
	mod := testModule(&runs, nil)
	c := NewCall[int](mod, testCode, newJob(mod, false, nil), []py.Object{"x"}, nil)
	_, err := Run(context.Background(), c)
	if err == nil || err.Error() != "job() result: cannot convert Python tuple to Go int" {
		t.Fatalf("error = %v", err)
	}
}

func TestRunPythonException(t *testing.T) {
	runs := 0
	mod := testModule(&runs, nil)
	_, err := Run(context.Background(), NewCall[py.Object](mod, testCode, newJob(mod, false, nil), []py.Object{"fail"}, nil))
	var e *Error
	if !errors.As(err, &e) || e.Exc.Class != py.ValueError || err.Error() != "job: ValueError: boom" {
		t.Fatalf("error = %v", err)
	}
	var exc *py.Exc
	if !errors.As(err, &exc) {
		t.Errorf("the *py.Exc is not reachable with errors.As")
	}
}

func TestRunModuleFailure(t *testing.T) {
	runs := 0
	mod := testModule(&runs, py.Errorf(py.ImportError, "no"))
	for range 2 {
		_, err := Run(context.Background(), NewCall[py.Object](mod, testCode, newJob(mod, false, nil), nil, nil))
		if err == nil || err.Error() != "job: ImportError: no" {
			t.Fatalf("error = %v", err)
		}
	}
	if runs != 1 {
		t.Errorf("module body ran %d times, want once", runs)
	}
}

func TestRunUnboundFunction(t *testing.T) {
	runs := 0
	mod := testModule(&runs, nil)
	_, err := Run(context.Background(), NewCall[py.Object](mod, testCode, func() py.Object { return nil }, nil, nil))
	if err == nil || err.Error() != "job: NameError: name 'job' is not defined" {
		t.Fatalf("error = %v", err)
	}
}

func TestRunCancelledByContext(t *testing.T) {
	runs := 0
	mod := testModule(&runs, nil)
	var j *job
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(10*time.Millisecond, cancel)
	_, err := Run(ctx, NewCall[py.Object](mod, testCode, newJob(mod, true, &j), nil, nil))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
	if j.thrown == nil || j.thrown.Class != py.CancelledError {
		t.Errorf("the coroutine saw %v, want CancelledError", j.thrown)
	}
}

func TestRunWithDoneContextDoesNotStart(t *testing.T) {
	runs := 0
	mod := testModule(&runs, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Run(ctx, NewCall[py.Object](mod, testCode, newJob(mod, false, nil), nil, nil))
	if !errors.Is(err, context.Canceled) || runs != 0 {
		t.Fatalf("error = %v, module runs = %d", err, runs)
	}
}

func TestCallIsACoroutineBeforeItStarts(t *testing.T) {
	var c py.Coroutine = NewCall[int](nil, testCode, nil, nil, nil)
	if c.Code() != testCode || c.Line() != 0 {
		t.Errorf("Code/Line before start = %v, %d", c.Code(), c.Line())
	}
}

func TestAPIVersionTypeNamesTheVersion(t *testing.T) {
	name := reflect.TypeOf(RuntimeAPI).Name()
	if want := "AsyncgenRuntimeAPIv" + py.Str(APIVersion); name != want {
		t.Errorf("RuntimeAPI's type is %s, want %s", name, want)
	}
}
