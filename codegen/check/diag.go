// Package check resolves the names of a parsed Python module and reports
// compile-time errors: CPython's own (such as "'await' outside async
// function") and asyncgen's ("not supported by asyncgen: ...").
//
// Its result, Info, tells the lowering pass for every function which names
// are locals, cells (locals captured by inner functions), free variables,
// globals and builtins, and whether the function is a coroutine, a generator
// or an async generator.
package check

import (
	"fmt"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// Severity tells errors from warnings.
type Severity uint8

const (
	// Error diagnostics stop compilation.
	Error Severity = iota
	// Warning diagnostics are printed; compilation goes on.
	Warning
)

// Diagnostic is one message about the source, at a position.
type Diagnostic struct {
	Pos      ast.Pos
	Severity Severity
	// Kind is the Python exception class CPython would raise ("SyntaxError")
	// or "error"/"warning" for asyncgen's own messages.
	Kind string
	Msg  string
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%d:%d: %s: %s", d.Pos.Lineno, d.Pos.ColOffset+1, d.Kind, d.Msg)
}
