package py

import (
	"io"
	"strconv"
	"strings"
	"sync"
)

// sources maps a .py file name to its *source, registered by generated
// code at start-up so that tracebacks can quote it. A source is split into
// lines only when a traceback first needs one of them.
var sources sync.Map // string -> *source

// source is the text of a registered file; text (or, until then, mk) is
// split into lines once, on first use.
type source struct {
	once  sync.Once
	text  string
	mk    func() string
	lines []string
}

func (s *source) line(n int) string {
	s.once.Do(func() {
		if s.mk != nil {
			s.text, s.mk = s.mk(), nil
		}
		s.lines = strings.Split(s.text, "\n")
		s.text = ""
	})
	if n < 1 || n > len(s.lines) {
		return ""
	}
	return strings.TrimSpace(s.lines[n-1])
}

// RegisterSource records the text of a .py file for tracebacks. Generated
// code calls it once per file from an init function.
func RegisterSource(file, text string) {
	sources.Store(file, &source{text: text})
}

// RegisterSourceFunc is RegisterSource for a text that mk builds when a
// traceback first quotes the file.
func RegisterSourceFunc(file string, mk func() string) {
	sources.Store(file, &source{mk: mk})
}

// sourceLine returns line n (1-based) of file, stripped, or "" when it is
// unknown.
func sourceLine(file string, n int) string {
	v, ok := sources.Load(file)
	if !ok {
		return ""
	}
	return v.(*source).line(n)
}

// SourceLine returns line n (1-based) of a registered .py file, stripped
// of surrounding blanks as tracebacks and warnings quote it, or "" when it
// is unknown.
func SourceLine(file string, n int) string { return sourceLine(file, n) }

// FormatTraceback returns what CPython prints for an uncaught exception:
// its chain (causes and contexts first), each with its frames and its last
// line. Exception groups print as CPython 3.11 prints them: a box drawn
// with '+' and '|' in the margin, each sub-exception (with its own chain)
// numbered and indented inside it.
func FormatTraceback(e *Exc) string {
	var b strings.Builder
	p := &tbPrinter{b: &b, seen: map[*Exc]bool{}}
	p.chain(e)
	return b.String()
}

// PrintTraceback writes FormatTraceback(e) to w.
func PrintTraceback(w io.Writer, e *Exc) {
	_, _ = io.WriteString(w, FormatTraceback(e))
}

// Limits of CPython's exception group printing: sub-exceptions beyond
// the width print as "and N more exceptions", groups nested deeper than
// the depth as "... (max_group_depth is 10)".
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// tbPrinter formats a traceback, tracking the exceptions already printed
// (a chain with a cycle prints each once) and how deep inside exception
// groups the text being written is.
type tbPrinter struct {
	b         *strings.Builder
	seen      map[*Exc]bool
	depth     int  // exception group nesting; 0 outside any group
	needClose bool // the innermost open group still needs its closing line
}

// indent is the margin of the current group depth, without its bar.
func (p *tbPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes text, each of its lines (empty ones too) prefixed by the
// margin of the current depth: margin is the character drawn in it ('|',
// or '+' for the header of an outermost group).
func (p *tbPrinter) emit(text string, margin byte) {
	prefix := p.indent()
	if p.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			p.b.WriteString(prefix + line)
		}
	}
}

// chain prints e after the exceptions it was raised from or while
// handling, oldest first.
func (p *tbPrinter) chain(e *Exc) {
	p.seen[e] = true
	if e.Cause != nil && !p.seen[e.Cause] {
		p.chain(e.Cause)
		p.emit("\nThe above exception was the direct cause of the following exception:\n\n", '|')
	} else if e.Context != nil && !e.SuppressContext && !p.seen[e.Context] {
		p.chain(e.Context)
		p.emit("\nDuring handling of the above exception, another exception occurred:\n\n", '|')
	}
	switch {
	case e.Group == nil:
		if len(e.Traceback) > 0 {
			p.emit("Traceback (most recent call last):\n", '|')
			p.emit(formatFrames(e.Traceback), '|')
		}
		p.emit(formatExcOnly(e), '|')
	case p.depth > maxGroupDepth:
		p.emit(sprintf("... (max_group_depth is %d)\n", maxGroupDepth), '|')
	default:
		p.group(e)
	}
}

// group prints an exception group: its frames and last line, then each
// sub-exception in a numbered box.
func (p *tbPrinter) group(e *Exc) {
	top := p.depth == 0
	if top {
		p.depth++
	}
	if len(e.Traceback) > 0 {
		margin := byte('|')
		if top {
			margin = '+'
		}
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		p.emit(formatFrames(e.Traceback), '|')
	}
	p.emit(formatExcOnly(e), '|')
	n := min(len(e.Group), maxGroupWidth+1)
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true // a nested group may draw the closing line
		}
		truncated := i >= maxGroupWidth
		title := strconv.Itoa(i + 1)
		if truncated {
			title = "..."
		}
		corner := "  "
		if i == 0 {
			corner = "+-"
		}
		p.b.WriteString(p.indent() + corner + "+---------------- " + title + " ----------------\n")
		p.depth++
		if truncated {
			more := len(e.Group) - maxGroupWidth
			s := "s"
			if more == 1 {
				s = ""
			}
			p.emit(sprintf("and %d more exception%s\n", more, s), '|')
		} else {
			p.chain(e.Group[i])
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

// formatFrames is the frame lines of a traceback, most recent call last.
func formatFrames(tb []Frame) string {
	var b strings.Builder
	// As CPython does, a frame repeated more than three times in a row
	// (recursion) prints three times and then a count.
	repeats := 0
	for i := len(tb) - 1; i >= 0; i-- {
		f := tb[i]
		if i < len(tb)-1 && f == tb[i+1] {
			repeats++
		} else {
			writeRepeats(&b, repeats)
			repeats = 0
		}
		if repeats >= recursiveCutoff {
			continue
		}
		b.WriteString(sprintf("  File \"%s\", line %d, in %s\n", f.File, f.Line, f.Func))
		if src := sourceLine(f.File, f.Line); src != "" {
			b.WriteString("    " + src + "\n")
		}
	}
	writeRepeats(&b, repeats)
	return b.String()
}

// formatExcOnly is the last line of e's traceback followed by its notes.
func formatExcOnly(e *Exc) string {
	var b strings.Builder
	b.WriteString(ExcLastLine(e))
	b.WriteByte('\n')
	if notes, ok := e.Attrs["__notes__"].(*List); ok {
		for _, n := range notes.Items {
			if s, ok := n.(string); ok {
				b.WriteString(s + "\n")
			} else {
				b.WriteString(Repr(n) + "\n")
			}
		}
	}
	return b.String()
}

// recursiveCutoff is how many times a traceback prints a frame repeated
// in a row before summarising the rest.
const recursiveCutoff = 3

// writeRepeats summarises the repeats of a frame beyond recursiveCutoff.
func writeRepeats(b *strings.Builder, repeats int) {
	if n := repeats - recursiveCutoff + 1; n > 0 {
		s := "s"
		if n == 1 {
			s = ""
		}
		b.WriteString(sprintf("  [Previous line repeated %d more time%s]\n", n, s))
	}
}

// ExcLastLine is the last line of a traceback: "ValueError: boom",
// "KeyError: 'k'", or the class name alone when str(e) is empty.
func ExcLastLine(e *Exc) string {
	name := e.Class.QualifiedName()
	msg, err := StrE(e)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}
