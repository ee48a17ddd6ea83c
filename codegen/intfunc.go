package codegen

import (
	"fmt"
	"maps"
	"strconv"
	"strings"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// Int functions.
//
// A module-level def, or an async def that never suspends (see
// syncawait.go), whose body only computes with ints gets a third Go
// version beside its general ones: agI_NAME(budget, params... int) (int,
// bool), the same body on Go ints. Its statements are assignments of int
// expressions to locals, if/elif/else and while on comparisons, for over
// range(), return, pass, break and continue; its expressions are int
// literals, its parameters and locals, + - * // % & | ^, unary - + ~, and
// calls (awaits, for an async def) of other int functions. Such a body has
// no effect but its result, so an int function can give up at any point
// and let the general code redo the call from the start: it reports ok
// false when an operation's result is not a Go int (overflow, where
// Python goes on with a big int), when an operation would raise
// (division by zero, range() with step 0), when it would return None or
// nothing, and when its calls nest deeper than budget (the general code
// then raises RecursionError at the same depth). Its tail calls of itself
// run as a loop (see inttail.go).
//
// Compiled code calls an int function where a call of it in a loop has
// int arguments it can compute in Go (see fastIntCall), falling back to
// the general call otherwise; int functions call one another directly.

// intCall is one call an int-function candidate makes.
type intCall struct {
	name    string
	nargs   int
	awaited bool
}

// markIntFuncs sets the int name of every direct def and synchronous
// async def whose body qualifies (intChecker), assuming that its callees do;
// candidates calling a non-candidate are removed until nothing changes.
func markIntFuncs(mod *ast.Module, info *check.Info, direct map[string]directFunc, rangeBound bool) {
	calls := map[string][]intCall{}
	for _, stmt := range mod.Body {
		var body []ast.Stmt
		switch d := stmt.(type) {
		case *ast.FunctionDef:
			body = d.Body
		case *ast.AsyncFunctionDef:
			body = d.Body
		default:
			continue
		}
		df, ok := direct[defName(stmt)]
		s := info.ScopeOf(stmt)
		if !ok || !df.simple || s == nil || len(s.Children) > 0 || s.Generator || (s.Async && df.sync == "") {
			continue
		}
		c := &intChecker{scope: s, rangeOK: !rangeBound, assigned: map[string]bool{}}
		for _, p := range df.names {
			c.assigned[p] = true
		}
		if c.stmts(body) {
			calls[defName(stmt)] = c.calls
		}
	}
	pruneCandidates(calls, func(c intCall) bool {
		t := direct[c.name]
		_, cand := calls[c.name]
		return cand && t.params == c.nargs && (t.machine != "") == c.awaited
	})
	for name := range calls {
		d := direct[name]
		d.intFn = "agI_" + goName(name)
		direct[name] = d
	}
}

func defName(s ast.Stmt) string {
	switch d := s.(type) {
	case *ast.FunctionDef:
		return d.Name
	case *ast.AsyncFunctionDef:
		return d.Name
	}
	return ""
}

// intChecker decides whether a body is an int function's (see the
// comment at the top of this file), tracking the locals definitely
// assigned at each point so that no read can find one unbound.
type intChecker struct {
	scope    *check.Scope
	rangeOK  bool // the builtin range is never rebound
	assigned map[string]bool
	calls    []intCall
}

func (c *intChecker) stmts(list []ast.Stmt) bool {
	for _, s := range list {
		if !c.stmt(s) {
			return false
		}
	}
	return true
}

// branch checks list starting from the current assignments and returns
// the assignments after it, leaving the current ones untouched.
func (c *intChecker) branch(list []ast.Stmt) (map[string]bool, bool) {
	saved := c.assigned
	c.assigned = maps.Clone(saved)
	ok := c.stmts(list)
	out := c.assigned
	c.assigned = saved
	return out, ok
}

func (c *intChecker) stmt(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.Pass, *ast.Break, *ast.Continue:
		return true
	case *ast.ExprStmt:
		_, doc := s.Value.(*ast.Constant)
		return doc
	case *ast.Return:
		return s.Value == nil || c.expr(s.Value)
	case *ast.Assign:
		if len(s.Targets) != 1 || !c.local(s.Targets[0]) || !c.expr(s.Value) {
			return false
		}
		c.assigned[s.Targets[0].(*ast.Name).Id] = true
		return true
	case *ast.AugAssign:
		_, ok := intOps[s.Op]
		return ok && c.local(s.Target) && c.expr(s.Target) && c.expr(s.Value)
	case *ast.If:
		if !c.cond(s.Test) {
			return false
		}
		a, ok1 := c.branch(s.Body)
		b, ok2 := c.branch(s.Orelse)
		for name := range a {
			c.assigned[name] = a[name] && b[name]
		}
		return ok1 && ok2
	case *ast.While:
		if len(s.Orelse) > 0 || !c.cond(s.Test) {
			return false
		}
		_, ok := c.branch(s.Body)
		return ok
	case *ast.For:
		call, ok := s.Iter.(*ast.Call)
		if !ok || len(s.Orelse) > 0 || !c.local(s.Target) || !c.rangeOK || !c.isRange(call) {
			return false
		}
		for _, a := range call.Args {
			if !c.expr(a) {
				return false
			}
		}
		saved := c.assigned
		c.assigned = maps.Clone(saved)
		c.assigned[s.Target.(*ast.Name).Id] = true
		ok = c.stmts(s.Body)
		c.assigned = saved
		return ok
	}
	return false
}

