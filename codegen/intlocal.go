package codegen

import (
	"strings"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// Int functions called from general code.
//
// A call (for an async def, an await) in a loop of an int function whose
// arguments are int expressions of the caller's locals (see intfunc.go)
// first tries the int function: it reads each local as a Go int (giving
// up on any other value), computes the arguments in Go ints and calls it
// with the budget left before RecursionError. When any step gives up, the general
// code computes the whole expression again from the start, which is
// exact: nothing the int path did is visible.

// intCallOf returns the int function a call or await e calls when e is an
// int expression of this function's locals, or nil.
func (f *fn) intCallOf(e ast.Expr) *directFunc {
	if f.noIntPath || f.scope.Kind != check.FunctionScope || len(f.inline) > 0 {
		return nil
	}
	awaited := false
	if a, ok := e.(*ast.Await); ok {
		e, awaited = a.Value, true
	}
	call, ok := e.(*ast.Call)
	if !ok {
		return nil
	}
	d := f.intTarget(call, awaited)
	if d == nil {
		return nil
	}
	for _, a := range call.Args {
		if !f.intExpr(a) {
			return nil
		}
	}
	return d
}

// intTarget returns the int function call calls, if any.
func (f *fn) intTarget(call *ast.Call, awaited bool) *directFunc {
	name, ok := call.Func.(*ast.Name)
	if !ok || len(call.Keywords) > 0 || hasStarred(call.Args) {
		return nil
	}
	d := f.g.directCall(name.Id, f.lookup(name.Id), len(call.Args))
	if d == nil || d.intFn == "" || (d.machine != "") != awaited {
		return nil
	}
	return d
}

// intExpr reports whether e is an int expression over this function's
// locals.
func (f *fn) intExpr(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant:
		_, ok := e.Value.(int)
		return ok
	case *ast.Name:
		sym := f.scope.Lookup(e.Id)
		return sym != nil && sym.Kind == check.Local
	case *ast.BinOp:
		_, ok := intOps[e.Op]
		return ok && f.intExpr(e.Left) && f.intExpr(e.Right)
	case *ast.UnaryOp:
		return e.Op != ast.Not && f.intExpr(e.Operand)
	case *ast.Await, *ast.Call:
		return f.intCallOf(e) != nil
	}
	return false
}

// intEmitter returns the emitter of int expressions in this function,
// giving up by jumping to the label slow.
func (f *fn) intEmitter(slow string) *intEmitter {
	f.okVar()
	return &intEmitter{
		g:    f.g,
		emit: f.b.emit,
		temp: func() string { return f.newVarText("n", intType, false) },
		fail: func() string { return "goto " + f.b.use(slow) },
		leaf: func(name string) string {
			v := f.newVarText("n", intType, false)
			f.b.emit(jen.If(jen.Id(v+", ag_ok = "+f.intRead(name)), jen.Id("!ag_ok")).Block(jen.Id("goto " + f.b.use(slow))))
			return v
		},
		budget: "rt.CallBudget()",
	}
}

// intRead is the Go call that reads local name as a Go int, reporting
// whether it holds one: rt.IntOf for an int local, py.ExactInt for others.
func (f *fn) intRead(name string) string {
	if i := f.ints[name]; i != "" {
		return "rt.IntOf(" + f.localText(name) + ", " + i + ")"
	}
	return "py.ExactInt(" + f.localText(name) + ")"
}

// setInt is the Go assignment storing the Go int v in int local name.
func (f *fn) setInt(name, v string) string { return f.setInts([]string{name}, []string{v}) }

// setInts is one Go assignment storing the Go ints vs in int locals names.
func (f *fn) setInts(names, vs []string) string {
	var lhs, rhs []string
	for i, name := range names {
		lhs = append(lhs, f.ints[name], f.localText(name))
		rhs = append(rhs, vs[i], "rt.Unboxed{}")
	}
	return strings.Join(lhs, ", ") + " = " + strings.Join(rhs, ", ")
}

