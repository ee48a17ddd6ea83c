package codegen

import (
	"strconv"
	"strings"

	"github.com/asyncgen/asyncgen/codegen/check"
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
	if v := f.asyncioCall(e); v != nil {
		return v
	}
	if v := f.methodCall(e); v != nil {
		return v
	}
	if f.intPaths() && f.intCallOf(e) != nil {
		return f.fastIntCall(e, func() *jen.Statement { return f.call(e) })
	}
	rest := append(append([]ast.Expr{}, e.Args...), keywordValues(e.Keywords)...)
	if name, ok := e.Func.(*ast.Name); ok && len(e.Keywords) == 0 && !hasStarred(e.Args) {
		if d := f.g.directCall(name.Id, f.lookup(name.Id), len(e.Args)); d != nil {
			args := f.args(e.Args, nil)
			if d.machine != "" {
				return f.value(d.construct(args))
			}
			return f.countedCall(jen.Id(d.goName).Call(args...))
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

// asyncioFunc returns NAME for a call asyncio.NAME(...) that the runtime
// has a fast path for (see rt.AsyncioSleep): asyncio is bound only by
// "import asyncio" and the arguments have the shape of the fast path.
func (f *fn) asyncioFunc(e *ast.Call) string {
	attr, ok := e.Func.(*ast.Attribute)
	if !ok || !f.g.asyncio || len(e.Keywords) > 0 {
		return ""
	}
	if mod, ok := attr.Value.(*ast.Name); !ok || mod.Id != "asyncio" {
		return ""
	}
	sym := f.lookup("asyncio")
	if sym == nil || sym.Kind != check.Global && (sym.Kind != check.Local || f.scope.Kind != check.ModuleScope || sym != f.scope.Lookup("asyncio")) {
		return ""
	}
	switch attr.Attr {
	case "sleep", "create_task":
		if len(e.Args) == 1 && !hasStarred(e.Args) {
			return attr.Attr
		}
	case "gather":
		return attr.Attr
	}
	return ""
}

// asyncioCall compiles asyncio.sleep(x), asyncio.create_task(c) and
// asyncio.gather(...) to the runtime's fast paths, or returns nil.
func (f *fn) asyncioCall(e *ast.Call) *jen.Statement {
	name := f.asyncioFunc(e)
	if name == "" {
		return nil
	}
	mod := f.operand(e.Func.(*ast.Attribute).Value, e.Args...)
	switch name {
	case "sleep":
		return f.op(rt("AsyncioSleep").Call(mod, f.expr(e.Args[0])))
	case "create_task":
		return f.op(rt("AsyncioCreateTask").Call(mod, f.expr(e.Args[0])))
	}
	var args jen.Code = jen.Nil()
	gather := "AsyncioGather"
	switch {
	case len(e.Args) == 0:
	case len(e.Args) == 1 && isStarred(e.Args[0]):
		value := e.Args[0].(*ast.Starred).Value
		v := f.expr(value)
		items := f.newVar("items", jen.Index().Add(py("Object")), f.spill)
		f.b.emit(jen.List(items.Clone(), jen.Id(excVar)).Op("=").Add(rt("StarArgs").Call(v)))
		f.check()
		args = items
		if builtForCall(value) {
			gather = "AsyncioGatherOwned"
		}
	case hasStarred(e.Args):
		args = f.args(e.Args, nil)[0]
	default:
		args = jen.Index().Add(py("Object")).Values(f.args(e.Args, nil)...)
		gather = "AsyncioGatherOwned"
	}
	return f.op(rt(gather).Call(mod, args))
}

// builtForCall reports whether the value of e is a new list or iterator
// that nothing else refers to (a list display or comprehension, a
// generator expression), so that a callee may keep the items f(*e) passes
// it (StarArgs hands over a list's own items and copies any other
// iterable). A tuple display is not: a constant one may be shared.
func builtForCall(e ast.Expr) bool {
	switch e.(type) {
	case *ast.ListComp, *ast.List, *ast.GeneratorExp, *ast.SetComp:
		return true
	}
	return false
}

func keywordValues(kws []*ast.Keyword) []ast.Expr {
	out := make([]ast.Expr, len(kws))
	for i, k := range kws {
		out[i] = k.Value
	}
	return out
}

// methodCall compiles o.name(args) as CPython's method calls run: the
// method is looked up (py.LookupMethod) before the arguments are
// evaluated, and a function found on o's class is called with o in the
// argument slice rather than through a bound method object.
func (f *fn) methodCall(e *ast.Call) *jen.Statement {
	v, _ := f.methodCallParts(e)
	return v
}

// methodCallParts is methodCall that also returns the temporary holding
// the method found; it returns nils for other calls.
func (f *fn) methodCallParts(e *ast.Call) (v, method *jen.Statement) {
	attr, ok := e.Func.(*ast.Attribute)
	if !ok {
		return nil, nil
	}
	for _, k := range e.Keywords {
		if k.Arg == nil {
			return nil, nil // **mapping errors name the bound method
		}
	}
	m, self := f.lookupMethod(attr)
	var kw jen.Code = jen.Nil()
	if hasStarred(e.Args) {
		args := f.args(e.Args, keywordValues(e.Keywords))[0]
		if len(e.Keywords) > 0 {
			kw = f.keywords(e.Keywords, m)
		}
		return f.op(py("CallLooked").Call(m, self, args, kw)), m
	}
	args := append([]jen.Code{jen.Nil()}, f.args(e.Args, keywordValues(e.Keywords))...)
	if len(e.Keywords) > 0 {
		kw = f.keywords(e.Keywords, m)
	}
	return f.op(py("CallSelf").Call(m, self, jen.Index().Add(py("Object")).Values(args...), kw)), m
}

// lookupMethod evaluates the receiver of o.name and looks the method up
// through a per-site cache, returning what py.LookupMethod returns: the
// function and the self to pass it, or a bound value and nil.
func (f *fn) lookupMethod(attr *ast.Attribute) (m, self *jen.Statement) {
	recvV := f.expr(attr.Value)
	m, self = f.temp(), f.temp()
	site := f.g.methodSite(f.b.line)
	f.b.emit(jen.List(m.Clone(), self.Clone(), jen.Id(excVar)).Op("=").Add(site.Dot("Lookup").Call(recvV, jen.Lit(attr.Attr))))
	f.check()
	return m, self
}

// methodSite declares the cache of a method-call site at .py line line: a
// package variable, as CPython keeps its inline caches in the code object,
// so that every call of the function and every coroutine it makes share
// what the site has learnt (compiled code runs holding the interpreter
// lock, which orders the accesses).
func (g *generator) methodSite(line int) *jen.Statement {
	g.nsites++
	name := "agMS" + strconv.Itoa(g.nsites)
	g.decls = append(g.decls, jen.Var().Id(name).Add(py("MethodSite")).Comment("method call at line "+strconv.Itoa(line)))
	return jen.Id(name)
}

// awaitQueueOp compiles the awaitable of "await o.get()" and "await
// o.put(item)" (the calls asyncio queues are awaited through): the method
// is looked up as for any call, and when it is the queues' own, the
// queue's operation, kept in the state machine, is awaited directly
// (rt.AwaitGet, rt.AwaitPut). It
// reports false, emitting nothing, for other awaits.
func (f *fn) awaitQueueOp(call *ast.Call) bool {
	attr, ok := call.Func.(*ast.Attribute)
	if !ok || len(call.Keywords) > 0 || hasStarred(call.Args) {
		return false
	}
	var fast, opType string
	switch {
	case attr.Attr == "get" && len(call.Args) == 0:
		fast, opType = "AwaitGet", "QueueGetOp"
	case attr.Attr == "put" && len(call.Args) == 1:
		fast, opType = "AwaitPut", "QueuePutOp"
	default:
		return false
	}
	m, self := f.lookupMethod(attr)
	// The site's queue operation lives in the state machine: each await
	// of it ends before the next one starts.
	op := f.slot("qop", rt(opType))
	args := append([]jen.Code{jen.Op("&").Add(op), m, self}, f.args(call.Args, nil)...)
	f.b.emit(jen.List(jen.Id(recv).Dot("ag_aw"), jen.Id(excVar)).Op("=").Add(rt(fast).Call(args...)))
	f.check()
	return true
}

func isStarred(e ast.Expr) bool {
	_, ok := e.(*ast.Starred)
	return ok
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
// The values computed for x are used up before the await suspends, so
// unless computing x suspends itself, its temporaries are Go locals rather
// than state-machine fields.
func (f *fn) await(e *ast.Await) *jen.Statement {
	if f.intPaths() && f.intCallOf(e) != nil {
		return f.fastIntCall(e, func() *jen.Statement { return f.await(e) })
	}
	if d := f.syncTarget(e); d != nil {
		return f.awaitSync(e, d)
	}
	if v := f.awaitSleep0(e); v != nil {
		return v
	}
	old := f.spill
	if !f.suspends(e.Value) {
		f.spill = false
	}
	f.awaitable(e)
	f.spill = old
	if f.g.soleAwaits[e] {
		// Nothing else in the statement suspends: what the rest of it
		// computes is used up before the next suspension, so Go locals
		// hold it (the statement restores f.spill when it ends).
		f.resumeAwaiter(e.Lineno)
		f.check()
		f.spill = false
		return f.value(jen.Id("ag_r"))
	}
	return f.delegate(e.Lineno)
}

// soleAwaits finds the awaits that are the only suspension of their
// statement, an expression statement, assignment or return: the value of
// such an await need not survive a later suspension.
func soleAwaits(mod *ast.Module) map[*ast.Await]bool {
	sole := map[*ast.Await]bool{}
	ast.Inspect(mod, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ExprStmt, *ast.Assign, *ast.AugAssign, *ast.AnnAssign, *ast.Return:
		default:
			return true
		}
		var only *ast.Await
		count := 0
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.Await:
				only = x
				count++
			case *ast.Yield, *ast.YieldFrom:
				count++
			case *ast.Comprehension:
				if x.IsAsync != 0 {
					count++
				}
			}
			return true
		})
		if count == 1 && only != nil {
			sole[only] = true
		}
		return true
	})
	return sole
}