// isRange reports whether call is range(1 to 3 positional arguments) of
// the builtin.
func (c *intChecker) isRange(call *ast.Call) bool {
	name, ok := call.Func.(*ast.Name)
	if !ok || name.Id != "range" || len(call.Args) == 0 || len(call.Args) > 3 || len(call.Keywords) > 0 || hasStarred(call.Args) {
		return false
	}
	sym := c.scope.Lookup("range")
	return sym == nil || sym.Kind == check.Global || sym.Kind == check.Builtin
}

// local reports whether e names a local variable of the function.
func (c *intChecker) local(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	if !ok {
		return false
	}
	sym := c.scope.Lookup(n.Id)
	return sym != nil && sym.Kind == check.Local
}

// cond reports whether e is a condition an int function computes: a
// comparison of int expressions, not/and/or of conditions, True, False or
// an int expression's truth.
func (c *intChecker) cond(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant:
		_, ok := e.Value.(bool)
		return ok || c.expr(e)
	case *ast.Compare:
		for _, op := range e.Ops {
			if _, ok := goCmps[op]; !ok {
				return false
			}
		}
		if !c.expr(e.Left) {
			return false
		}
		for _, r := range e.Comparators {
			if !c.expr(r) {
				return false
			}
		}
		return true
	case *ast.BoolOp:
		for _, v := range e.Values {
			if !c.cond(v) {
				return false
			}
		}
		return true
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			return c.cond(e.Operand)
		}
	}
	return c.expr(e)
}

// expr reports whether e is an int expression (see the top of this file).
func (c *intChecker) expr(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant:
		_, ok := e.Value.(int)
		return ok
	case *ast.Name:
		return c.local(e) && c.assigned[e.Id]
	case *ast.BinOp:
		_, ok := intOps[e.Op]
		return ok && c.expr(e.Left) && c.expr(e.Right)
	case *ast.UnaryOp:
		return e.Op != ast.Not && c.expr(e.Operand)
	case *ast.Call:
		return c.call(e, false)
	case *ast.Await:
		call, ok := e.Value.(*ast.Call)
		return ok && c.call(call, true)
	}
	return false
}

func (c *intChecker) call(e *ast.Call, awaited bool) bool {
	name, ok := e.Func.(*ast.Name)
	if !ok || len(e.Keywords) > 0 || hasStarred(e.Args) {
		return false
	}
	if sym := c.scope.Lookup(name.Id); sym == nil || sym.Kind != check.Global {
		return false
	}
	for _, a := range e.Args {
		if !c.expr(a) {
			return false
		}
	}
	c.calls = append(c.calls, intCall{name.Id, len(e.Args), awaited})
	return true
}

