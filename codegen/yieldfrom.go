package codegen

import (
	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// yieldFrom compiles "yield from v" in a generator: like await, the
// delegate is resumed in place and every value it yields is yielded by
// this generator to its driver.
func (f *fn) yieldFrom(e *ast.YieldFrom) *jen.Statement {
	v := f.expr(e.Value)
	f.b.emit(jen.List(jen.Id(recv).Dot("ag_aw"), jen.Id(excVar)).Op("=").Add(rt("YieldFrom").Call(v)))
	f.check()
	return f.delegate(e.Lineno)
}

// excInfoCall compiles sys.exc_info() and sys.exception() to the exception
// the enclosing except clause (or finally block) handles, which the
// compiler knows lexically; it returns nil for any other call. A function
// called from a handler sees no exception, unlike CPython, whose
// exception state is dynamic.
func (f *fn) excInfoCall(e *ast.Call) *jen.Statement {
	attr, ok := e.Func.(*ast.Attribute)
	if !ok || len(e.Args) > 0 || len(e.Keywords) > 0 || (attr.Attr != "exc_info" && attr.Attr != "exception") {
		return nil
	}
	mod, ok := attr.Value.(*ast.Name)
	if !ok || mod.Id != "sys" {
		return nil
	}
	if sym := f.lookup("sys"); sym == nil || sym.Kind != check.Global {
		return nil
	}
	var handled jen.Code = jen.Nil()
	if h := f.handlingNow(); h != nil {
		handled = h
	}
	if attr.Attr == "exc_info" {
		return f.value(rt("ExcInfo").Call(handled))
	}
	return f.value(rt("Exception").Call(handled))
}
