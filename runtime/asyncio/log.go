package asyncio

import (
	"io"
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
		if f.isTask {
			kind = "Task"
		}
		l.callExceptionHandler(kind+" exception was never retrieved", f.exc(), "future", f.String())
	}
}
