package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/asyncgen/asyncgen/codegen"
	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar"
)

// diagnostic is one message about a .py file, from the parser or the
// compiler, in the form check -json prints.
type diagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"` // 1-based, in bytes
	Severity string `json:"severity"`
	Kind     string `json:"kind"` // SyntaxError, NameError, error, warning, ...
	Message  string `json:"message"`
	text     string // the source line
}

// compiled is the outcome of compiling one .py file.
type compiled struct {
	Go    []byte // nil when the file has errors
	Diags []diagnostic
}

// compile compiles the .py file at path for package pkg. display is the
// file name the generated code uses; diagnostics name path, as typed. err reports a
// file that cannot be read or an internal compiler error; errors in the
// Python source are diagnostics.
func compile(path, display, pkg string) (*compiled, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(string(src), "\n")
	res, err := codegen.Compile(src, codegen.Options{File: display, Package: pkg})
	if err != nil {
		var se *grammar.SyntaxError
		if !errors.As(err, &se) {
			return nil, err
		}
		return &compiled{Diags: []diagnostic{{
			File: path, Line: se.Line, Col: se.Col + 1, Severity: "error",
			Kind: se.Kind, Message: se.Msg, text: se.Text,
		}}}, nil
	}
	out := &compiled{Go: res.Go}
	for _, d := range res.Diags {
		sev := "error"
		if d.Severity == check.Warning {
			sev = "warning"
		}
		text := ""
		if d.Pos.Lineno >= 1 && d.Pos.Lineno <= len(lines) {
			text = strings.TrimSuffix(lines[d.Pos.Lineno-1], "\r")
		}
		out.Diags = append(out.Diags, diagnostic{
			File: path, Line: d.Pos.Lineno, Col: d.Pos.ColOffset + 1, Severity: sev,
			Kind: d.Kind, Message: d.Msg, text: text,
		})
	}
	return out, nil
}

// hasErrors reports whether the file failed to compile.
func (c *compiled) hasErrors() bool { return c.Go == nil }

// print writes file:line:col: Kind: message, the source line and a caret
// under the column.
func (d diagnostic) print(w io.Writer) {
	fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", d.File, d.Line, d.Col, d.Kind, d.Message)
	if d.text == "" {
		return
	}
	var caret strings.Builder
	for i, c := range []byte(d.text) {
		if i >= d.Col-1 {
			break
		}
		switch {
		case c == '\t':
			caret.WriteByte('\t')
		case c < 0x80 || c >= 0xC0: // one column per character
			caret.WriteByte(' ')
		}
	}
	fmt.Fprintf(w, "%s\n%s^\n", d.text, caret.String())
}

// compileOrReport compiles path and prints its diagnostics to stderr. It
// returns the Go source, or nil and the exit code (1).
func compileOrReport(path, display, pkg string, stderr io.Writer) ([]byte, int) {
	res, err := compile(path, display, pkg)
	if err != nil {
		fmt.Fprintf(stderr, "asyncgen: %v\n", err)
		return nil, 1
	}
	for _, d := range res.Diags {
		d.print(stderr)
	}
	if res.hasErrors() {
		return nil, 1
	}
	return res.Go, 0
}