// localText is the Go variable of a local of this function (not a
// comprehension's).
func (f *fn) localText(name string) string {
	if f.machine {
		return recv + "." + goName(name)
	}
	return goName(name)
}

// intPath compiles code with an int path: fast, given the emitter of the
// int path (which jumps to the general path when a step gives up), then
// general, compiled without int paths, where the int path gives up.
func (f *fn) intPath(fast func(m *intEmitter), general func()) {
	slow, done := f.label("slow"), f.label("fast")
	fast(f.intEmitter(slow))
	f.b.jump(done)
	f.b.mark(slow)
	old := f.noIntPath
	f.noIntPath = true
	general()
	f.noIntPath = old
	f.b.mark(done)
}

// fastIntCall compiles e, a call or await intCallOf accepted: the int
// function's result boxed, or when it gives up, general computes e.
func (f *fn) fastIntCall(e ast.Expr, general func() *jen.Statement) *jen.Statement {
	t := f.temp()
	f.intPath(func(m *intEmitter) {
		f.b.emit(t.Clone().Op("=").Add(py("IntObject").Call(jen.Id(m.expr(e)))))
	}, func() {
		f.b.emit(t.Clone().Op("=").Add(general()))
	})
	return t
}

// Int locals.
//
// A local variable the function assigns an int expression to (x = a + 1,
// x += f(i), for x in range(...)) is an int local: beside the py.Object
// variable it has a Go int, ag_int_x, and such an assignment stores the
// value there and the rt.Unboxed marker in the variable, boxing nothing.
// Every other assignment stores an object as before; nil still means
// unbound. Reading the variable as an object boxes the Go int once and
// keeps the box (rt.Boxed); int expressions read it with rt.IntOf. An
// int assignment computes its value on Go ints and, when any step gives
// up, the general code redoes the statement from the start.

// findIntLocals records the int locals of a function body (see above).
// Only statements in loops take int paths: code that runs once gains
// little, and each int path is a second copy of its statement.
func (f *fn) findIntLocals(body []ast.Stmt) {
	if f.scope.Kind != check.FunctionScope {
		return
	}
	add := func(target ast.Expr) {
		n, ok := target.(*ast.Name)
		if !ok {
			return
		}
		if sym := f.scope.Lookup(n.Id); sym == nil || sym.Kind != check.Local || f.ints[n.Id] != "" {
			return
		}
		if f.ints == nil {
			f.ints = map[string]string{}
		}
		name := "ag_int_" + goName(n.Id)
		if f.machine {
			f.fields = append(f.fields, field{name, intType})
			name = recv + "." + name
		} else {
			f.locals = append(f.locals, field{name, intType})
		}
		f.ints[n.Id] = name
	}
	// Accumulators: locals assigned an int literal that an int operator
	// updates in place with any value (total = 0 ... total += await q.get()).
	literal, updated := map[string]bool{}, map[string]bool{}
	var visit func(n ast.Node, inLoop bool) bool
	visit = func(n ast.Node, inLoop bool) bool {
		switch n := n.(type) {
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda,
			*ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
			return false
		case *ast.For:
			if f.rangeLoop(n.Iter, false) != nil {
				add(n.Target)
			}
			return f.walkLoop(n.Body, n.Orelse, inLoop, visit)
		case *ast.While:
			return f.walkLoop(n.Body, n.Orelse, inLoop, visit)
		case *ast.Assign:
			if len(n.Targets) != 1 || !f.intExpr(n.Value) {
				break
			}
			if !intAssignable(n.Value) {
				if t, ok := n.Targets[0].(*ast.Name); ok {
					literal[t.Id] = true
				}
			} else if inLoop {
				add(n.Targets[0])
			}
		case *ast.AugAssign:
			if _, ok := intOps[n.Op]; !ok || !inLoop {
				break
			}
			if f.intExpr(n.Value) {
				add(n.Target)
			} else if t, ok := n.Target.(*ast.Name); ok {
				updated[t.Id] = true
			}
		}
		return true
	}
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool { return visit(n, false) })
	}
	for _, name := range f.scope.Names() {
		if literal[name] && updated[name] {
			add(&ast.Name{Id: name})
		}
	}
}

