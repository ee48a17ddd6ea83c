package codegen

import "github.com/asyncgen/asyncgen/grammar/ast"

// classDef compiles a class statement.
func (f *fn) classDef(s *ast.ClassDef) {
	f.g.errorf(s, "not supported by asyncgen yet: class definitions")
}

// with compiles with and async with statements.
func (f *fn) with(items []*ast.WithItem, body []ast.Stmt, async bool) {
	f.g.errorf(items[0].ContextExpr, "not supported by asyncgen yet: with statements")
}
