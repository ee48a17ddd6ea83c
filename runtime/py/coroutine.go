package py

// Status says how a Resume call ended.
type Status uint8

const (
	// Yielded: the coroutine suspended. For a coroutine the Object result
	// is what it awaits: a future to wait for, or nil for a bare yield
	// (asyncio.sleep(0): run again in the next loop iteration). For a
	// generator it is the yielded value.
	Yielded Status = iota
	// Returned: the coroutine finished; the Object result is its return
	// value.
	Returned
	// Raised: the coroutine finished by raising the *Exc result.
	Raised
)

// CodeKind says which kind of function a state machine was compiled from.
type CodeKind uint8

const (
	// CoroutineCode is an "async def" without yield.
	CoroutineCode CodeKind = iota
	// GeneratorCode is a "def" containing yield.
	GeneratorCode
	// AsyncGeneratorCode is an "async def" containing yield.
	AsyncGeneratorCode
	// FunctionCode is a plain "def" or lambda.
	FunctionCode
	// ModuleCode is a module's top-level code ("<module>").
	ModuleCode
)

// Code describes the Python function a state machine was compiled from. One
// Code exists per function and is shared by all its invocations.
type Code struct {
	Name      string   // __name__, e.g. "fetch"
	QualName  string   // __qualname__, e.g. "Crawler.fetch" or "main.<locals>.worker"
	File      string   // the .py file
	FirstLine int      // line of the def (after decorators, as co_firstlineno)
	Kind      CodeKind // coroutine, generator or async generator
	Doc       Object   // the docstring (__doc__), nil when there is none
}

// Frame returns the traceback entry for this code at line.
func (c *Code) Frame(line int) Frame {
	name := c.Name
	if c.Kind == ModuleCode {
		name = "<module>"
	}
	return Frame{File: c.File, Line: line, Func: name}
}

// Awaiter is what an await delegates to: the resumable state machine of a
// compiled "async def", generator or async generator, or anything else
// awaitable (an asyncio Future implements it too). It is the protocol
// between generated code and the runtime.
//
// Resume runs the state machine until its next suspension or its end. The
// first call passes (nil, nil). Later calls pass either the value sent in
// (the result of the await or yield it is suspended at), or, when thrown is
// not nil, an exception to raise at that suspension point (cancellation,
// generator.throw, close). It reports:
//
//	(v, Yielded, nil)   suspended; v is the awaited future, nil for a bare
//	                    yield (sleep(0)), or a generator's yielded value
//	(v, Returned, nil)  finished with return value v (None for a bare return)
//	(nil, Raised, e)    finished by raising e
//
// Awaiting a coroutine from a coroutine is delegation, as CPython's
// "yield from": the awaiting state machine calls the child's Resume inline,
// passes every sent value or thrown exception through to it, and suspends
// with whatever the child yields. Only futures ever reach the event loop.
// A finished coroutine must not be resumed again: Resume then raises
// RuntimeError("cannot reuse already awaited coroutine").
type Awaiter interface {
	Resume(sent Object, thrown *Exc) (Object, Status, *Exc)
}

// Coroutine is an Awaiter compiled from (or written as) a Python function:
// it also knows which function it runs and where it is suspended, which
// task reprs and tracebacks need.
type Coroutine interface {
	Awaiter
	// Code returns the static description of the function.
	Code() *Code
	// Line returns the line the coroutine is suspended at, or 0 when it has
	// not started or has finished (a repr then uses Code().FirstLine).
	Line() int
}
