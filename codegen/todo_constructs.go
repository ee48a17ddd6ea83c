package codegen

import (
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// classDef compiles a class statement.
func (f *fn) classDef(s *ast.ClassDef) {
	f.g.errorf(s, "not supported by asyncgen yet: class definitions")
}

// with compiles with and async with statements.
func (f *fn) with(items []*ast.WithItem, body []ast.Stmt, async bool) {
	f.g.errorf(items[0].ContextExpr, "not supported by asyncgen yet: with statements")
}

// comprehension compiles list, set and dict comprehensions.
func (f *fn) comprehension(e ast.Expr) *jen.Statement {
	f.g.errorf(e, "not supported by asyncgen yet: comprehensions")
	return py("None")
}

// genexp compiles a generator expression.
func (f *fn) genexp(e *ast.GeneratorExp) *jen.Statement {
	f.g.errorf(e, "not supported by asyncgen yet: generator expressions")
	return py("None")
}
