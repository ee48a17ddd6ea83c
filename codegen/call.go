package codegen

import (
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// call compiles a call in CPython's order: the callee (with a method's
// receiver bound first), positional arguments, then keyword arguments.
func (f *fn) call(e *ast.Call) *jen.Statement {
	if v := f.superCall(e); v != nil {
		return v
	}
	if v := f.excInfoCall(e); v != nil {
		return v
	}
	rest := append(append([]ast.Expr{}, e.Args...), keywordValues(e.Keywords)...)
	if name, ok := e.Func.(*ast.Name); ok && len(e.Keywords) == 0 && !hasStarred(e.Args) {
		if direct := f.g.directCall(name.Id, f.scope, len(e.Args)); direct != "" {
			args := f.args(e.Args, nil)
			return f.op(jen.Id(direct).Call(args...))
		}
	}
	callee := f.operand(e.Func, rest...)
	var args jen.Code = jen.Nil()
	if len(e.Args) > 0 {
		list := f.args(e.Args, keywordValues(e.Keywords))
		if hasStarred(e.Args) {
			args = list[0]
		} else {
			args = jen.Index().Add(py("Object")).Values(list...)
		}
	}
	var kw jen.Code = jen.Nil()
	if len(e.Keywords) > 0 {
		kw = f.keywords(e.Keywords, callee)
	}
	return f.op(py("Call").Call(callee, args, kw))
}

func keywordValues(kws []*ast.Keyword) []ast.Expr {
	out := make([]ast.Expr, len(kws))
	for i, k := range kws {
		out[i] = k.Value
	}
	return out
}

func hasStarred(args []ast.Expr) bool {
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// args compiles positional arguments; with *starred ones it returns a
// single expression of type []py.Object.
func (f *fn) args(args []ast.Expr, later []ast.Expr) []jen.Code {
	if !hasStarred(args) {
		out := make([]jen.Code, len(args))
		for i, a := range args {
			out[i] = f.operand(a, append(append([]ast.Expr{}, args[i+1:]...), later...)...)
		}
		return out
	}
	acc := f.value(py("NewList").Call())
	for _, a := range args {
		if s, ok := a.(*ast.Starred); ok {
			v := f.expr(s.Value)
			f.b.emit(jen.Id(excVar).Op("=").Add(rt("Extend").Call(acc, v)))
			f.check()
			continue
		}
		f.b.emit(rt("Append").Call(acc, f.expr(a)))
	}
	return []jen.Code{rt("Items").Call(acc)}
}

// keywords compiles keyword arguments, expanding **mappings, into a Go
// expression of type []py.Kwarg.
func (f *fn) keywords(kws []*ast.Keyword, callee jen.Code) jen.Code {
	expand := false
	for _, k := range kws {
		if k.Arg == nil {
			expand = true
		}
	}
	if !expand {
		vals := make([]jen.Code, len(kws))
		for i, k := range kws {
			v := f.operand(k.Value, keywordValues(kws[i+1:])...)
			vals[i] = jen.Values(jen.Dict{jen.Id("Name"): jen.Lit(*k.Arg), jen.Id("Value"): v})
		}
		return jen.Index().Add(py("Kwarg")).Values(vals...)
	}
	acc := f.slot("kw", jen.Index().Add(py("Kwarg")))
	f.b.emit(acc.Clone().Op("=").Nil())
	for _, k := range kws {
		v := f.expr(k.Value)
		if k.Arg == nil {
			f.b.emit(jen.List(acc.Clone(), jen.Id(excVar)).Op("=").Add(rt("KwargsUpdate").Call(callee, acc, v)))
			f.check()
			continue
		}
		f.b.emit(acc.Clone().Op("=").Append(acc, jen.Add(py("Kwarg")).Values(jen.Dict{jen.Id("Name"): jen.Lit(*k.Arg), jen.Id("Value"): v})))
	}
	return acc
}

// await compiles "await x": x's awaiter is resumed in place (delegation);
// while it yields, this state machine yields the same value to its driver.
func (f *fn) await(e *ast.Await) *jen.Statement {
	v := f.expr(e.Value)
	aw := jen.Id(recv).Dot("ag_aw")
	f.b.emit(jen.List(aw.Clone(), jen.Id(excVar)).Op("=").Add(rt("GetAwaiter").Call(v)))
	f.check()
	return f.delegate(e.Lineno)
}

// delegate resumes c.ag_aw until it finishes, suspending while it yields,
// and returns its result.
func (f *fn) delegate(line int) *jen.Statement {
	f.resumeAwaiter(line)
	f.check()
	return f.value(jen.Id("ag_r"))
}

// resumeAwaiter emits a resume point that drives c.ag_aw: while it yields,
// this state machine yields the same value; when it finishes, its result
// is in ag_r and its exception in ag_exc (not yet checked).
func (f *fn) resumeAwaiter(line int) {
	state, resume := f.newState()
	aw := jen.Id(recv).Dot("ag_aw")
	f.b.plumbing(jen.List(jen.Id(sentVar), jen.Id(thrownVar)).Op("=").List(jen.Nil(), jen.Nil()))
	f.b.plumbing(jen.Id(recv).Dot("ag_state").Op("=").Lit(state))
	f.b.mark(resume)
	f.usesAwaiter = true
	f.b.emit(jen.List(jen.Id("ag_r"), jen.Id("ag_st"), jen.Id(excVar)).Op("=").Add(aw.Clone().Dot("Resume").Call(jen.Id(sentVar), jen.Id(thrownVar))))
	f.b.emit(jen.If(jen.Id("ag_st").Op("==").Add(py("Yielded"))).Block(
		jen.Id(recv).Dot("ag_line").Op("=").Lit(line),
		jen.Return(jen.Id("ag_r"), py("Yielded"), jen.Nil()),
	))
	f.b.emit(aw.Clone().Op("=").Nil())
}

// newState allocates a resume point: its state number and label.
func (f *fn) newState() (int, string) {
	label := f.label("resume")
	f.states = append(f.states, label)
	f.b.roots = append(f.b.roots, label)
	return len(f.states), label
}

// yield compiles "yield v" in a generator or async generator.
func (f *fn) yield(e *ast.Yield) *jen.Statement {
	var v jen.Code = py("None")
	if e.Value != nil {
		v = f.expr(e.Value)
	}
	return f.yieldValue(v, e.Lineno)
}

// yieldValue suspends the generator with v and returns the value it is
// resumed with.
func (f *fn) yieldValue(v jen.Code, line int) *jen.Statement {
	if f.scope.Async {
		v = py("AsyncGenValue").Values(jen.Dict{jen.Id("Value"): v})
	}
	state, resume := f.newState()
	f.b.plumbing(jen.Id(recv).Dot("ag_state").Op("=").Lit(state))
	f.b.emit(jen.Id(recv).Dot("ag_line").Op("=").Lit(line))
	f.b.ret(v, py("Yielded"), jen.Nil())
	f.b.mark(resume)
	f.b.emit(jen.If(jen.Id(thrownVar).Op("!=").Nil()).Block(
		append([]jen.Code{jen.Id(excVar).Op("=").Id(thrownVar)}, f.raiseHere()...)...))
	return f.value(jen.Id(sentVar))
}