// intOps are the binary operators of int expressions: the runtime's
// checked Go-int operation, or "" for a Go operator that cannot overflow.
var intOps = map[ast.Operator]string{
	ast.Add: "AddInt", ast.Sub: "SubInt", ast.Mult: "MulInt", ast.FloorDiv: "FloorDivFast", ast.Mod: "ModFast",
	ast.BitAnd: "", ast.BitOr: "", ast.BitXor: "",
}

var goBitOps = map[ast.Operator]string{ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^"}

var goCmps = map[ast.CmpOperator]string{
	ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
}

// intEmitter writes int expressions as Go statements computing Go ints.
// The two places it works in differ in how a variable is read, how a
// failed step gives up and where the call budget comes from. It works on
// Go text: its statements are most of an int path, and jen's trees of
// them cost more to build and render than the text.
type intEmitter struct {
	g    *generator
	emit func(jen.Code)
	// temp returns a new Go int variable.
	temp func() string
	// fail is the statement that gives up.
	fail func() string
	// leaf returns the Go int value of a variable, emitting what it needs.
	leaf func(name string) string
	// budget is the call budget of the int functions called.
	budget string
}

// checked emits "if t, ag_ok = call; !ag_ok { fail }" and returns t.
func (m *intEmitter) checked(call string) string {
	t := m.temp()
	m.emit(jen.If(jen.Id(t+", ag_ok = "+call), jen.Id("!ag_ok")).Block(jen.Id(m.fail())))
	return t
}

func (m *intEmitter) expr(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Constant:
		return strconv.Itoa(e.Value.(int))
	case *ast.Name:
		return m.leaf(e.Id)
	case *ast.BinOp:
		l, r := m.expr(e.Left), m.expr(e.Right)
		if op := goBitOps[e.Op]; op != "" {
			return "(" + l + " " + op + " " + r + ")"
		}
		return m.checked("py." + intOps[e.Op] + "(" + l + ", " + r + ")")
	case *ast.UnaryOp:
		v := m.expr(e.Operand)
		switch e.Op {
		case ast.USub:
			return m.checked("py.NegFast(" + v + ")")
		case ast.Invert:
			return "(^" + v + ")"
		}
		return v
	case *ast.Await:
		return m.expr(e.Value)
	case *ast.Call:
		args := []string{m.budget}
		for _, a := range e.Args {
			args = append(args, m.expr(a))
		}
		return m.checked(m.g.direct[e.Func.(*ast.Name).Id].intFn + "(" + strings.Join(args, ", ") + ")")
	}
	panic(fmt.Sprintf("codegen: %T is not an int expression", e))
}

// cond returns the Go bool of a condition intChecker.cond accepted. All
// its operands are computed: an int expression has no effect, so
// computing one Python would skip can only make the int function give up
// where it need not.
func (m *intEmitter) cond(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Constant:
		if b, ok := e.Value.(bool); ok {
			return strconv.FormatBool(b)
		}
	case *ast.Compare:
		left := m.expr(e.Left)
		var links []string
		for i, op := range e.Ops {
			right := m.expr(e.Comparators[i])
			links = append(links, left+" "+goCmps[op]+" "+right)
			left = right
		}
		return strings.Join(links, " && ")
	case *ast.BoolOp:
		op := " && "
		if e.Op == ast.Or {
			op = " || "
		}
		parts := make([]string, len(e.Values))
		for i, v := range e.Values {
			parts[i] = m.operand(v)
		}
		return strings.Join(parts, op)
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			return "!(" + m.cond(e.Operand) + ")"
		}
	}
	return m.expr(e) + " != 0"
}

// operand returns a condition as an operand of && or ||: parenthesized
// unless it binds tighter than both.
func (m *intEmitter) operand(e ast.Expr) string {
	c := m.cond(e)
	if _, ok := e.(*ast.BoolOp); ok {
		return "(" + c + ")"
	}
	return c
}

