package codegen

import (
	"math"
	"math/big"
	"strconv"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// expr compiles e and returns a Go expression of type py.Object holding its
// value. Operations that can raise are emitted as statements before it.
func (f *fn) expr(e ast.Expr) *jen.Statement {
	switch e := e.(type) {
	case *ast.Constant:
		return f.constant(e.Value)
	case *ast.Name:
		return f.loadName(e.Id)
	case *ast.BinOp:
		l := f.operand(e.Left, e.Right)
		r := f.expr(e.Right)
		if fast := numFastOps[e.Op]; fast != "" {
			return f.fastOp(fast, py(binOps[e.Op]).Call(l, r), l, r)
		}
		return f.op2(binOps[e.Op], l, r)
	case *ast.UnaryOp:
		v := f.expr(e.Operand)
		if e.Op == ast.Not {
			return f.value(jen.Op("!").Add(f.boolOf(v)))
		}
		return f.op1(unaryOps[e.Op], v)
	case *ast.BoolOp:
		return f.boolOp(e)
	case *ast.Compare:
		return f.compare(e)
	case *ast.IfExp:
		return f.ifExp(e)
	case *ast.Call:
		return f.call(e)
	case *ast.Attribute:
		v := f.expr(e.Value)
		return f.op(py("GetAttr").Call(v, jen.Lit(e.Attr)))
	case *ast.Subscript:
		v := f.operand(e.Value, e.Slice)
		if f.intPaths() && f.intExpr(e.Slice) {
			return f.fastIndex(v, e.Slice)
		}
		k := f.expr(e.Slice)
		return f.op(py("GetItem").Call(v, k))
	case *ast.Slice:
		lo, hi, st := f.optExpr(e.Lower), f.optExpr(e.Upper), f.optExpr(e.Step)
		return f.value(py("NewSlice").Call(lo, hi, st))
	case *ast.Tuple:
		if hasStarred(e.Elts) {
			return f.value(py("Tuple").Call(rt("Items").Call(f.starredList(e.Elts))))
		}
		return f.value(py("Tuple").Values(f.elements(e.Elts)...))
	case *ast.List:
		return f.value(py("NewList").Call(f.elements(e.Elts)...))
	case *ast.Set:
		return f.op(py("NewSet").Call(f.elements(e.Elts)...))
	case *ast.Dict:
		return f.dict(e)
	case *ast.JoinedStr:
		return f.joinedStr(e)
	case *ast.FormattedValue:
		return f.formatted(e)
	case *ast.Await:
		return f.await(e)
	case *ast.Yield:
		return f.yield(e)
	case *ast.YieldFrom:
		return f.yieldFrom(e)
	case *ast.NamedExpr:
		v := f.expr(e.Value)
		t := f.temp()
		f.b.emit(t.Clone().Op("=").Add(v))
		f.store(e.Target, t)
		return t
	case *ast.Lambda:
		return f.lambda(e)
	case *ast.ListComp, *ast.SetComp, *ast.DictComp:
		return f.comprehension(e)
	case *ast.GeneratorExp:
		return f.genexp(e)
	case *ast.Starred:
		f.g.errorf(e, "can't use starred expression here")
		return jen.Nil()
	}
	f.g.errorf(e, "not supported by asyncgen: %s expressions", e.TypeName())
	return py("None")
}

// operand compiles e, which is evaluated before the sibling expressions
// later. A value read straight from a variable is copied into a temporary
// when a later sibling could rebind the variable (a call, an await, a
// walrus), as CPython loads it first.
func (f *fn) operand(e ast.Expr, later ...ast.Expr) *jen.Statement {
	v := f.expr(e)
	if _, isName := e.(*ast.Name); !isName || !mayRebind(later...) {
		return v
	}
	t := f.temp()
	f.b.emit(t.Clone().Op("=").Add(v))
	return t
}

// mayRebind reports whether evaluating any of es can run code that rebinds
// a variable.
func mayRebind(es ...ast.Expr) bool {
	found := false
	for _, e := range es {
		if e == nil {
			continue
		}
		ast.Inspect(e, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.Call, *ast.Await, *ast.NamedExpr, *ast.Yield, *ast.YieldFrom:
				found = true
			}
			return !found
		})
	}
	return found
}