// awaitable sets c.ag_aw to the awaiter of the value of an await.
func (f *fn) awaitable(e *ast.Await) {
	if f.awaitDirect(e) {
		return
	}
	aw := jen.Id(recv).Dot("ag_aw")
	call, isCall := e.Value.(*ast.Call)
	asyncioFunc := ""
	if isCall {
		asyncioFunc = f.asyncioFunc(call)
	}
	switch {
	case asyncioFunc == "sleep":
		// sleep(0) with a literal 0 was compiled by awaitSleep0.
		mod := f.loadName("asyncio")
		v := f.expr(call.Args[0])
		f.b.emit(jen.List(aw.Clone(), jen.Id(excVar)).Op("=").Add(rt("AwaitAsyncioSleep").Call(mod, v)))
		f.check()
		return
	case isCall && asyncioFunc == "":
		if f.awaitQueueOp(call) {
			return
		}
		// A method call, unless sys.exc_info() or sys.exception(), which
		// call compiles specially.
		if attr, ok := call.Func.(*ast.Attribute); ok && attr.Attr != "exc_info" && attr.Attr != "exception" {
			if v, m := f.methodCallParts(call); v != nil {
				f.b.emit(jen.List(aw.Clone(), jen.Id(excVar)).Op("=").Add(rt("GetCallAwaiter").Call(m, v)))
				f.check()
				return
			}
		}
	}
	v := f.expr(e.Value)
	f.b.emit(jen.List(aw.Clone(), jen.Id(excVar)).Op("=").Add(rt("GetAwaiter").Call(v)))
	f.check()
}