// intFunc compiles the int function of a direct def (see the top of this
// file) from its body.
func (g *generator) intFunc(s *check.Scope, node ast.Node, d directFunc, body []ast.Stmt) {
	params := []jen.Code{jen.Id("ag_budget").Int()}
	isParam := map[string]bool{}
	goParams := make([]string, len(d.names))
	for i, p := range d.names {
		goParams[i] = goName(p)
		params = append(params, jen.Id(goParams[i]).Int())
		isParam[p] = true
	}
	tail := g.planTail(d.intFn, goParams, body)
	w, block := g.intBody(s, body, tail)
	if tail != nil && !tail.used {
		// Its tail calls lie after a return: written without the loop.
		tail = nil
		w, block = g.intBody(s, body, nil)
	}
	var stmts []jen.Code
	var vars decls
	if tail == nil {
		stmts = append(stmts, jen.If(jen.Id("ag_budget").Op("<=").Lit(0)).Block(jen.Return(jen.Lit(0), jen.False())))
	} else {
		block = tail.loop(block)
		if tail.acc {
			vars.add("ag_acc", intType)
		}
	}
	for _, name := range s.Names() {
		if sym := s.Lookup(name); sym != nil && sym.Kind == check.Local && !isParam[name] {
			vars.add(goName(name), intType) // Python may assign a local and never read it
		}
	}
	for i := 1; i <= w.ntemps; i++ {
		vars.add("ag_v"+strconv.Itoa(i), intType)
	}
	if w.ntemps > 0 || tail != nil && tail.acc {
		vars.add("ag_ok", boolType)
	}
	stmts = append(stmts, vars.code()...)
	kind := "def"
	if s.Async {
		kind = "async def"
	}
	doc := fmt.Sprintf("%s is %s %s at %s:%d on Go ints; ok false: the general version must redo the call.",
		d.intFn, kind, s.QualName, g.opts.File, firstLine(node))
	g.decls = append(g.decls, jen.Comment(doc).Line().
		Func().Id(d.intFn).Params(params...).Params(jen.Int(), jen.Bool()).Block(append(stmts, block...)...))
}

// intBody writes the statements of an int function's body, with its tail
// calls as tail plans them when it is not nil.
func (g *generator) intBody(s *check.Scope, body []ast.Stmt, tail *intTail) (*intWriter, []jen.Code) {
	w := &intWriter{g: g, scope: s, tail: tail}
	var block []jen.Code
	w.block = &block
	w.m = intEmitter{
		g:      g,
		emit:   func(c jen.Code) { *w.block = append(*w.block, c) },
		temp:   w.temp,
		fail:   func() string { return "return 0, false" },
		leaf:   goName,
		budget: "ag_budget - 1",
	}
	w.stmts(body)
	if !terminates(body) {
		block = append(block, jen.Return(jen.Lit(0), jen.False()))
	}
	return w, block
}

// intWriter writes the statements of an int function as structured Go.
type intWriter struct {
	g      *generator
	scope  *check.Scope
	m      intEmitter
	block  *[]jen.Code
	ntemps int
	tail   *intTail // how its tail calls loop; nil: they are Go calls
}

func (w *intWriter) temp() string {
	w.ntemps++
	return "ag_v" + strconv.Itoa(w.ntemps)
}

// nested returns the statements stmts writes into a new block.
func (w *intWriter) nested(write func()) []jen.Code {
	outer := w.block
	var inner []jen.Code
	w.block = &inner
	write()
	w.block = outer
	return inner
}

func (w *intWriter) add(c jen.Code) { *w.block = append(*w.block, c) }

// stmts writes list up to its first statement that does not fall
// through: Go rejects what would follow as unreachable.
func (w *intWriter) stmts(list []ast.Stmt) {
	for _, s := range list {
		w.stmt(s)
		switch s.(type) {
		case *ast.Return, *ast.Break, *ast.Continue:
			return
		}
		if terminates([]ast.Stmt{s}) {
			return
		}
	}
}

