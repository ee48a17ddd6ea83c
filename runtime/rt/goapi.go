package rt

import (
	"context"
	"fmt"
	"os"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// This file is the support of the typed Go API that asyncgen generates for
// the coroutines of a non-main package: for "async def fetch_all(urls:
// list[str]) -> dict[str, int]" the generated package has
//
//	func FetchAllAsync(urls []string) *rt.Call[map[string]int]
//	func FetchAll(ctx context.Context, urls []string) (map[string]int, error)
//
// The first builds the coroutine without running it; the second runs it on
// a new event loop with [Run]. Go callers use rt only for these two types
// and for [Error], the error a Python exception becomes.

// Module is a compiled non-main module: its top-level statements run once,
// the first time Go code calls into it (where CPython would run them at
// import).
type Module struct {
	src  Source
	body func(worker bool) *py.Exc
	done bool
	exc  *py.Exc
}

// NewModule returns the module whose source is src and whose top-level
// statements are body. Nothing runs yet.
func NewModule(src Source, body func(worker bool) *py.Exc) *Module {
	return &Module{src: src, body: body}
}

// Init runs the module's top-level statements the first time it is called
// and returns the exception they raised, then and on every later call. The
// caller holds the GIL, which also serialises the first run.
func (m *Module) Init() *py.Exc {
	if !m.done {
		m.done = true
		py.RegisterSource(m.src.File, m.src.Text)
		m.exc = m.body(false)
	}
	return m.exc
}

// Call is one call of a compiled coroutine function from Go, made but not
// yet started: a py.Coroutine that Go code can run as a task, await from a
// state machine, or pass to Python code. Its result is the Python value the
// coroutine returns; [Call.Result] converts it to T. The function is looked
// up and called (after the module's first run) when the coroutine is first
// resumed, on the loop's goroutine.
type Call[T any] struct {
	mod  *Module
	code *py.Code
	fn   func() py.Object
	args []py.Object
	kw   []py.Kwarg
	co   py.Coroutine
}

// NewCall returns a call of the module-level function that fn reads (nil
// while unbound), with positional args and keyword arguments kw already
// converted to Python values. code describes the function for reprs and
// tracebacks until the call starts.
func NewCall[T any](mod *Module, code *py.Code, fn func() py.Object, args []py.Object, kw []py.Kwarg) *Call[T] {
	return &Call[T]{mod: mod, code: code, fn: fn, args: args, kw: kw}
}

// Code describes the coroutine's function.
func (c *Call[T]) Code() *py.Code {
	if c.co != nil {
		return c.co.Code()
	}
	return c.code
}

// Line is the line the coroutine is suspended at, 0 before it starts.
func (c *Call[T]) Line() int {
	if c.co != nil {
		return c.co.Line()
	}
	return 0
}

// Resume runs the coroutine to its next suspension; see py.Awaiter. The
// first resume runs the module's top-level statements if needed and calls
// the function.
func (c *Call[T]) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if c.co == nil {
		co, exc := c.start()
		if exc != nil {
			return nil, py.Raised, exc
		}
		c.co = co
	}
	return c.co.Resume(sent, thrown)
}

func (c *Call[T]) start() (py.Coroutine, *py.Exc) {
	if exc := c.mod.Init(); exc != nil {
		return nil, exc
	}
	f := c.fn()
	if f == nil {
		return nil, NameError(c.code.Name)
	}
	v, exc := py.Call(f, c.args, c.kw)
	if exc != nil {
		return nil, exc
	}
	co, ok := v.(py.Coroutine)
	if !ok || co.Code().Kind != py.CoroutineCode {
		return nil, py.Errorf(py.TypeError, "%s() returned %s, not a coroutine", c.code.Name, py.TypeName(v))
	}
	return co, nil
}

// Result converts v, the value the coroutine returned, to T.
func (c *Call[T]) Result(v py.Object) (T, error) {
	out, err := FromPy[T](v)
	if err != nil {
		return out, fmt.Errorf("%s() result: %w", c.code.Name, err)
	}
	return out, nil
}

// Error is a Python exception that ended a call made from Go. Use
// errors.As to get it; Exc has the class (Exc.Class.Name), the arguments
// and the traceback (py.FormatTraceback(Exc) prints it as CPython would).
type Error struct {
	// Func is the Python function called from Go.
	Func string
	// Exc is the exception it raised.
	Exc *py.Exc
}

// Error returns "fetch_all: ValueError: boom".
func (e *Error) Error() string { return e.Func + ": " + e.Exc.Error() }

// Unwrap returns the *py.Exc, which is itself an error.
func (e *Error) Unwrap() error { return e.Exc }

// Run runs c as the main task of a new event loop (asyncio.run) on the
// calling goroutine and returns its converted result. When ctx is done
// before the coroutine finishes, its task is cancelled (it sees
// CancelledError at its current await) and, if it ends cancelled, Run
// returns an error wrapping ctx.Err(). The caller must not hold the GIL
// (compiled code awaits c instead); goroutines may call Run concurrently,
// their loops then take turns. ASYNCGEN_CLOCK=virtual selects the virtual
// clock, as for asyncio.run.
func Run[T any](ctx context.Context, c *Call[T]) (T, error) {
	var zero T
	if err := ctx.Err(); err != nil {
		return zero, fmt.Errorf("%s: %w", c.code.Name, err)
	}
	gil.Acquire(gil.NewThreadState())
	m := &ctxMain{Coroutine: c, ctx: ctx, stop: make(chan struct{})}
	v, exc := asyncio.RunLocked(m, loopOptions()...)
	gil.Release()
	close(m.stop)
	if exc != nil {
		if exc.Matches(py.CancelledError) && ctx.Err() != nil {
			return zero, fmt.Errorf("%s: %w", c.code.Name, ctx.Err())
		}
		return zero, &Error{Func: c.code.Name, Exc: exc}
	}
	return c.Result(v)
}

func loopOptions() []asyncio.Option {
	if os.Getenv("ASYNCGEN_CLOCK") == "virtual" {
		return []asyncio.Option{asyncio.WithVirtualClock()}
	}
	return nil
}

// ctxMain is the main coroutine of Run: it delegates to the call and, from
// its first step on, cancels the task running it when ctx is done.
type ctxMain struct {
	py.Coroutine
	ctx     context.Context
	stop    chan struct{}
	started bool
}

func (m *ctxMain) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if !m.started {
		m.started = true
		if m.ctx.Done() != nil {
			loop, exc := asyncio.GetRunningLoop()
			if exc != nil {
				return nil, py.Raised, exc
			}
			task, exc := asyncio.CurrentTask()
			if exc != nil {
				return nil, py.Raised, exc
			}
			go m.watch(loop, task)
		}
	}
	return m.Coroutine.Resume(sent, thrown)
}

// watch cancels task on its loop when ctx is done, and returns when Run
// ends.
func (m *ctxMain) watch(loop *asyncio.EventLoop, task *asyncio.Task) {
	select {
	case <-m.ctx.Done():
		loop.CallSoonThreadsafe(func() *py.Exc {
			task.Cancel(nil)
			return nil
		})
	case <-m.stop:
	}
}
