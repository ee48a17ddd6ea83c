package codegen

import (
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// with compiles "with" and "async with". Several items nest, as in
// Python. For each item: the manager is evaluated and entered (awaiting
// __aenter__ for async with), the "as" target is bound, and the body runs
// in a region like a finally block, so that every way out of it (falling
// off the end, break, continue, return, an exception) passes through the
// manager's exit: __exit__(None, None, None) on the normal ways, after
// which that way continues; __exit__(type, exc, tb) for an exception,
// which a true result suppresses and a false one lets propagate unchanged.
func (f *fn) with(items []*ast.WithItem, body []ast.Stmt, async bool) {
	item := items[0]
	line, col := item.ContextExpr.Span().Lineno, item.ContextExpr.Span().ColOffset
	mgr := f.slot("cm", py("Object"))
	var value *jen.Statement
	f.simple([]ast.Node{item.ContextExpr}, func() {
		f.b.emit(mgr.Clone().Op("=").Add(f.expr(item.ContextExpr)))
	})
	f.b.at(line, col)
	if async {
		f.b.emit(jen.List(jen.Id(recv).Dot("ag_aw"), jen.Id(excVar)).Op("=").Add(rt("AEnter").Call(mgr)))
		f.check()
		old := f.spill
		f.spill = true
		value = f.delegate(line)
		f.spill = old
	} else {
		value = f.temp()
		f.b.emit(jen.List(value.Clone(), jen.Id(excVar)).Op("=").Add(py("Enter").Call(mgr)))
		f.check()
	}

	fin := &final{entry: f.label("withexit"), record: f.slot("fin", rt("Completion"))}
	excEntry := f.label("withexc")
	outer := f.handler
	f.regions = append(f.regions, fin)
	f.handler = excEntry
	if item.OptionalVars != nil {
		f.simple([]ast.Node{item.OptionalVars}, func() { f.store(item.OptionalVars, value) })
	}
	if len(items) > 1 {
		f.with(items[1:], body, async)
	} else {
		f.stmts(body)
	}
	f.regions = f.regions[:len(f.regions)-1]
	f.handler = outer
	f.b.plumbing(fin.record.Clone().Op("=").Add(rt("Completion")).Values())
	f.b.jump(fin.entry)
	f.b.mark(excEntry)
	f.b.plumbing(fin.record.Clone().Op("=").Add(rt("Completion")).Values(jen.Dict{
		jen.Id("Kind"): jen.Lit(completeRaise), jen.Id("Exc"): jen.Id(excVar)}))

	f.b.mark(fin.entry)
	f.b.at(line, col)
	raised, resume := f.label("withraised"), f.label("withresume")
	f.b.gotoIf(fin.record.Clone().Dot("Kind").Op("==").Lit(completeRaise), raised)
	f.exitManager(mgr, jen.Nil(), async, line)
	f.b.jump(resume)

	f.b.mark(raised)
	f.handling = append(f.handling, fin.record.Clone().Dot("Exc"))
	suppress := f.exitManager(mgr, fin.record.Clone().Dot("Exc"), async, line)
	f.handling = f.handling[:len(f.handling)-1]
	f.b.gotoIf(jen.Op("!").Add(suppress), resume)
	f.b.plumbing(fin.record.Clone().Op("=").Add(rt("Completion")).Values())

	f.b.mark(resume)
	f.b.plumbing(mgr.Clone().Op("=").Nil())
	f.resumeCompletion(fin)
}

// exitManager calls the manager's __exit__ (awaits its __aexit__) with exc
// (a Go expression, nil for a normal exit) and returns a Go bool: whether
// the manager suppresses the exception.
func (f *fn) exitManager(mgr, exc jen.Code, async bool, line int) *jen.Statement {
	suppress := f.boolTemp()
	if async {
		f.b.emit(jen.List(jen.Id(recv).Dot("ag_aw"), jen.Id(excVar)).Op("=").Add(rt("AExit").Call(mgr, exc)))
		f.check()
		r := f.delegate(line)
		f.b.emit(jen.List(suppress.Clone(), jen.Id(excVar)).Op("=").Add(rt("Suppresses").Call(r)))
		f.check()
		return suppress
	}
	f.b.emit(jen.List(suppress.Clone(), jen.Id(excVar)).Op("=").Add(py("Exit").Call(mgr, exc)))
	f.check()
	return suppress
}
