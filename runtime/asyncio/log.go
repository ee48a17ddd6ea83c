package asyncio

import (
	"io"
	"strconv"
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// callExceptionHandler is base_events' default_exception_handler: it
// writes the message, one "key: value" line for the context entry (when key
// is not empty), then the exception's traceback and last line.
func (l *EventLoop) callExceptionHandler(msg string, exc *py.Exc, key, value string) {
	var b strings.Builder
	b.WriteString(msg)
	b.WriteByte('\n')
	if key != "" {
		b.WriteString(key + ": " + value + "\n")
	}
	b.WriteString(l.formatExc(exc))
	_, _ = io.WriteString(l.stderr, b.String())
}

// logUnretrieved reports every future of the loop that failed and whose
// exception nobody read, in the order they failed: CPython does it when
// such a future is freed; asyncgen does it deterministically at the end of
// Run.
func (l *EventLoop) logUnretrieved() {
	failed := l.failed
	l.failed = nil
	for _, f := range failed {
		if !f.logTraceback {
			continue
		}
		f.logTraceback = false
		kind := "Future"
		if f.task != nil {
			kind = "Task"
		}
		l.callExceptionHandler(kind+" exception was never retrieved", f.exc, "future", f.String())
	}
}

// FormatException formats exc as Python's traceback module does: its chain
// of causes and contexts, each with its recorded frames (outermost first,
// without source lines) and its last line. An exception that was never
// raised has no frames and prints only its last line.
func FormatException(exc *py.Exc) string {
	var b strings.Builder
	formatChain(&b, exc, map[*py.Exc]bool{})
	return b.String()
}

func formatChain(b *strings.Builder, e *py.Exc, seen map[*py.Exc]bool) {
	seen[e] = true
	switch {
	case e.Cause != nil && !seen[e.Cause]:
		formatChain(b, e.Cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	case e.Context != nil && !e.SuppressContext && !seen[e.Context]:
		formatChain(b, e.Context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if len(e.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for i := len(e.Traceback) - 1; i >= 0; i-- {
			fr := e.Traceback[i]
			b.WriteString(`  File "` + fr.File + `", line ` + strconv.Itoa(fr.Line) + ", in " + fr.Func + "\n")
		}
	}
	b.WriteString(e.Error())
	b.WriteByte('\n')
}