// intAssignable reports whether "x = v" of an int expression v is worth
// an int path: a name or a literal is copied as an object for free.
func intAssignable(v ast.Expr) bool {
	switch v.(type) {
	case *ast.Name, *ast.Constant:
		return false
	}
	return true
}

// intLocal returns the Go int of int local name, or nil.
func (f *fn) intLocal(name string) *jen.Statement {
	if len(f.inline) > 0 && f.inlineRef(name) != nil {
		return nil
	}
	if v := f.ints[name]; v != "" {
		return jen.Id(v)
	}
	return nil
}

// readVar returns the Go variable of a local for a read of its object
// value, first boxing an int local's Go int into it if it holds one.
func (f *fn) readVar(name string) *jen.Statement {
	if i := f.intLocal(name); i != nil {
		f.b.emit(f.varRef(name).Op("=").Add(rt("Boxed").Call(f.varRef(name), i)))
	}
	return f.varRef(name)
}

// intStore compiles "target = value" (op 0) or "target op= value" of an
// int local when value is an int expression: on Go ints, or by general
// when the int path gives up.
func (f *fn) intStore(target ast.Expr, op ast.Operator, value ast.Expr, general func()) bool {
	n, ok := target.(*ast.Name)
	if !ok || !f.intPaths() || f.intLocal(n.Id) == nil || !f.intExpr(value) {
		return false
	}
	if _, ok := intOps[op]; op != 0 && !ok {
		return false
	}
	e := value
	if op != 0 {
		e = &ast.BinOp{Left: target, Op: op, Right: value}
	}
	f.intPath(func(m *intEmitter) { f.b.emit(jen.Id(f.setInt(n.Id, m.expr(e)))) }, general)
	return true
}

// intCounter fetches the next item of a loop over range() into target when
// that is an int local: the counter's Go int, or when the loop runs over a
// range object instead (big ints), its next item as an object.
func (f *fn) intCounter(it loopIter, target ast.Expr, done string) bool {
	n, ok := target.(*ast.Name)
	if !ok || !it.counter || f.intLocal(n.Id) == nil {
		return false
	}
	boxed, stored := f.label("boxed"), f.label("stored")
	v := f.newVarText("n", intType, false)
	f.okVar()
	f.b.emit(jen.If(jen.List(jen.Id(v), jen.Id("ag_ok")).Op("=").Add(it.v.Clone().Dot("NextInt").Call()), jen.Id("!ag_ok")).
		Block(jen.Id("goto " + f.b.use(boxed))))
	f.b.emit(jen.Id(f.setInt(n.Id, v)))
	f.b.jump(stored)
	f.b.mark(boxed)
	item := f.nextOf(it, false, done)
	f.store(target, item)
	f.b.mark(stored)
	return true
}

