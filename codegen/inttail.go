package codegen

import (
	"strings"

	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// Tail calls in int functions.
//
// An int function that returns a call of itself, bare ("return f(x)") or
// with one more operand ("return f(x) + e", "e + f(x)", "f(x) - e",
// "f(x) * e", "e * f(x)"), runs those calls as iterations of a loop rather
// than as Go calls: the parameters take the call's arguments, the budget
// goes down by one, as the call's would, and the operand goes into an
// accumulator that the returns which are not such calls apply to their
// value. This is tail-call elimination with an accumulator, as optimizing
// compilers do it. It keeps the int function's result exact: it computes
// the same sum or product of the same operands in another order, and any
// step that overflows gives up, so the general code redoes the call; the
// operands have no effect (int functions compute and nothing else), so
// computing one before the call it followed changes nothing else. A
// function whose tail calls add (or subtract) and multiply is left as it
// is: one accumulator cannot carry both.

// intTail is the plan for the tail calls of one int function.
type intTail struct {
	fn     string   // the int function's Go name
	params []string // the Go names of its parameters
	mul    bool     // the accumulator multiplies; it adds otherwise
	acc    bool     // some tail call has an operand: ag_acc is needed
	used   bool     // a tail call was written (Go rejects unused labels)
}

// tailLabel labels the loop an int function with tail calls runs in.
const tailLabel = "ag_tail"

// tailCall is the value of a return split around a tail call.
type tailCall struct {
	call *ast.Call
	op   ast.Operator // Add, Sub or Mult: how rest joins the call's result
	rest ast.Expr     // the other operand; nil for a bare tail call
}

// planTail returns the plan for the tail calls of the int function fn
// with body, nil when it has none that one accumulator can carry.
func (g *generator) planTail(fn string, params []string, body []ast.Stmt) *intTail {
	t := &intTail{fn: fn, params: params}
	adds, muls, calls := false, false, 0
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			r, ok := n.(*ast.Return)
			if !ok || r.Value == nil {
				return true
			}
			if c, ok := g.splitTail(t, r.Value); ok {
				calls++
				switch c.op {
				case ast.Mult:
					muls = true
				case ast.Add, ast.Sub:
					adds = true
				}
			}
			return true
		})
	}
	if calls == 0 || adds && muls {
		return nil
	}
	t.mul, t.acc = muls, adds || muls
	return t
}

// splitTail reports whether v, the value of a return, is a tail call of
// t's function, and splits it.
func (g *generator) splitTail(t *intTail, v ast.Expr) (tailCall, bool) {
	if c, ok := g.selfCall(t, v); ok {
		return tailCall{call: c}, true
	}
	b, ok := v.(*ast.BinOp)
	if !ok || b.Op != ast.Add && b.Op != ast.Sub && b.Op != ast.Mult {
		return tailCall{}, false
	}
	if c, ok := g.selfCall(t, b.Left); ok {
		return tailCall{call: c, op: b.Op, rest: b.Right}, true
	}
	if c, ok := g.selfCall(t, b.Right); ok && b.Op != ast.Sub {
		return tailCall{call: c, op: b.Op, rest: b.Left}, true
	}
	return tailCall{}, false
}

// selfCall returns e as a call of t's function (awaited, for an async
// def).
func (g *generator) selfCall(t *intTail, e ast.Expr) (*ast.Call, bool) {
	if a, ok := e.(*ast.Await); ok {
		e = a.Value
	}
	c, ok := e.(*ast.Call)
	if !ok {
		return nil, false
	}
	name, ok := c.Func.(*ast.Name)
	if !ok || g.direct[name.Id].intFn != t.fn || len(c.Args) != len(t.params) {
		return nil, false
	}
	return c, true
}

// tailReturn writes "return v": as the next iteration when v is a tail
// call, otherwise as v joined to the accumulator.
func (w *intWriter) tailReturn(v ast.Expr) {
	t := w.tail
	c, ok := w.g.splitTail(t, v)
	if !ok {
		r := w.m.expr(v)
		if t.acc {
			op := ast.Add
			if t.mul {
				op = ast.Mult
			}
			r = w.m.checked("py." + intOps[op] + "(" + r + ", ag_acc)")
		}
		w.add(jen.Id("return " + r + ", true"))
		return
	}
	args := make([]string, len(c.call.Args))
	for i, a := range c.call.Args {
		args[i] = w.m.expr(a)
	}
	if c.rest != nil {
		rest := w.m.expr(c.rest)
		w.add(jen.If(jen.Id("ag_acc, ag_ok = py."+intOps[c.op]+"(ag_acc, "+rest+")"), jen.Id("!ag_ok")).
			Block(jen.Id(w.m.fail())))
	}
	var to, from []string // a parameter passed on as it is stays out (vet)
	for i, a := range args {
		if a != t.params[i] {
			to, from = append(to, t.params[i]), append(from, a)
		}
	}
	if len(to) > 0 {
		w.add(jen.Id(strings.Join(to, ", ") + " = " + strings.Join(from, ", ")))
	}
	w.add(jen.Id("continue " + tailLabel))
	t.used = true
}

// loop wraps the statements of an int function's body in the loop its
// tail calls continue: one iteration per call level, each with one unit
// of budget.
func (t *intTail) loop(body []jen.Code) []jen.Code {
	var init []jen.Code
	if t.mul {
		init = append(init, jen.Id("ag_acc = 1"))
	}
	return append(init,
		jen.Id(tailLabel).Op(":"),
		jen.For(jen.Empty(), jen.Id("ag_budget > 0"), jen.Id("ag_budget--")).Block(body...),
		jen.Return(jen.Lit(0), jen.False()))
}
