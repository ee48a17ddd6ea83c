package codegen

import (
	"fmt"
	"strings"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// firstLine is CPython's co_firstlineno: the def line, or the first
// decorator's line when there are decorators.
func firstLine(node ast.Node) int {
	switch d := node.(type) {
	case *ast.FunctionDef:
		if len(d.DecoratorList) > 0 {
			return d.DecoratorList[0].Span().Lineno
		}
		return d.Lineno
	case *ast.AsyncFunctionDef:
		if len(d.DecoratorList) > 0 {
			return d.DecoratorList[0].Span().Lineno
		}
		return d.Lineno
	case ast.Positioned:
		return d.Span().Lineno
	}
	return 0
}

func codeKind(s *check.Scope) string {
	switch {
	case s.Async && s.Generator:
		return "AsyncGeneratorCode"
	case s.Generator:
		return "GeneratorCode"
	case s.Async:
		return "CoroutineCode"
	}
	return "FunctionCode"
}

// newFn starts compiling the body of scope s nested in parent.
func (g *generator) newFn(parent *fn, s *check.Scope, node ast.Node, machine bool) *fn {
	return g.fnOf(parent, s, machine, g.codeVar(s, firstLine(node), codeKind(s), defBody(node)))
}

// defBody is the body of a def, or nil for a lambda or comprehension.
func defBody(node ast.Node) []ast.Stmt {
	switch d := node.(type) {
	case *ast.FunctionDef:
		return d.Body
	case *ast.AsyncFunctionDef:
		return d.Body
	}
	return nil
}

// fnOf returns the compiler of scope s's body whose *py.Code is the
// variable code.
func (g *generator) fnOf(parent *fn, s *check.Scope, machine bool, code string) *fn {
	return &fn{g: g, scope: s, parent: parent, b: newBody(g.opts.File), machine: machine, handler: "ag_raise", code: code}
}

// compileBody compiles the statements of a function and its exits.
func (f *fn) compileBody(body []ast.Stmt) {
	f.findIntLocals(body)
	f.compileWith(func() { f.stmts(body) })
}

// compileWith compiles a function body produced by compile, then the
// function's implicit "return None" and its exception exit.
func (f *fn) compileWith(compile func()) {
	compile()
	f.b.at(0, 0)
	f.b.plumbing(f.ref("ag_retval").Op("=").Add(py("None")))
	f.usesRetval = true
	f.finish()
	f.b.mark("ag_raise")
	if f.machine {
		f.b.plumbing(jen.Id(recv).Dot("ag_state").Op("=").Lit(-1))
		f.b.ret(jen.Nil(), py("Raised"), jen.Id(excVar))
		return
	}
	f.b.ret(jen.Nil(), jen.Id(excVar))
}

// plainFunc compiles a module-level def to a top-level Go function taking
// one py.Object per parameter slot, and returns its name.
func (g *generator) plainFunc(parent *fn, s *check.Scope, node ast.Node, params []string, body []ast.Stmt) (name, code string) {
	f := g.newFn(parent, s, node, false)
	f.compileBody(body)
	name = g.funcName(s)
	g.declarePlain(f, name, fmt.Sprintf("%s is def %s at %s:%d.", name, s.QualName, g.opts.File, firstLine(node)), params)
	return name, f.code
}

// declarePlain declares the body f compiled as the top-level Go function
// name(params) (py.Object, *py.Exc), documented by doc.
func (g *generator) declarePlain(f *fn, name, doc string, params []string) {
	stmts := append(f.prologue(), f.b.render()...)
	g.decls = append(g.decls, jen.Comment(doc).Line().
		Func().Id(name).Params(goParams(params)...).Params(py("Object"), jen.Op("*").Add(py("Exc"))).Block(stmts...))
}

// funcName is the Go name of a module-level function: the one direct calls
// use when the def is never rebound.
func (g *generator) funcName(s *check.Scope) string {
	if d, ok := g.direct[s.Name]; ok && s.Parent == g.info.Module {
		return d.goName
	}
	g.nfuncs++
	return fmt.Sprintf("agF%d_%s", g.nfuncs, goName(strings.Trim(s.Name, "<>")))
}

// closureBody compiles a nested def to the statements of a Go closure that
// receives its bound arguments in ag_args.
func (g *generator) closureBody(parent *fn, s *check.Scope, node ast.Node, params []string, body []ast.Stmt) ([]jen.Code, string) {
	f := g.newFn(parent, s, node, false)
	f.compileBody(body)
	var bind []jen.Code
	for i, p := range params {
		bind = append(bind, jen.Id(goName(p)).Op(":=").Id("ag_args").Index(jen.Lit(i)), jen.Id("_").Op("=").Id(goName(p)))
	}
	return append(append(bind, f.prologue()...), f.b.render()...), f.code
}

// stateMachine is a compiled coroutine, generator or async generator.
type stateMachine struct {
	typeName string
	code     string // the *py.Code variable
	scope    *check.Scope
	params   []string
}

// construct returns the Go expression creating the state machine inside
// parent, for parameter slots given as Go expressions.
func (sm *stateMachine) construct(parent *fn, slots []jen.Code) jen.Code {
	d := jen.Dict{}
	for _, name := range sm.scope.FreeNames() {
		d[jen.Id(goName(name))] = parent.varAddr(name)
	}
	for i, p := range sm.params {
		d[jen.Id(goName(p))] = slots[i]
	}
	v := jen.Op("&").Id(sm.typeName).Values(d)
	switch codeKind(sm.scope) {
	case "GeneratorCode":
		return py("NewGenerator").Call(v)
	case "AsyncGeneratorCode":
		return py("NewAsyncGenerator").Call(v)
	}
	return v
}

// machine compiles a coroutine, generator or async generator into a
// struct type with a Resume method, declared at top level.
func (g *generator) machine(parent *fn, s *check.Scope, node ast.Node, params []string, compile func(*fn)) *stateMachine {
	g.nfuncs++
	sm := &stateMachine{typeName: fmt.Sprintf("agC%d_%s", g.nfuncs, goName(strings.Trim(s.Name, "<>"))), scope: s, params: params}
	direct, isDirect := g.direct[s.Name]
	isDirect = isDirect && s.Parent == g.info.Module
	if isDirect && direct.machine != "" {
		sm.typeName = direct.machine
	}
	f := g.newFn(parent, s, node, true)
	f.structName = sm.typeName
	f.localRetval = !hasFinally(node)
	sm.code = f.code
	compile(f)

	fields := []jen.Code{
		jen.Id("ag_state").Int32().Comment("resume point; 0 before the first resume, -1 when finished"),
		jen.Id("ag_line").Int32().Comment(".py line of the current suspension"),
		jen.Id("ag_aw").Add(py("Awaiter")).Comment("what an await in progress delegates to"),
	}
	if !f.localRetval {
		fields = append(fields, jen.Id("ag_retval").Add(py("Object")))
	}
	for _, name := range s.FreeNames() {
		fields = append(fields, jen.Id(goName(name)).Op("*").Add(py("Object")))
	}
	for _, p := range params {
		if s.Lookup(p) == nil { // a hidden parameter, such as a generator expression's iterator
			fields = append(fields, jen.Id(goName(p)).Add(py("Object")))
		}
	}
	// A synchronous coroutine's state machine keeps only its parameters:
	// its plain function has the other locals (delegateSync).
	_, delegates := g.syncCoroutine(s)
	for _, name := range s.Names() {
		if sym := s.Lookup(name); (sym.Kind == check.Local || sym.Kind == check.Cell) && (!delegates || sym.Param) {
			fields = append(fields, jen.Id(goName(name)).Add(py("Object")))
		}
	}
	for _, fl := range f.fields {
		fields = append(fields, jen.Id(fl.name).Add(fl.typ))
	}

	cases := []jen.Code{jen.Case(jen.Lit(0)).Block(jen.Goto().Id("ag_start"))}
	for i, label := range f.states {
		cases = append(cases, jen.Case(jen.Lit(i+1)).Block(jen.Goto().Id(label)))
	}
	dispatch := []jen.Code{
		jen.Switch(jen.Id(recv).Dot("ag_state")).Block(cases...),
		jen.Return(jen.Nil(), py("Raised"), rt("ResumeFinished").Call(jen.Id(f.code))),
		jen.Line().Id("ag_start").Op(":"),
		jen.If(jen.Id(thrownVar).Op("!=").Nil()).Block(
			jen.Id(recv).Dot("ag_state").Op("=").Lit(-1),
			jen.Return(jen.Nil(), py("Raised"), jen.Id(thrownVar)),
		),
	}
	stmts := append(append(f.prologue(), dispatch...), f.b.render()...)

	if isDirect && direct.reusable {
		g.decls = append(g.decls, g.reuser(sm, &direct, f))
	}
	if d, ok := g.direct[s.Name]; ok && s.Parent == g.info.Module {
		slots := make([]jen.Code, len(params))
		for i, p := range params {
			slots[i] = jen.Id(goName(p))
		}
		g.decls = append(g.decls, jen.Commentf("%s calls %s %s.", d.goName, codeKind(s), s.QualName).Line().
			Func().Id(d.goName).Params(goParams(params)...).Params(py("Object"), jen.Op("*").Add(py("Exc"))).
			Block(jen.Return(sm.construct(parent, slots), jen.Nil())))
	}
	kindWord := map[string]string{"CoroutineCode": "async def", "GeneratorCode": "generator", "AsyncGeneratorCode": "async generator"}[codeKind(s)]
	g.decls = append(g.decls,
		jen.Commentf("%s is the state machine of %s %s at %s:%d.", sm.typeName, kindWord, s.QualName, g.opts.File, firstLine(node)).Line().
			Type().Id(sm.typeName).Struct(fields...),
		jen.Comment("Code describes the compiled function.").Line().
			Func().Params(jen.Id(recv).Op("*").Id(sm.typeName)).Id("Code").Params().Op("*").Add(py("Code")).Block(jen.Return(jen.Id(f.code))),
		jen.Comment("State is 0 before the first resume, -1 once finished; see py.StateReporter.").Line().
			Func().Params(jen.Id(recv).Op("*").Id(sm.typeName)).Id("State").Params().Int().Block(jen.Return(jen.Int().Call(jen.Id(recv).Dot("ag_state")))),
		jen.Comment("Line is the line the state machine is suspended at.").Line().
			Func().Params(jen.Id(recv).Op("*").Id(sm.typeName)).Id("Line").Params().Int().Block(jen.Return(jen.Int().Call(jen.Id(recv).Dot("ag_line")))),
		jen.Comment("Resume runs the state machine to its next suspension; see py.Awaiter.").Line().
			Func().Params(jen.Id(recv).Op("*").Id(sm.typeName)).Id("Resume").
			Params(jen.Id(sentVar).Add(py("Object")), jen.Id(thrownVar).Op("*").Add(py("Exc"))).
			Params(py("Object"), py("Status"), jen.Op("*").Add(py("Exc"))).Block(stmts...),
	)
	return sm
}

// reuser declares the function awaits of a reusable direct async def call
// (see awaitDirect): it reinitialises the finished state machine an
// awaiting function keeps in *slot for a new call, keeping the state
// machines it keeps in turn, or makes the first one.
func (g *generator) reuser(sm *stateMachine, d *directFunc, f *fn) jen.Code {
	fresh := jen.Dict{}
	for _, p := range sm.params {
		fresh[jen.Id(goName(p))] = jen.Id(goName(p))
	}
	again := jen.Dict{}
	for k, v := range fresh {
		again[k] = v
	}
	for name := range f.subs {
		again[jen.Id(name)] = jen.Id("ag_c").Dot(name)
	}
	params := append([]jen.Code{jen.Id("ag_slot").Op("**").Id(sm.typeName)}, goParams(sm.params)...)
	name := reuseFunc(d)
	return jen.Commentf("%s returns the state machine of a call of %s for an await: the one in *ag_slot,", name, sm.scope.QualName).Line().
		Comment("finished by the previous await there, reinitialised; or a new one.").Line().
		Func().Id(name).Params(params...).Op("*").Id(sm.typeName).Block(
		jen.Id("ag_c").Op(":=").Op("*").Id("ag_slot"),
		jen.If(jen.Id("ag_c").Op("==").Nil()).Block(
			jen.Id("ag_c").Op("=").Op("&").Id(sm.typeName).Values(fresh),
			jen.Op("*").Id("ag_slot").Op("=").Id("ag_c"),
			jen.Return(jen.Id("ag_c")),
		),
		jen.Op("*").Id("ag_c").Op("=").Id(sm.typeName).Values(again),
		jen.Return(jen.Id("ag_c")),
	)
}

// hasFinally reports whether a function's own body (not its nested
// functions and classes) has a try or with statement, whose finally block
// or exit can run, and suspend, between a return and the function's end.
func hasFinally(node ast.Node) bool {
	found := false
	ast.Inspect(node, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Try, *ast.TryStar, *ast.With, *ast.AsyncWith:
			found = true
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
			return n == node
		}
		return !found
	})
	return found
}

// goParams is the Go parameter list "a, b py.Object" of a compiled
// function taking one py.Object per Python parameter slot.
func goParams(params []string) []jen.Code {
	ps := make([]jen.Code, len(params))
	for i, p := range params {
		ps[i] = jen.Id(goName(p))
	}
	if len(ps) > 0 {
		ps[len(ps)-1] = jen.Add(ps[len(ps)-1]).Add(py("Object"))
	}
	return ps
}
