package codegen

import (
	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// def compiles a def or async def statement: decorators and defaults are
// evaluated now, in CPython's order, then the function object is built,
// decorated and bound.
func (f *fn) def(node ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr) {
	// Decorators and defaults may await: their values then live in the
	// state machine until the function object is built.
	evaluated := nodesOf(append(append(append([]ast.Expr{}, decorators...), args.Defaults...), args.KwDefaults...))
	old := f.spill
	f.spill = f.machine && f.suspends(evaluated...)
	defer func() { f.spill = old }()
	decs := make([]*jen.Statement, len(decorators))
	for i, d := range decorators {
		decs[i] = f.expr(d)
	}
	sig := f.signature(args)
	inner := f.g.info.ScopeOf(node)
	v := f.value(f.functionObject(inner, node, args, body, sig))
	for i := len(decs) - 1; i >= 0; i-- {
		v = f.op(py("Call").Call(decs[i], jen.Index().Add(py("Object")).Values(v), jen.Nil()))
	}
	f.b.at(node.Span().Lineno, node.Span().ColOffset)
	f.storeName(name, v)
}

// signature evaluates defaults and returns a *py.Signature literal.
func (f *fn) signature(a *ast.Arguments) jen.Code {
	d := jen.Dict{}
	var params []jen.Code
	for _, p := range append(append([]*ast.Arg{}, a.Posonlyargs...), a.Args...) {
		params = append(params, jen.Lit(p.Arg))
	}
	if len(params) > 0 {
		d[jen.Id("Params")] = jen.Index().String().Values(params...)
	}
	if len(a.Posonlyargs) > 0 {
		d[jen.Id("PosOnly")] = jen.Lit(len(a.Posonlyargs))
	}
	if len(a.Defaults) > 0 {
		vals := make([]jen.Code, len(a.Defaults))
		for i, e := range a.Defaults {
			vals[i] = f.expr(e)
		}
		d[jen.Id("Defaults")] = jen.Index().Add(py("Object")).Values(vals...)
	}
	if len(a.Kwonlyargs) > 0 {
		names := make([]jen.Code, len(a.Kwonlyargs))
		kd := jen.Dict{}
		for i, p := range a.Kwonlyargs {
			names[i] = jen.Lit(p.Arg)
			if a.KwDefaults[i] != nil {
				kd[jen.Lit(p.Arg)] = f.expr(a.KwDefaults[i])
			}
		}
		d[jen.Id("KwOnly")] = jen.Index().String().Values(names...)
		if len(kd) > 0 {
			d[jen.Id("KwDefaults")] = jen.Map(jen.String()).Add(py("Object")).Values(kd)
		}
	}
	if a.Vararg != nil {
		d[jen.Id("VarArgs")] = jen.True()
	}
	if a.Kwarg != nil {
		d[jen.Id("VarKw")] = jen.True()
	}
	return jen.Op("&").Add(py("Signature")).Values(d)
}

// paramNames lists a function's parameters in slot order (the order
// py.Signature.Bind fills them).
func paramNames(a *ast.Arguments) []string {
	var out []string
	for _, p := range a.Posonlyargs {
		out = append(out, p.Arg)
	}
	for _, p := range a.Args {
		out = append(out, p.Arg)
	}
	for _, p := range a.Kwonlyargs {
		out = append(out, p.Arg)
	}
	if a.Vararg != nil {
		out = append(out, a.Vararg.Arg)
	}
	if a.Kwarg != nil {
		out = append(out, a.Kwarg.Arg)
	}
	return out
}

// functionObject returns a Go expression building the *py.Function of a
// def, async def or lambda.
func (f *fn) functionObject(s *check.Scope, node ast.Node, args *ast.Arguments, body []ast.Stmt, sig jen.Code) jen.Code {
	params := paramNames(args)
	slots := make([]jen.Code, len(params))
	for i := range params {
		slots[i] = jen.Id("ag_args").Index(jen.Lit(i))
	}
	var stmts []jen.Code
	var code string
	switch {
	case s.IsCoroutine():
		compile := func(mf *fn) { mf.compileBody(body) }
		d, sync := f.g.syncCoroutine(s)
		if sync {
			compile = func(mf *fn) { mf.compileWith(func() { mf.delegateSync(d) }) }
		}
		sm := f.g.machine(f, s, node, params, compile)
		code = sm.code
		if sync {
			f.g.syncFunc(f, s, node, d, body, code)
			if d.intFn != "" {
				f.g.intFunc(s, node, d, body)
			}
		}
		stmts = []jen.Code{jen.Return(sm.construct(f, slots), jen.Nil())}
	case f.scope.Kind == check.ModuleScope && len(f.inline) == 0:
		var name string
		name, code = f.g.plainFunc(f, s, node, params, body)
		if d, ok := f.g.direct[s.Name]; ok && d.intFn != "" && s.Parent == f.g.info.Module {
			f.g.intFunc(s, node, d, body)
		}
		stmts = []jen.Code{jen.Return(jen.Id(name).Call(slots...))}
	default:
		// A closure over a comprehension's variables binds their cells
		// when it is created: the next run of the comprehension makes new
		// ones, and a Go closure would see the variable, not its value.
		caps := map[string]*jen.Statement{}
		var capParams, capArgs []jen.Code
		for _, name := range s.FreeNames() {
			if p := f.inlineAddr(name); p != nil {
				id := "ag_cap_" + goName(name)
				caps[name] = jen.Id(id)
				capParams = append(capParams, jen.Id(id).Op("*").Add(py("Object")))
				capArgs = append(capArgs, p)
			}
		}
		old := f.captures
		f.captures = caps
		stmts, code = f.g.closureBody(f, s, node, params, body)
		f.captures = old
		if len(caps) > 0 {
			wrapper := jen.Func().Params(jen.Id("ag_args").Index().Add(py("Object")), jen.Id("_").Index().Add(py("Kwarg"))).
				Params(py("Object"), jen.Op("*").Add(py("Exc"))).Block(stmts...)
			return jen.Func().Params(capParams...).Op("*").Add(py("Function")).
				Block(jen.Return(rt("Func").Call(jen.Id(code), sig, wrapper))).Call(capArgs...)
		}
	}
	wrapper := jen.Func().Params(jen.Id("ag_args").Index().Add(py("Object")), jen.Id("_").Index().Add(py("Kwarg"))).
		Params(py("Object"), jen.Op("*").Add(py("Exc"))).Block(stmts...)
	return rt("Func").Call(jen.Id(code), sig, wrapper)
}

// lambda compiles a lambda expression into a function object.
func (f *fn) lambda(e *ast.Lambda) *jen.Statement {
	sig := f.signature(e.Args)
	s := f.g.info.ScopeOf(e)
	body := []ast.Stmt{&ast.Return{Value: e.Body, Pos: e.Pos}}
	return f.value(f.functionObject(s, e, e.Args, body, sig))
}
