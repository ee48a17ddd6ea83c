package codegen

import "github.com/asyncgen/asyncgen/grammar/ast"

// with compiles with and async with statements.
func (f *fn) with(items []*ast.WithItem, body []ast.Stmt, async bool) {
	f.g.errorf(items[0].ContextExpr, "not supported by asyncgen yet: with statements")
}
