package grammar

import (
	"fmt"
	"strings"
)

// SyntaxError is a syntax error in Python source, reported as CPython
// reports it.
type SyntaxError struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Msg      string // CPython's message, such as "expected ':'"
	Filename string
	Line     int    // 1-based line of the error
	Col      int    // 0-based UTF-8 byte column of the error
	EndLine  int    // 1-based end line (0 if unknown)
	EndCol   int    // 0-based end column
	Text     string // the source line, without its newline
}

// Error returns "file:line:col: Kind: msg" with a 1-based column.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col+1, e.Kind, e.Msg)
}

// Render returns Error() followed by the source line and a caret under the
// error's column, each on its own line.
func (e *SyntaxError) Render() string {
	var b strings.Builder
	b.WriteString(e.Error())
	b.WriteByte('\n')
	if e.Text != "" {
		b.WriteString(e.Text)
		b.WriteByte('\n')
		col := min(max(e.Col, 0), len(e.Text))
		for _, c := range []byte(e.Text[:col]) {
			if c == '\t' {
				b.WriteByte('\t')
			} else if c < 0x80 || c >= 0xC0 {
				b.WriteByte(' ')
			}
		}
		b.WriteString("^\n")
	}
	return b.String()
}

// lineText returns line n (1-based) of src without its line break.
func lineText(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return src
}
