package py

import "strconv"

// TracemallocHint is the line the warnings module adds to a warning about
// an object (a coroutine never awaited) while tracemalloc is off.
const TracemallocHint = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback"

// NeverAwaited is the text of CPython's RuntimeWarning for a coroutine
// freed before it ever ran.
func NeverAwaited(qualName string) string {
	return "coroutine '" + qualName + "' was never awaited"
}

// warnKey identifies a warning as the warnings module's "default" filter
// does: it is shown once per location, text and category.
type warnKey struct {
	file     string
	line     int
	category *Class
	text     string
}

// shownWarnings holds the warnings shown so far (the registry CPython keeps
// per module). Only the GIL's holder touches it.
var shownWarnings = map[warnKey]bool{}

// FormatWarning returns a warning as the warnings module writes it:
// "FILE:LINE: CATEGORY: TEXT", the source line stripped (when the file is
// known), then the extra lines. A file "" is the location of a warning
// given when no Python frame runs: "sys:1", without a source line.
func FormatWarning(file string, line int, category *Class, text string, extra ...string) string {
	loc := "sys:1"
	if file != "" {
		loc = file + ":" + strconv.Itoa(line)
	}
	s := loc + ": " + category.Name + ": " + text + "\n"
	if src := sourceLine(file, line); file != "" && src != "" {
		s += "  " + src + "\n"
	}
	for _, x := range extra {
		s += x + "\n"
	}
	return s
}

// ShowWarning writes FormatWarning's warning to sys.stderr as the warnings
// module's default filters show a RuntimeWarning: once per location, text
// and category. The caller holds the GIL.
func ShowWarning(file string, line int, category *Class, text string, extra ...string) {
	key := warnKey{file, line, category, text}
	if shownWarnings[key] {
		return
	}
	shownWarnings[key] = true
	_ = Stderr.WriteString(FormatWarning(file, line, category, text, extra...))
}
