package asyncio

import (
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// stdlibDir stands for CPython's standard library folder in reprs and
// tracebacks that name asyncio's own files: the default install location of
// CPython 3.11.7, whose line numbers this package quotes.
const stdlibDir = "/usr/local/lib/python3.11"

var eventsFile = stdlibDir + "/asyncio/events.py"

// stdlibLines are the lines of asyncio's own files that appear in
// tracebacks of exceptions passing through this package, so that
// py.FormatTraceback can quote them as CPython does.
var stdlibLines = map[string]map[int]string{
	eventsFile: {80: "self._context.run(self._callback, *self._args)"},
	tasksFile: {
		452: "return await fut",
		458: "return fut.result()",
		462: "return fut.result()",
		464: "raise exceptions.TimeoutError() from exc",
		479: "return fut.result()",
		489: "return fut.result()",
		500: "return fut.result()",
		502: "raise exceptions.TimeoutError() from exc",
		614: "raise exceptions.TimeoutError",
		634: "yield",
		640: "await __sleep0()",
		649: "return await future",
	},
	timeoutsFile:   {115: "raise TimeoutError from exc_val"},
	taskgroupsFile: {145: "raise me from None"},
}

func init() {
	for file, lines := range stdlibLines {
		py.RegisterSourceFunc(file, func() string {
			last := 0
			for n := range lines {
				last = max(last, n)
			}
			text := make([]string, last)
			for n, line := range lines {
				text[n-1] = line
			}
			return strings.Join(text, "\n")
		})
	}
}

// callbackFrame is the frame a callback's exception passes through when
// the loop runs it (events.Handle._run).
var callbackFrame = py.Frame{File: eventsFile, Line: 80, Func: "_run"}

// withArg renders a callback described as "f() at FILE:L" called with the
// argument whose repr is arg: "f(arg) at FILE:L".
func withArg(desc, arg string) string {
	if i := strings.Index(desc, "()"); i >= 0 {
		return desc[:i+1] + arg + desc[i+1:]
	}
	return desc
}
