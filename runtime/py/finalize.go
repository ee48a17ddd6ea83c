package py

import "os"

// Suspended reports whether the async generator has started and not
// finished: the state in which CPython's finalizer hook schedules its
// aclose() when the generator is abandoned.
func (g *AsyncGenerator) Suspended() bool { return g.started && !g.finished }

// WriteUnraisable reports an exception that cannot propagate, such as one
// raised while closing an abandoned generator, as CPython does:
// "Exception ignored in: <obj repr>" and the traceback, on stderr.
func WriteUnraisable(obj Object, e *Exc) {
	_ = Stdout.Flush()
	os.Stderr.WriteString("Exception ignored in: " + Repr(obj) + "\n" + FormatTraceback(e))
}