// intUpdate compiles "x op= value" of an int local x when value is not an
// int expression (total += await q.get()): x is read first, as a Go int
// when it holds one; value is computed once; when both are ints and the
// result fits, it is stored as a Go int, else the general in-place
// operation runs on x's object value.
func (f *fn) intUpdate(s *ast.AugAssign) bool {
	n, ok := s.Target.(*ast.Name)
	if _, isIntOp := intOps[s.Op]; !ok || !isIntOp || !f.intPaths() || f.intLocal(n.Id) == nil || f.intExpr(s.Value) {
		return false
	}
	a, isInt := f.newVarText("n", intType, f.spill), f.boolTemp()
	old := f.temp()
	read, general, boxOld, done := f.label("intread"), f.label("general"), f.label("boxold"), f.label("fast")
	f.b.emit(jen.List(jen.Id(a), isInt).Op("=").Add(rt("IntOf").Call(f.varRef(n.Id), f.intLocal(n.Id))))
	f.b.gotoIf(isInt.Clone(), read)
	f.b.emit(old.Clone().Op("=").Add(f.loadName(n.Id)))
	f.b.mark(read)
	v := f.expr(s.Value)
	f.b.gotoIf(jen.Op("!").Add(isInt.Clone()), general)
	b := f.newVarText("n", intType, false)
	f.b.emit(jen.List(jen.Id(b), f.okVar()).Op("=").Add(py("ExactInt").Call(v)))
	f.b.gotoIf(jen.Op("!").Add(f.okVar()), boxOld)
	r := a + " " + goBitOps[s.Op] + " " + b
	if goBitOps[s.Op] == "" {
		r = f.newVarText("n", intType, false)
		f.b.emit(jen.Id(r + ", ag_ok = py." + intOps[s.Op] + "(" + a + ", " + b + ")"))
		f.b.gotoIf(jen.Op("!").Add(f.okVar()), boxOld)
	}
	f.b.emit(jen.Id(f.setInt(n.Id, r)))
	f.b.jump(done)
	f.b.mark(boxOld)
	f.b.emit(old.Clone().Op("=").Add(py("IntObject").Call(jen.Id(a))))
	f.b.mark(general)
	f.storeName(n.Id, f.inPlace(s.Op, old, v))
	f.b.mark(done)
	return true
}

// walkLoop visits the body of a loop as code in a loop, and its else
// clause as the code around the loop; it returns false, the loop's
// children being visited.
func (f *fn) walkLoop(body, orelse []ast.Stmt, inLoop bool, visit func(ast.Node, bool) bool) bool {
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool { return visit(n, true) })
	}
	for _, s := range orelse {
		ast.Inspect(s, func(n ast.Node) bool { return visit(n, inLoop) })
	}
	return false
}

// intPaths reports whether the statement being compiled may take int
// paths: it is in a loop, or is a while loop's condition (see
// findIntLocals).
func (f *fn) intPaths() bool { return (len(f.loops) > 0 || f.loopTest) && !f.noIntPath }

// fastIndex compiles v[index] for an int expression index in a loop: a
// list's or tuple's item read with a Go int index when there is one, else
// (another container, an index out of range or not an int) the general
// GetItem with the index computed again as an object.
func (f *fn) fastIndex(v *jen.Statement, index ast.Expr) *jen.Statement {
	t := f.temp()
	f.intPath(func(m *intEmitter) {
		i := m.expr(index)
		f.b.emit(jen.If(jen.List(t.Clone(), jen.Id("ag_ok")).Op("=").Add(py("IndexFast").Call(v, jen.Id(i))), jen.Id("!ag_ok")).
			Block(jen.Id(m.fail())))
	}, func() {
		f.b.emit(t.Clone().Op("=").Add(f.op(py("GetItem").Call(v, f.expr(index)))))
	})
	return t
}

// intCompare compiles a condition "a OP b" in a loop whose operands are int
// expressions: compared as Go ints, or when either is not one, by the
// general comparison. It returns nil, emitting nothing, for other
// conditions.
func (f *fn) intCompare(c *ast.Compare) *jen.Statement {
	op, ok := goCmps[c.Ops[0]]
	if !ok || !f.intPaths() || !f.intExpr(c.Left) || !f.intExpr(c.Comparators[0]) {
		return nil
	}
	t := f.boolTemp()
	f.intPath(func(m *intEmitter) {
		l := m.expr(c.Left)
		f.b.emit(t.Clone().Op("=").Id(l + " " + op + " " + m.expr(c.Comparators[0])))
	}, func() {
		l := f.operand(c.Left, c.Comparators[0])
		f.b.emit(t.Clone().Op("=").Add(f.cmpBool(c.Ops[0], l, f.expr(c.Comparators[0]))))
	})
	return t
}