func (f *fn) optExpr(e ast.Expr) *jen.Statement {
	if e == nil {
		return py("None")
	}
	return f.expr(e)
}

// value stores a non-raising Go expression in a temporary.
func (f *fn) value(v jen.Code) *jen.Statement {
	t := f.temp()
	f.b.emit(t.Clone().Op("=").Add(v))
	return t
}

// op emits "t, ag_exc = call" with its exception check.
func (f *fn) op(call jen.Code) *jen.Statement {
	t := f.temp()
	f.b.emit(jen.List(t.Clone(), jen.Id(excVar)).Op("=").Add(call))
	f.check()
	return t
}

// numFastOps name the runtime's inlinable int/float-only versions of the
// binary operators that have one (see fastOp).
var numFastOps = map[ast.Operator]string{ast.Add: "AddNums", ast.Sub: "SubNums"}

// fastOp computes py.FAST(l, r), the int-only fast path of an operation,
// and when that does not apply (an operand is not an int, or the result
// overflows) the general operation slow, checked for an exception.
func (f *fn) fastOp(fast string, slow jen.Code, l, r jen.Code) *jen.Statement {
	t := f.temp()
	f.emitFast(t, fast, slow, l, r)
	return t
}

// emitFast assigns to t the result of the fast path py.FAST(l, r) or, when
// it does not apply, of slow.
func (f *fn) emitFast(t *jen.Statement, fast string, slow jen.Code, l, r jen.Code) {
	ok := f.okVar()
	f.b.emit(jen.If(jen.List(t.Clone(), ok).Op("=").Add(py(fast).Call(l, r)), jen.Op("!").Add(ok)).Block(
		jen.If(jen.List(t.Clone(), jen.Id(excVar)).Op("=").Add(slow), jen.Id(excVar).Op("!=").Nil()).Block(f.raiseHere()...),
	))
}

// okVar returns the function's Go-local bool that fast paths report
// through.
func (f *fn) okVar() *jen.Statement {
	if !f.usesOK {
		f.usesOK = true
		f.locals = append(f.locals, field{"ag_ok", boolType})
	}
	return jen.Id("ag_ok")
}

func (f *fn) op1(name string, v jen.Code) *jen.Statement { return f.op(py(name).Call(v)) }

func (f *fn) op2(name string, a, b jen.Code) *jen.Statement { return f.op(py(name).Call(a, b)) }

var binOps = map[ast.Operator]string{
	ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mul", ast.MatMult: "MatMul", ast.Div: "TrueDiv",
	ast.Mod: "Mod", ast.Pow: "Pow", ast.LShift: "LShift", ast.RShift: "RShift", ast.BitOr: "Or",
	ast.BitXor: "Xor", ast.BitAnd: "And", ast.FloorDiv: "FloorDiv",
}

var unaryOps = map[ast.UnaryOperator]string{ast.Invert: "Invert", ast.UAdd: "Pos", ast.USub: "Neg"}

// constant returns the Go literal of a Python constant.
func (f *fn) constant(v any) *jen.Statement {
	switch v := v.(type) {
	case ast.None:
		return py("None")
	case bool:
		return jen.Lit(v)
	case int:
		return jen.Lit(v)
	case *big.Int:
		return jen.Id(f.g.bigConst(v))
	case float64:
		switch {
		case math.IsInf(v, 1):
			return jen.Qual("math", "Inf").Call(jen.Lit(1))
		case math.IsNaN(v):
			return jen.Qual("math", "NaN").Call()
		}
		return jen.Lit(v)
	case string:
		return jen.Lit(v)
	case []byte:
		return py("Bytes").Call(jen.Lit(string(v)))
	case ast.Ellipsis:
		return py("Ellipsis")
	}
	f.g.errorf(nil, "not supported by asyncgen: constant of type %T", v)
	return py("None")
}

