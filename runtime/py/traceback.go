package py

import (
	"io"
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
// line.
func FormatTraceback(e *Exc) string {
	var b strings.Builder
	formatChain(&b, e, map[*Exc]bool{})
	return b.String()
}

// PrintTraceback writes FormatTraceback(e) to w.
func PrintTraceback(w io.Writer, e *Exc) {
	_, _ = io.WriteString(w, FormatTraceback(e))
}

func formatChain(b *strings.Builder, e *Exc, seen map[*Exc]bool) {
	seen[e] = true
	if e.Cause != nil && !seen[e.Cause] {
		formatChain(b, e.Cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if e.Context != nil && !e.SuppressContext && !seen[e.Context] {
		formatChain(b, e.Context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	formatOne(b, e)
}

func formatOne(b *strings.Builder, e *Exc) {
	if len(e.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		// As CPython does, a frame repeated more than three times in a row
		// (recursion) prints three times and then a count.
		repeats := 0
		for i := len(e.Traceback) - 1; i >= 0; i-- {
			f := e.Traceback[i]
			if i < len(e.Traceback)-1 && f == e.Traceback[i+1] {
				repeats++
			} else {
				writeRepeats(b, repeats)
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
		writeRepeats(b, repeats)
	}
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
