package py

import "strconv"

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

// ShowWarning writes a warning to sys.stderr as the warnings module's
// default filters show a RuntimeWarning, once per location: "FILE:LINE:
// CATEGORY: TEXT", the source line stripped (when the file is known), then
// the extra lines. The caller holds the GIL.
func ShowWarning(file string, line int, category *Class, text string, extra ...string) {
	key := warnKey{file, line, category, text}
	if shownWarnings[key] {
		return
	}
	shownWarnings[key] = true
	s := file + ":" + strconv.Itoa(line) + ": " + category.Name + ": " + text + "\n"
	if src := sourceLine(file, line); src != "" {
		s += "  " + src + "\n"
	}
	for _, x := range extra {
		s += x + "\n"
	}
	_ = Stderr.WriteString(s)
}