func (w *intWriter) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.Pass, *ast.ExprStmt:
	case *ast.Break:
		w.add(jen.Break())
	case *ast.Continue:
		w.add(jen.Continue())
	case *ast.Return:
		if s.Value == nil {
			w.add(jen.Return(jen.Lit(0), jen.False()))
			return
		}
		if w.tail != nil {
			w.tailReturn(s.Value)
			return
		}
		w.add(jen.Id("return " + w.m.expr(s.Value) + ", true"))
	case *ast.Assign, *ast.AugAssign:
		name, value, _ := intAssignment(s)
		w.add(jen.Id(goName(name) + " = " + w.m.expr(value)))
	case *ast.If:
		cond := w.m.cond(s.Test)
		body := w.nested(func() { w.stmts(s.Body) })
		st := jen.If(jen.Id(cond)).Block(body...)
		if len(s.Orelse) > 0 {
			st = st.Else().Block(w.nested(func() { w.stmts(s.Orelse) })...)
		}
		w.add(st)
	case *ast.While:
		if c, ok := s.Test.(*ast.Constant); ok && c.Value == true {
			w.add(jen.For().Block(w.nested(func() { w.stmts(s.Body) })...))
			return
		}
		loop := w.nested(func() {
			cond := w.m.cond(s.Test)
			w.add(jen.If(jen.Id("!(" + cond + ")")).Block(jen.Break()))
			w.stmts(s.Body)
		})
		w.add(jen.For().Block(loop...))
	case *ast.For:
		args := s.Iter.(*ast.Call).Args
		vals := []string{"0", "", "1"}
		if len(args) == 1 {
			vals[1] = w.m.expr(args[0])
		} else {
			for i, a := range args {
				vals[i] = w.m.expr(a)
			}
		}
		n := w.m.checked("rt.RangeCount(" + strings.Join(vals, ", ") + ")")
		k, step := w.temp(), w.temp()
		w.add(jen.Id(k + ", " + step + " = " + vals[0] + ", " + vals[2]))
		body := w.nested(func() {
			w.add(jen.Id(goName(s.Target.(*ast.Name).Id) + " = " + k))
			w.stmts(s.Body)
		})
		w.add(jen.For(jen.Empty(), jen.Id(n+" > 0"), jen.Id(k+", "+n+" = "+k+" + "+step+", "+n+" - 1")).Block(body...))
	default:
		panic(fmt.Sprintf("codegen: %T in an int function", s))
	}
}

// terminates reports whether Go sees the statements an int function's body
// becomes as ending in a terminating statement (so that nothing may follow
// them).
func terminates(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	switch s := list[len(list)-1].(type) {
	case *ast.Return:
		return true
	case *ast.If:
		return len(s.Orelse) > 0 && terminates(s.Body) && terminates(s.Orelse)
	case *ast.While:
		c, ok := s.Test.(*ast.Constant)
		return ok && c.Value == true && !breaks(s.Body)
	}
	return false
}

// breaks reports whether a break in list leaves the loop list is the body
// of.
func breaks(list []ast.Stmt) bool {
	found := false
	for _, s := range list {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.Break:
				found = true
			case *ast.While, *ast.For:
				return false
			}
			return !found
		})
	}
	return found
}

// intAssignment returns the local an assignment "x = v" or an in-place
// update "x op= v" of an int operator stores to, and the value it stores
// (v, or x op v); ok is false for other statements.
func intAssignment(s ast.Stmt) (name string, value ast.Expr, ok bool) {
	var target ast.Expr
	switch s := s.(type) {
	case *ast.Assign:
		if len(s.Targets) != 1 {
			return "", nil, false
		}
		target, value = s.Targets[0], s.Value
	case *ast.AugAssign:
		if _, ok := intOps[s.Op]; !ok {
			return "", nil, false
		}
		target, value = s.Target, &ast.BinOp{Left: s.Target, Op: s.Op, Right: s.Value}
	default:
		return "", nil, false
	}
	n, ok := target.(*ast.Name)
	if !ok {
		return "", nil, false
	}
	return n.Id, value, true
}