// loadName reads a variable, raising NameError or UnboundLocalError when it
// has no value.
func (f *fn) loadName(name string) *jen.Statement {
	sym := f.lookup(name)
	if sym != nil && sym.Kind == check.Builtin || sym == nil && check.IsBuiltin(name) {
		return f.g.builtin(name)
	}
	if f.scope.Kind == check.ClassScope && sym == f.scope.Lookup(name) {
		if v := f.classLoad(name); v != nil {
			return v
		}
	}
	ref := f.readVar(name)
	if sym != nil && sym.Param && sym.Kind == check.Local && f.intLocal(name) == nil {
		return ref
	}
	tt := f.newVarText("t", objectType, f.spill)
	t := jen.Id(tt)
	f.b.emit(t.Clone().Op("=").Add(ref))
	exc := "UnboundLocal"
	if sym == nil || sym.Kind == check.Global || f.scope.Kind == check.ModuleScope {
		if check.IsBuiltin(name) {
			// A module global that shadows a builtin: while it is
			// unbound (not yet assigned, or deleted), the builtin.
			f.b.emit(jen.If(t.Clone().Op("==").Nil()).Block(t.Clone().Op("=").Add(f.g.builtin(name))))
			return t
		}
		exc = "NameError"
	} else if sym.Kind == check.Free {
		exc = "FreeVarError"
	}
	// Prerendered Go, as in raiseHere.
	f.b.emit(jen.If(jen.Id(tt + " == nil")).Block(
		append([]jen.Code{jen.Id(excVar + " = rt." + exc + "(" + strconv.Quote(name) + ")")}, f.raiseHere()...)...))
	return t
}

// elements compiles the items of a display, expanding *starred items.
func (f *fn) elements(elts []ast.Expr) []jen.Code {
	starred := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			starred = true
		}
	}
	if !starred {
		out := make([]jen.Code, len(elts))
		for i, e := range elts {
			out[i] = f.operand(e, elts[i+1:]...)
		}
		return out
	}
	return []jen.Code{jen.Add(rt("Items").Call(f.starredList(elts))).Op("...")}
}

// starredList builds a list of the items of a display with *starred
// items, extending it with each starred iterable.
func (f *fn) starredList(elts []ast.Expr) *jen.Statement {
	acc := f.value(py("NewList").Call())
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			v := f.expr(s.Value)
			f.b.emit(jen.Id(excVar).Op("=").Add(rt("Extend").Call(acc, v)))
			f.check()
			continue
		}
		v := f.expr(e)
		f.b.emit(rt("Append").Call(acc, v))
	}
	return acc
}

func (f *fn) dict(e *ast.Dict) *jen.Statement {
	d := f.value(py("NewDict").Call())
	for i, k := range e.Keys {
		if k == nil { // {**mapping}
			v := f.expr(e.Values[i])
			f.b.emit(jen.Id(excVar).Op("=").Add(rt("DictUpdate").Call(d, v)))
			f.check()
			continue
		}
		kv := f.operand(k, e.Values[i])
		vv := f.expr(e.Values[i])
		f.b.emit(jen.Id(excVar).Op("=").Add(py("SetItem").Call(d, kv, vv)))
		f.check()
	}
	return d
}

// joinedStr compiles an f-string: each part is formatted left to right.
func (f *fn) joinedStr(e *ast.JoinedStr) *jen.Statement {
	if len(e.Values) == 0 {
		return jen.Lit("")
	}
	parts := make([]jen.Code, 0, len(e.Values))
	for _, v := range e.Values {
		if c, ok := v.(*ast.Constant); ok {
			parts = append(parts, jen.Lit(c.Value))
			continue
		}
		parts = append(parts, f.formattedString(v.(*ast.FormattedValue)))
	}
	s := jen.Add(parts[0])
	for _, p := range parts[1:] {
		s = s.Op("+").Add(p)
	}
	return f.value(s)
}

func (f *fn) formatted(e *ast.FormattedValue) *jen.Statement {
	return f.value(f.formattedString(e))
}

// formattedString compiles {value!conv:spec} to a Go string expression.
func (f *fn) formattedString(e *ast.FormattedValue) *jen.Statement {
	v := f.expr(e.Value)
	var spec jen.Code = jen.Lit("")
	if e.FormatSpec != nil {
		spec = jen.Add(rt("AsString").Call(f.expr(e.FormatSpec)))
	}
	var conv jen.Code = jen.Lit(0)
	switch e.Conversion {
	case 's', 'r', 'a':
		conv = jen.LitRune(rune(e.Conversion))
	}
	s := f.stringTemp()
	f.b.emit(jen.List(s.Clone(), jen.Id(excVar)).Op("=").Add(py("FormatValue").Call(v, conv, spec)))
	f.check()
	return s
}

