package codegen

import (
	"fmt"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
)

// lint reports warnings about code that compiles but behaves differently
// from CPython 3.11 on purpose.
//
// asyncio.wait() given bare coroutines: Python 3.8 wrapped them in tasks,
// 3.11 raises TypeError. Older asyncio guides pass them, so asyncgen
// accepts them as 3.8 did and says so at compile time, naming the line.
func lint(mod *ast.Module) []check.Diagnostic {
	l := &linter{asyncDefs: map[string]bool{}, waits: map[string]bool{}}
	ast.Inspect(mod, func(n ast.Node) bool {
		if d, ok := n.(*ast.AsyncFunctionDef); ok {
			l.asyncDefs[d.Name] = true
		}
		return true
	})
	for _, s := range mod.Body {
		switch s := s.(type) {
		case *ast.Import:
			for _, a := range s.Names {
				if a.Name == "asyncio" {
					l.asyncio = "asyncio"
					if a.Asname != nil {
						l.asyncio = *a.Asname
					}
				}
			}
		case *ast.ImportFrom:
			if s.Module != nil && *s.Module == "asyncio" {
				for _, a := range s.Names {
					if a.Name == "wait" {
						name := a.Name
						if a.Asname != nil {
							name = *a.Asname
						}
						l.waits[name] = true
					}
				}
			}
		}
	}
	l.scope(mod.Body)
	return append(l.diags, lintArity(mod)...)
}

type linter struct {
	asyncDefs map[string]bool // names of async defs anywhere in the module
	asyncio   string          // the name asyncio is imported as
	waits     map[string]bool // names asyncio.wait is imported as
	diags     []check.Diagnostic
}

// scope lints one function's (or the module's) statements; names bound to
// a collection of coroutines are tracked per scope.
func (l *linter) scope(body []ast.Stmt) {
	coros := map[string]int{} // name -> line of the assignment of coroutines
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef:
			l.scope(n.Body)
			return false
		case *ast.AsyncFunctionDef:
			l.scope(n.Body)
			return false
		case *ast.Assign:
			if l.coroutines(n.Value) {
				for _, t := range n.Targets {
					if name, ok := t.(*ast.Name); ok {
						coros[name.Id] = n.Lineno
					}
				}
			}
		case *ast.Call:
			if l.isWait(n.Func) && len(n.Args) > 0 {
				arg := n.Args[0]
				line := 0
				if name, ok := arg.(*ast.Name); ok {
					line = coros[name.Id]
				} else if l.coroutines(arg) {
					line = arg.Span().Lineno
				}
				if line > 0 {
					l.diags = append(l.diags, check.Diagnostic{Pos: *arg.Span(), Severity: check.Warning, Kind: "warning",
						Msg: fmt.Sprintf("asyncio.wait() is passed coroutines (made at line %d), not tasks: Python 3.11 raises TypeError here; asyncgen wraps them in tasks, as Python 3.8 did", line)})
				}
			}
		}
		return true
	}
	for _, s := range body {
		ast.Inspect(s, visit)
	}
}

// isWait reports whether f names asyncio.wait.
func (l *linter) isWait(f ast.Expr) bool {
	switch f := f.(type) {
	case *ast.Attribute:
		m, ok := f.Value.(*ast.Name)
		return ok && l.asyncio != "" && m.Id == l.asyncio && f.Attr == "wait"
	case *ast.Name:
		return l.waits[f.Id]
	}
	return false
}

// coroutines reports whether e is a list, tuple or set display (or
// comprehension) whose items are calls of async defs.
func (l *linter) coroutines(e ast.Expr) bool {
	var items []ast.Expr
	switch e := e.(type) {
	case *ast.List:
		items = e.Elts
	case *ast.Tuple:
		items = e.Elts
	case *ast.Set:
		items = e.Elts
	case *ast.ListComp:
		items = []ast.Expr{e.Elt}
	case *ast.SetComp:
		items = []ast.Expr{e.Elt}
	}
	for _, it := range items {
		if c, ok := it.(*ast.Call); ok {
			if f, ok := c.Func.(*ast.Name); ok && l.asyncDefs[f.Id] {
				return true
			}
		}
	}
	return false
}