// awaitSleep0 compiles "await asyncio.sleep(0)" with a literal 0 in a
// state machine as what that sleep does, a bare yield to the task (which
// reschedules it for the next loop iteration), when the asyncio module is
// unpatched at run time; otherwise it awaits asyncio.sleep(0) as any other
// awaitable. It returns nil, emitting nothing, for other awaits.
func (f *fn) awaitSleep0(e *ast.Await) *jen.Statement {
	call, ok := e.Value.(*ast.Call)
	if !ok || !f.machine || f.asyncioFunc(call) != "sleep" || !isIntConst(call.Args[0], 0) {
		return nil
	}
	// The module is used up before the suspension; the result must
	// survive a later one only if the statement has another.
	old := f.spill
	f.spill = false
	mod := f.loadName("asyncio")
	if !f.g.soleAwaits[e] {
		f.spill = old
	}
	result := f.temp()
	patched, done := f.label("sleep"), f.label("slept")
	f.b.gotoIf(jen.Op("!").Add(rt("AsyncioPristine").Call(mod)), patched)
	state, resume := f.newState()
	f.b.plumbing(jen.Id(recv).Dot("ag_state").Op("=").Lit(state))
	f.b.emit(jen.Id(recv).Dot("ag_line").Op("=").Lit(e.Lineno))
	f.b.ret(jen.Nil(), py("Yielded"), jen.Nil())
	f.b.mark(resume)
	f.b.emit(jen.If(jen.Id(thrownVar).Op("!=").Nil()).Block(
		append([]jen.Code{jen.Id(excVar).Op("=").Add(rt("Sleep0Thrown").Call(jen.Id(thrownVar)))}, f.raiseHere()...)...))
	f.b.emit(result.Clone().Op("=").Add(py("None")))
	f.b.jump(done)
	f.b.mark(patched)
	f.b.emit(jen.List(jen.Id(recv).Dot("ag_aw"), jen.Id(excVar)).Op("=").Add(rt("AwaitAsyncioSleep").Call(mod, jen.Lit(0))))
	f.check()
	f.resumeAwaiter(e.Lineno)
	f.check()
	f.b.emit(result.Clone().Op("=").Id("ag_r"))
	f.b.mark(done)
	return result
}

// isIntConst reports whether e is the int literal v.
func isIntConst(e ast.Expr, v int) bool {
	c, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	x, isInt := c.Value.(int)
	return isInt && x == v
}

// awaitDirect compiles the awaitable of "await f(args)" when f is a
// module-level async def that is never rebound: its state machine goes
// straight into c.ag_aw, with no function object, argument binding or
// awaitable check. A reusable callee's state machine is kept in a field of
// this one and reinitialised by the next such await, so a loop of awaits
// allocates nothing. It reports false, emitting nothing, for other awaits.
func (f *fn) awaitDirect(e *ast.Await) bool {
	call, ok := e.Value.(*ast.Call)
	if !ok || !f.machine || len(call.Keywords) > 0 || hasStarred(call.Args) {
		return false
	}
	name, ok := call.Func.(*ast.Name)
	if !ok {
		return false
	}
	d := f.g.directCall(name.Id, f.lookup(name.Id), len(call.Args))
	if d == nil || d.machine == "" {
		return false
	}
	args := f.args(call.Args, nil)
	aw := jen.Id(recv).Dot("ag_aw")
	if !d.reusable {
		f.b.emit(aw.Op("=").Add(d.construct(args)))
		return true
	}
	slot := "ag_sub_" + goName(name.Id)
	if f.subs == nil {
		f.subs = map[string]bool{}
	}
	if !f.subs[slot] {
		f.subs[slot] = true
		f.fields = append(f.fields, field{slot, jen.Op("*").Id(d.machine)})
	}
	f.b.emit(aw.Op("=").Id(reuseFunc(d)).Call(append([]jen.Code{jen.Op("&").Id(recv).Dot(slot)}, args...)...))
	return true
}

// construct returns the Go expression creating the state machine of a
// direct async def for positional arguments args.
func (d *directFunc) construct(args []jen.Code) jen.Code {
	vals := jen.Dict{}
	for i, p := range d.names {
		vals[jen.Id(goName(p))] = args[i]
	}
	return jen.Op("&").Id(d.machine).Values(vals)
}

// reuseFunc names the function that reinitialises a reusable state
// machine for an await (see generator.reuser).
func reuseFunc(d *directFunc) string { return "agA_" + strings.TrimPrefix(d.machine, "agC_") }

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
	// Prerendered Go, as in raiseHere, but for the statement check uses.
	f.b.plumbing(jen.Id(sentVar + ", " + thrownVar + " = nil, nil"))
	f.b.plumbing(jen.Id(recv + ".ag_state = " + strconv.Itoa(state)))
	f.b.mark(resume)
	f.usesAwaiter = true
	// Each resume runs the awaited coroutine on this Go stack, as CPython
	// runs its frame on top of this one: it counts towards RecursionError.
	f.b.emit(jen.Id(excVar).Op("=").Add(rt("EnterCall").Call()))
	f.check()
	f.b.emit(jen.Id("ag_r, ag_st, " + excVar + " = " + recv + ".ag_aw.Resume(" + sentVar + ", " + thrownVar + ")"))
	f.b.emit(jen.Id("rt.LeaveCall()"))
	f.b.emit(jen.If(jen.Id("ag_st == py.Yielded")).Block(
		jen.Id(recv+".ag_line = "+strconv.Itoa(line)),
		jen.Id("return ag_r, py.Yielded, nil"),
	))
	f.b.emit(jen.Id(recv + ".ag_aw = nil"))
}

// countedCall calls a compiled plain function directly, counting the call
// for RecursionError as every Python call is counted.
func (f *fn) countedCall(call jen.Code) *jen.Statement {
	f.b.emit(jen.Id(excVar).Op("=").Add(rt("EnterCall").Call()))
	f.check()
	t := f.temp()
	f.b.emit(jen.List(t.Clone(), jen.Id(excVar)).Op("=").Add(call))
	f.b.emit(jen.Id("rt.LeaveCall()"))
	f.check()
	return t
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