// truth compiles e as a condition and returns a Go bool expression.
func (f *fn) truth(e ast.Expr) *jen.Statement {
	if c, ok := e.(*ast.Compare); ok && len(c.Ops) == 1 {
		if v := f.intCompare(c); v != nil {
			return v
		}
		l := f.operand(c.Left, c.Comparators[0])
		r := f.expr(c.Comparators[0])
		return f.cmpBool(c.Ops[0], l, r)
	}
	v := f.expr(e)
	return f.boolOf(v)
}

// boolOf converts a py.Object to a Go bool via truth testing.
func (f *fn) boolOf(v jen.Code) *jen.Statement {
	b := f.boolTemp()
	f.b.emit(jen.List(b.Clone(), jen.Id(excVar)).Op("=").Add(py("Truth").Call(v)))
	f.check()
	return b
}

var cmpOps = map[ast.CmpOperator]string{
	ast.Eq: "Eq", ast.NotEq: "Ne", ast.Lt: "Lt", ast.LtE: "Le", ast.Gt: "Gt", ast.GtE: "Ge",
	ast.In: "In", ast.NotIn: "NotIn",
}

// numFastCmps name the runtime's inlinable int/float-only comparisons.
var numFastCmps = map[ast.CmpOperator]string{
	ast.Eq: "EqNums", ast.NotEq: "NeNums", ast.Lt: "LtNums", ast.LtE: "LeNums", ast.Gt: "GtNums", ast.GtE: "GeNums",
}

// cmpBool compares two values and returns a Go bool expression.
func (f *fn) cmpBool(op ast.CmpOperator, l, r jen.Code) *jen.Statement {
	switch op {
	case ast.Is:
		return f.boolValue(py("Is").Call(l, r))
	case ast.IsNot:
		return f.boolValue(jen.Op("!").Add(py("Is").Call(l, r)))
	}
	b := f.boolTemp()
	slow := py(cmpOps[op]).Call(l, r)
	if fast := numFastCmps[op]; fast != "" {
		f.emitFast(b, fast, slow, l, r)
		return b
	}
	f.b.emit(jen.List(b.Clone(), jen.Id(excVar)).Op("=").Add(slow))
	f.check()
	return b
}

func (f *fn) boolValue(v jen.Code) *jen.Statement {
	b := f.boolTemp()
	f.b.emit(b.Clone().Op("=").Add(v))
	return b
}

// compare compiles a (possibly chained) comparison: each middle operand is
// evaluated once and the chain stops at the first false link.
func (f *fn) compare(e *ast.Compare) *jen.Statement {
	result := f.temp()
	done := f.label("cmp")
	left := f.operand(e.Left, e.Comparators...)
	for i, op := range e.Ops {
		right := f.operand(e.Comparators[i], e.Comparators[i+1:]...)
		ok := f.cmpBool(op, left, right)
		f.b.emit(result.Clone().Op("=").Add(ok))
		if i < len(e.Ops)-1 {
			f.b.gotoIf(jen.Op("!").Add(ok), done)
		}
		left = right
	}
	f.b.mark(done)
	return result
}

// boolOp compiles and/or: the result is the last operand evaluated.
func (f *fn) boolOp(e *ast.BoolOp) *jen.Statement {
	result := f.temp()
	done := f.label("bool")
	for i, v := range e.Values {
		x := f.expr(v)
		f.b.emit(result.Clone().Op("=").Add(x))
		if i == len(e.Values)-1 {
			break
		}
		t := f.boolOf(result)
		if e.Op == ast.And {
			f.b.gotoIf(jen.Op("!").Add(t), done)
		} else {
			f.b.gotoIf(t, done)
		}
	}
	f.b.mark(done)
	return result
}

func (f *fn) ifExp(e *ast.IfExp) *jen.Statement {
	result := f.temp()
	orelse, done := f.label("else"), f.label("endif")
	c := f.truth(e.Test)
	f.b.gotoIf(jen.Op("!").Add(c), orelse)
	f.b.emit(result.Clone().Op("=").Add(f.expr(e.Body)))
	f.b.jump(done)
	f.b.mark(orelse)
	f.b.emit(result.Clone().Op("=").Add(f.expr(e.Orelse)))
	f.b.mark(done)
	return result
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }
