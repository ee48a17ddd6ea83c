package codegen

import (
	"strings"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// Completion kinds, as rt.Completion.Kind holds them.
const (
	completeNormal = iota
	completeRaise
	completeReturn
	completeJump
)

func (f *fn) stmts(list []ast.Stmt) {
	for _, s := range list {
		f.stmt(s)
	}
}

// suspends reports whether evaluating any of the nodes here can suspend:
// like mayAwait, except that an await of a synchronous coroutine (see
// syncTarget) does not suspend. Inside a comprehension, whose names
// resolve in its own scope, every await counts.
func (f *fn) suspends(nodes ...ast.Node) bool {
	return canSuspend(nodes, func(a *ast.Await) bool { return f.syncTarget(a) != nil })
}

// mayAwait reports whether evaluating any of the nodes can suspend,
// counting every await.
func mayAwait(nodes ...ast.Node) bool { return canSuspend(nodes, nil) }

// canSuspend reports whether evaluating any of the nodes can suspend, an
// await not counting when sync (if given) reports it synchronous.
func canSuspend(nodes []ast.Node, sync func(*ast.Await) bool) bool {
	found := false
	for _, n := range nodes {
		if n == nil {
			continue
		}
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Await:
				found = found || sync == nil || !sync(n)
			case *ast.Yield, *ast.YieldFrom:
				found = true
			case *ast.Comprehension:
				found = found || n.IsAsync != 0
			case *ast.ListComp, *ast.SetComp, *ast.DictComp:
				if sync != nil {
					found = found || mayAwait(n)
					return false
				}
			case *ast.GeneratorExp:
				// Only its first iterable runs in the enclosing scope.
				found = found || mayAwait(n.Generators[0].Iter)
				return false
			case *ast.Lambda, *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				return false
			}
			return !found
		})
	}
	return found
}

// simple compiles a statement whose expressions are given: temporaries are
// spilled into the state machine when one of them suspends.
func (f *fn) simple(parts []ast.Node, compile func()) {
	old := f.spill
	f.spill = f.machine && f.suspends(parts...)
	compile()
	f.spill = old
}

func (f *fn) stmt(s ast.Stmt) {
	p := s.Span()
	f.b.at(p.Lineno, p.ColOffset)
	switch s := s.(type) {
	case *ast.ExprStmt:
		f.simple([]ast.Node{s.Value}, func() { f.exprStmt(s.Value) })
	case *ast.Assign:
		nodes := []ast.Node{s.Value}
		for _, t := range s.Targets {
			nodes = append(nodes, t)
		}
		f.simple(nodes, func() {
			general := func() {
				v := f.expr(s.Value)
				for _, t := range s.Targets {
					f.store(t, v)
				}
			}
			if len(s.Targets) != 1 || !intAssignable(s.Value) || !f.intStore(s.Targets[0], 0, s.Value, general) {
				general()
			}
		})
	case *ast.AnnAssign:
		if s.Value != nil {
			f.simple([]ast.Node{s.Value, s.Target}, func() { f.store(s.Target, f.expr(s.Value)) })
		}
	case *ast.AugAssign:
		f.simple([]ast.Node{s.Value, s.Target}, func() {
			if !f.intStore(s.Target, s.Op, s.Value, func() { f.augAssign(s) }) && !f.intUpdate(s) {
				f.augAssign(s)
			}
		})
	case *ast.Return:
		f.simple([]ast.Node{s.Value}, func() { f.ret(s.Value) })
	case *ast.Pass, *ast.Global, *ast.Nonlocal:
	case *ast.If:
		f.ifStmt(s)
	case *ast.While:
		f.whileStmt(s)
	case *ast.For:
		f.forStmt(s.Target, s.Iter, s.Body, s.Orelse, false)
	case *ast.AsyncFor:
		f.forStmt(s.Target, s.Iter, s.Body, s.Orelse, true)
	case *ast.Break:
		l := f.loops[len(f.loops)-1]
		f.exitTo(l.depth, l.brk)
	case *ast.Continue:
		l := f.loops[len(f.loops)-1]
		f.exitTo(l.depth, l.cont)
	case *ast.Raise:
		f.simple([]ast.Node{s.Exc, s.Cause}, func() { f.raise(s) })
	case *ast.Try:
		f.try(s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
	case *ast.TryStar:
		f.try(s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
	case *ast.With:
		f.with(s.Items, s.Body, false)
	case *ast.AsyncWith:
		f.with(s.Items, s.Body, true)
	case *ast.FunctionDef:
		f.def(s, s.Name, s.Args, s.Body, s.DecoratorList)
	case *ast.AsyncFunctionDef:
		f.def(s, s.Name, s.Args, s.Body, s.DecoratorList)
	case *ast.ClassDef:
		f.classDef(s)
	case *ast.Import:
		for _, a := range s.Names {
			m := f.op(rt("Import").Call(jen.Lit(a.Name)))
			if a.Asname != nil {
				f.storeName(*a.Asname, f.op(rt("ImportAttr").Call(m, jen.Lit(a.Name))))
			} else {
				f.storeName(check.ImportedName(a.Name), m)
			}
		}
	case *ast.ImportFrom:
		mod := ""
		if s.Module != nil {
			mod = *s.Module
		}
		if mod == "__future__" && s.Level == 0 {
			return // a compiler directive; see check's future
		}
		m := f.op(rt("Import").Call(jen.Lit(mod)))
		if strings.Contains(mod, ".") {
			m = f.op(rt("ImportAttr").Call(m, jen.Lit(mod)))
		}
		for _, a := range s.Names {
			v := f.op(rt("ImportFrom").Call(m, jen.Lit(a.Name)))
			name := a.Name
			if a.Asname != nil {
				name = *a.Asname
			}
			f.storeName(name, v)
		}
	case *ast.Delete:
		f.simple(nodesOf(s.Targets), func() {
			for _, t := range s.Targets {
				f.del(t)
			}
		})
	case *ast.Assert:
		f.simple([]ast.Node{s.Test, s.Msg}, func() { f.assert(s) })
	case *ast.Match:
		f.match(s)
	default:
		f.g.errorf(s, "not supported by asyncgen: the %s statement", s.TypeName())
	}
}

func nodesOf(es []ast.Expr) []ast.Node {
	out := make([]ast.Node, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// exprStmt evaluates an expression for its effects.
func (f *fn) exprStmt(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Constant, *ast.Name:
		if _, isName := e.(*ast.Name); isName {
			f.expr(e) // may raise NameError
		}
		return
	case *ast.Call:
		v := f.expr(e)
		if !f.callsBuiltin(e) {
			// A coroutine dropped unawaited warns, as when CPython frees it.
			f.b.emit(rt("Drop").Call(v, jen.Id(f.code), jen.Lit(f.b.line)))
		}
		return
	}
	f.expr(e)
}

// callsBuiltin reports whether e calls a builtin function by its name
// (print(...)): none of them returns a coroutine.
func (f *fn) callsBuiltin(e *ast.Call) bool {
	name, ok := e.Func.(*ast.Name)
	if !ok {
		return false
	}
	sym := f.lookup(name.Id)
	return sym != nil && sym.Kind == check.Builtin
}

// store assigns v to a target expression.
func (f *fn) store(target ast.Expr, v *jen.Statement) {
	switch t := target.(type) {
	case *ast.Name:
		f.storeName(t.Id, v)
	case *ast.Attribute:
		obj := f.expr(t.Value)
		f.b.emit(jen.Id(excVar).Op("=").Add(py("SetAttr").Call(obj, jen.Lit(t.Attr), v)))
		f.check()
	case *ast.Subscript:
		obj := f.operand(t.Value, t.Slice)
		key := f.expr(t.Slice)
		f.b.emit(jen.Id(excVar).Op("=").Add(py("SetItem").Call(obj, key, v)))
		f.check()
	case *ast.Tuple:
		f.unpack(t.Elts, v)
	case *ast.List:
		f.unpack(t.Elts, v)
	default:
		f.g.errorf(target, "cannot assign to %s", target.TypeName())
	}
}

func (f *fn) storeName(name string, v jen.Code) {
	f.b.emit(f.varRef(name).Op("=").Add(v))
}

// unpack assigns the items of an iterable to several targets, one of which
// may be starred.
func (f *fn) unpack(elts []ast.Expr, v *jen.Statement) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			star = i
		}
	}
	items := f.slot("items", jen.Index().Add(py("Object")))
	if star < 0 {
		f.b.emit(jen.List(items.Clone(), jen.Id(excVar)).Op("=").Add(py("Unpack").Call(v, jen.Lit(len(elts)))))
	} else {
		f.b.emit(jen.List(items.Clone(), jen.Id(excVar)).Op("=").Add(py("UnpackStar").Call(v, jen.Lit(star), jen.Lit(len(elts)-star-1))))
	}
	f.check()
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			e = s.Value
		}
		f.store(e, f.value(items.Clone().Index(jen.Lit(i))))
	}
}

func (f *fn) del(target ast.Expr) {
	switch t := target.(type) {
	case *ast.Name:
		f.loadName(t.Id)
		f.b.emit(f.varRef(t.Id).Op("=").Nil())
	case *ast.Attribute:
		obj := f.expr(t.Value)
		f.b.emit(jen.Id(excVar).Op("=").Add(py("DelAttr").Call(obj, jen.Lit(t.Attr))))
		f.check()
	case *ast.Subscript:
		obj := f.operand(t.Value, t.Slice)
		key := f.expr(t.Slice)
		f.b.emit(jen.Id(excVar).Op("=").Add(py("DelItem").Call(obj, key)))
		f.check()
	case *ast.Tuple:
		for _, e := range t.Elts {
			f.del(e)
		}
	case *ast.List:
		for _, e := range t.Elts {
			f.del(e)
		}
	default:
		f.g.errorf(target, "cannot delete %s", target.TypeName())
	}
}

// augAssign compiles "t op= v": the target's container, key and old value
// are loaded before v is evaluated, as in CPython.
func (f *fn) augAssign(s *ast.AugAssign) {
	switch t := s.Target.(type) {
	case *ast.Name:
		old := f.operand(t, s.Value)
		v := f.expr(s.Value)
		f.storeName(t.Id, f.inPlace(s.Op, old, v))
	case *ast.Attribute:
		obj := f.expr(t.Value)
		old := f.op(py("GetAttr").Call(obj, jen.Lit(t.Attr)))
		v := f.expr(s.Value)
		r := f.inPlace(s.Op, old, v)
		f.b.emit(jen.Id(excVar).Op("=").Add(py("SetAttr").Call(obj, jen.Lit(t.Attr), r)))
		f.check()
	case *ast.Subscript:
		obj := f.operand(t.Value, t.Slice, s.Value)
		key := f.operand(t.Slice, s.Value)
		old := f.op(py("GetItem").Call(obj, key))
		v := f.expr(s.Value)
		r := f.inPlace(s.Op, old, v)
		f.b.emit(jen.Id(excVar).Op("=").Add(py("SetItem").Call(obj, key, r)))
		f.check()
	default:
		f.g.errorf(s.Target, "illegal expression for augmented assignment")
	}
}

// inPlace computes "old op= v": for + and - of two ints, the int fast path
// (an int's in-place operators are its binary ones).
func (f *fn) inPlace(op ast.Operator, old, v jen.Code) *jen.Statement {
	slow := py("InPlace").Call(jen.Lit(opSymbols[op]), old, v)
	if fast := numFastOps[op]; fast != "" {
		return f.fastOp(fast, slow, old, v)
	}
	return f.op(slow)
}

var opSymbols = map[ast.Operator]string{
	ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/", ast.Mod: "%",
	ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
	ast.BitAnd: "&", ast.FloorDiv: "//",
}

func (f *fn) assert(s *ast.Assert) {
	ok := f.truth(s.Test)
	done := f.label("assert")
	f.b.gotoIf(ok, done)
	var msg jen.Code = jen.Nil()
	if s.Msg != nil {
		msg = f.expr(s.Msg)
	}
	f.b.emit(jen.Id(excVar).Op("=").Add(rt("AssertionError").Call(msg)))
	f.b.emitExit(jen.Block(f.raiseHere()...))
	f.b.mark(done)
}

func (f *fn) ifStmt(s *ast.If) {
	orelse, done := f.label("else"), f.label("endif")
	var c *jen.Statement
	f.simple([]ast.Node{s.Test}, func() { c = f.truth(s.Test) })
	f.b.gotoIf(jen.Op("!").Add(c), orelse)
	f.stmts(s.Body)
	f.b.jump(done)
	f.b.mark(orelse)
	f.stmts(s.Orelse)
	f.b.mark(done)
}

func (f *fn) whileStmt(s *ast.While) {
	head, orelse, brk := f.label("while"), f.label("whileelse"), f.label("endwhile")
	f.b.mark(head)
	f.b.at(s.Lineno, s.ColOffset)
	var c *jen.Statement
	f.loopTest = true
	f.simple([]ast.Node{s.Test}, func() { c = f.truth(s.Test) })
	f.loopTest = false
	f.b.gotoIf(jen.Op("!").Add(c), orelse)
	f.loops = append(f.loops, &loop{brk: brk, cont: head, depth: len(f.regions)})
	f.stmts(s.Body)
	f.loops = f.loops[:len(f.loops)-1]
	f.b.jump(head)
	f.b.mark(orelse)
	f.stmts(s.Orelse)
	f.b.mark(brk)
}

// forStmt compiles for and async for loops.
func (f *fn) forStmt(target, iter ast.Expr, body, orelse []ast.Stmt, async bool) {
	head, elseL, brk := f.label("for"), f.label("forelse"), f.label("endfor")
	var it loopIter
	f.simple([]ast.Node{iter}, func() { it = f.startLoop(iter, async, true) })
	var resume []string
	if plan := f.planIntLoop(it, target, body, async); plan != nil {
		resume = make([]string, len(body))
		for k := range body {
			resume[k] = f.label("resume")
		}
		f.emitIntLoop(plan, it, body, head, elseL, resume)
	}
	f.b.mark(head)
	f.b.at(target.Span().Lineno, target.Span().ColOffset)
	if !f.intCounter(it, target, elseL) {
		item := f.nextOf(it, async, elseL)
		f.simple([]ast.Node{target}, func() { f.store(target, item) })
	}
	// An iterator over a temporary (a generator made by the loop header)
	// is abandoned, and so finalized, when the loop is left early; a
	// range's needs nothing.
	temporary := isTemporary(iter) && !it.counter
	outer := f.handler
	abandon := f.label("abandon")
	if temporary {
		f.regions = append(f.regions, &cleanup{code: []jen.Code{rt("AbandonIter").Call(it.v)}})
		f.handler = abandon
	}
	f.loops = append(f.loops, &loop{brk: brk, cont: head, depth: len(f.regions)})
	for k, s := range body {
		if resume != nil {
			f.b.mark(resume[k])
		}
		f.stmt(s)
	}
	f.loops = f.loops[:len(f.loops)-1]
	f.b.jump(head)
	if temporary {
		f.regions = f.regions[:len(f.regions)-1]
		f.handler = outer
		f.b.mark(abandon)
		f.b.plumbing(rt("AbandonIter").Call(it.v))
		f.b.plumbing(it.clear())
		f.reraise()
	}
	f.b.mark(elseL)
	f.b.plumbing(it.clear())
	f.stmts(orelse)
	f.b.mark(brk)
	if temporary {
		f.b.plumbing(jen.If(it.v.Clone().Op("!=").Nil()).Block(rt("AbandonIter").Call(it.v)))
	}
	f.b.plumbing(it.clear())
}

// loopIter is the iterator of a for loop or comprehension clause, in a
// slot of the function: a py.Object iterator, or (counter) the
// rt.IntRange of a loop over range(...) (see rangeLoop).
type loopIter struct {
	v       *jen.Statement
	counter bool
}

// startLoop evaluates a loop's iterable and makes its iterator (async:
// its async iterator) in a new slot; withCounter allows an rt.IntRange.
func (f *fn) startLoop(iter ast.Expr, async, withCounter bool) loopIter {
	if call := f.rangeLoop(iter, async); call != nil && withCounter {
		it := f.slot("rg", rt("IntRange"))
		args := append([]jen.Code{f.g.builtin("range")}, f.args(call.Args, nil)...)
		f.b.emit(jen.List(it.Clone(), jen.Id(excVar)).Op("=").Add(rt("RangeLoop").Call(args...)))
		f.check()
		return loopIter{v: it, counter: true}
	}
	v := f.expr(iter)
	it := f.slot("it", py("Object"))
	name := "Iter"
	if async {
		name = "AIter"
	}
	f.b.emit(jen.List(it.Clone(), jen.Id(excVar)).Op("=").Add(rt(name).Call(v)))
	f.check()
	return loopIter{v: it}
}

// clear releases the iterator once its loop is over.
func (it loopIter) clear() jen.Code {
	if it.counter {
		return it.v.Clone().Op("=").Add(rt("IntRange")).Values()
	}
	return it.v.Clone().Op("=").Nil()
}

// nextOf fetches the next item from it and jumps to done at the end.
func (f *fn) nextOf(it loopIter, async bool, done string) *jen.Statement {
	if it.counter {
		return f.nextFrom(it.v.Clone().Dot("Next").Call(), done)
	}
	return f.nextItem(it.v, async, done)
}

// rangeLoop returns the call of a sync for loop's iterable when it is
// range(1 to 3 positional arguments) of the builtin range (not rebound
// anywhere in the module), which loops over a Go counter (rt.RangeLoop).
func (f *fn) rangeLoop(iter ast.Expr, async bool) *ast.Call {
	call, ok := iter.(*ast.Call)
	if !ok || async || len(call.Args) == 0 || len(call.Args) > 3 || len(call.Keywords) > 0 || hasStarred(call.Args) {
		return nil
	}
	name, ok := call.Func.(*ast.Name)
	if !ok || name.Id != "range" || f.g.bound["range"] > 0 {
		return nil
	}
	if sym := f.lookup("range"); sym != nil && sym.Kind != check.Global && sym.Kind != check.Builtin {
		return nil
	}
	return call
}

// isTemporary reports whether a loop's iterable is an object only the loop
// holds (a call's result, a generator expression), as opposed to a name or
// attribute that keeps it alive after the loop.
func isTemporary(iter ast.Expr) bool {
	switch iter.(type) {
	case *ast.Call, *ast.GeneratorExp, *ast.Await:
		return true
	}
	return false
}

// nextItem fetches the next item of the iterator it (awaiting __anext__
// for async iteration) and jumps to done when the iterator is exhausted.
func (f *fn) nextItem(it *jen.Statement, async bool, done string) *jen.Statement {
	if async {
		old := f.spill
		f.spill = true
		defer func() { f.spill = old }()
		f.b.emit(jen.List(jen.Id(recv).Dot("ag_aw"), jen.Id(excVar)).Op("=").Add(rt("ANext").Call(it)))
		f.check()
		return f.asyncNext(done)
	}
	return f.nextFrom(rt("Next").Call(it), done)
}

// nextFrom calls next, which returns an item, whether the iteration is
// done and an exception, and jumps to done at the end.
func (f *fn) nextFrom(next jen.Code, done string) *jen.Statement {
	item := f.temp()
	end := f.boolTemp()
	f.b.emit(jen.List(item.Clone(), end.Clone(), jen.Id(excVar)).Op("=").Add(next))
	f.check()
	f.b.gotoIf(end, done)
	return item
}

// asyncNext awaits the __anext__ awaitable in c.ag_aw; StopAsyncIteration
// ends the loop.
func (f *fn) asyncNext(elseL string) *jen.Statement {
	f.resumeAwaiter(f.b.line)
	f.b.gotoIf(jen.Id(excVar).Op("!=").Nil().Op("&&").Add(jen.Id(excVar).Dot("Matches").Call(py("StopAsyncIteration"))), elseL)
	f.check()
	return f.value(jen.Id("ag_r"))
}

// exitTo leaves the current regions down to depth and jumps to target
// (a loop label), running cleanups inline and finally blocks through their
// completion records.
func (f *fn) exitTo(depth int, target string) {
	f.leave(depth, exit{target: target, depth: depth})
}

// leave walks the regions from the innermost outwards; a finally block on
// the way records the exit and takes over.
func (f *fn) leave(depth int, e exit) {
	for i := len(f.regions) - 1; i >= depth; i-- {
		switch r := f.regions[i].(type) {
		case *cleanup:
			for _, c := range r.code {
				f.b.plumbing(c)
			}
		case *final:
			e.id = len(r.exits) + 1
			r.exits = append(r.exits, e)
			kind := completeJump
			if e.target == "" {
				kind = completeReturn
			}
			f.b.plumbing(r.record.Clone().Op("=").Add(rt("Completion")).Values(jen.Dict{
				jen.Id("Kind"): jen.Lit(kind), jen.Id("Target"): jen.Lit(e.id)}))
			f.b.jump(r.entry)
			return
		}
	}
	if e.target != "" {
		f.b.jump(e.target)
		return
	}
	f.finish()
}

// ret compiles "return v".
func (f *fn) ret(v ast.Expr) {
	var val jen.Code = py("None")
	if v != nil {
		val = f.expr(v)
	}
	f.b.emit(f.ref("ag_retval").Op("=").Add(val))
	f.usesRetval = true
	f.leave(0, exit{})
}

// finish returns ag_retval from the function.
func (f *fn) finish() {
	f.usesRetval = true
	if f.machine {
		f.b.plumbing(jen.Id(recv).Dot("ag_state").Op("=").Lit(-1))
		f.b.ret(f.ref("ag_retval"), py("Returned"), jen.Nil())
		return
	}
	f.b.ret(f.ref("ag_retval"), jen.Nil())
}

// raise compiles raise, raise X and raise X from Y.
func (f *fn) raise(s *ast.Raise) {
	if s.Exc == nil {
		if cur := f.handlingNow(); cur != nil {
			f.b.emit(jen.Id(excVar).Op("=").Add(cur))
		} else {
			f.b.emit(jen.Id(excVar).Op("=").Add(rt("NoActiveException").Call()))
			f.b.emitExit(jen.Block(f.raiseHere()...))
			return
		}
		f.b.emit(jen.Id(excVar).Op("=").Add(rt("Reraise").Call(jen.Id(excVar))))
		f.reraise()
		return
	}
	v := f.expr(s.Exc)
	if s.Cause != nil {
		cause := f.expr(s.Cause)
		f.b.emit(jen.Id(excVar).Op("=").Add(rt("RaiseFrom").Call(v, cause)))
	} else {
		f.b.emit(jen.Id(excVar).Op("=").Add(rt("Raise").Call(v)))
	}
	f.b.emitExit(jen.Block(f.raiseHere()...))
}

// try compiles try/except/else/finally.
func (f *fn) try(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, finalbody []ast.Stmt, star bool) {
	outer := f.handler
	var fin *final
	excEntry := ""
	if len(finalbody) > 0 {
		fin = &final{entry: f.label("finally"), record: f.slot("fin", rt("Completion"))}
		excEntry = f.label("finexc")
		f.regions = append(f.regions, fin)
		f.handler = excEntry
	}
	afterHandlers := f.label("tryend")
	if len(handlers) > 0 {
		dispatch := f.label("except")
		inner := f.handler
		f.handler = dispatch
		f.stmts(body)
		f.handler = inner
		f.stmts(orelse)
		f.b.jump(afterHandlers)
		if star {
			f.starClauses(dispatch, handlers, afterHandlers)
		} else {
			f.exceptClauses(dispatch, handlers, afterHandlers)
		}
	} else {
		f.stmts(body)
	}
	f.b.mark(afterHandlers)
	if fin == nil {
		return
	}
	f.regions = f.regions[:len(f.regions)-1]
	f.handler = outer
	f.b.plumbing(fin.record.Clone().Op("=").Add(rt("Completion")).Values())
	f.b.jump(fin.entry)
	f.b.mark(excEntry)
	f.b.plumbing(fin.record.Clone().Op("=").Add(rt("Completion")).Values(jen.Dict{
		jen.Id("Kind"): jen.Lit(completeRaise), jen.Id("Exc"): jen.Id(excVar)}))
	f.b.mark(fin.entry)
	f.handling = append(f.handling, fin.record.Clone().Dot("Exc"))
	f.stmts(finalbody)
	f.handling = f.handling[:len(f.handling)-1]
	f.resumeCompletion(fin)
}

// resumeCompletion continues whatever exit entered a finally block.
func (f *fn) resumeCompletion(fin *final) {
	next := f.label("finnext")
	f.b.gotoIf(fin.record.Clone().Dot("Kind").Op("==").Lit(completeNormal), next)
	raise := f.label("finraise")
	f.b.gotoIf(fin.record.Clone().Dot("Kind").Op("==").Lit(completeRaise), raise)
	for _, e := range fin.exits {
		skip := f.label("finexit")
		f.b.gotoIf(fin.record.Clone().Dot("Target").Op("!=").Lit(e.id), skip)
		f.leave(e.depth, exit{target: e.target, depth: e.depth})
		f.b.mark(skip)
	}
	f.b.plumbing(jen.Panic(jen.Lit("asyncgen: bad completion")))
	f.b.mark(raise)
	f.b.plumbing(jen.Id(excVar).Op("=").Add(fin.record.Clone().Dot("Exc")))
	f.reraise()
	f.b.mark(next)
}

// exceptClauses compiles the handlers of a try statement. The exception
// arrives in ag_exc at the dispatch label.
func (f *fn) exceptClauses(dispatch string, handlers []*ast.ExceptHandler, done string) {
	outer := f.handler
	cur := f.slot("cur", jen.Op("*").Add(py("Exc")))
	f.b.mark(dispatch)
	f.b.plumbing(cur.Clone().Op("=").Id(excVar))
	unwind := f.label("unwind")
	f.handling = append(f.handling, cur)
	for _, h := range handlers {
		p := h.Span()
		f.b.at(p.Lineno, p.ColOffset)
		next := f.label("nextexc")
		f.handler = unwind
		if h.Type != nil {
			t := f.expr(h.Type)
			m := f.boolTemp()
			f.b.emit(jen.List(m.Clone(), jen.Id(excVar)).Op("=").Add(rt("ExceptMatch").Call(cur, t)))
			f.check()
			f.b.gotoIf(jen.Op("!").Add(m), next)
		}
		clean := []jen.Code{cur.Clone().Op("=").Nil()}
		if h.Name != nil {
			f.storeName(*h.Name, cur)
			clean = append(clean, f.varRef(*h.Name).Op("=").Nil())
		}
		clauseUnwind := unwind
		if h.Name != nil {
			clauseUnwind = f.label("unbind")
		}
		f.handler = clauseUnwind
		f.regions = append(f.regions, &cleanup{code: clean})
		f.stmts(h.Body)
		f.regions = f.regions[:len(f.regions)-1]
		for _, c := range clean {
			f.b.plumbing(c)
		}
		f.b.jump(done)
		if h.Name != nil {
			f.b.mark(clauseUnwind)
			f.b.plumbing(f.varRef(*h.Name).Op("=").Nil())
			f.b.jump(unwind)
		}
		f.b.mark(next)
	}
	f.handling = f.handling[:len(f.handling)-1]
	f.handler = outer
	// No clause matched: re-raise the exception unchanged.
	f.b.plumbing(jen.Id(excVar).Op("=").Add(cur))
	f.b.plumbing(cur.Clone().Op("=").Nil())
	f.reraise()
	f.b.mark(unwind)
	f.b.plumbing(cur.Clone().Op("=").Nil())
	f.reraise()
}
