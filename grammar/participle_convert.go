package grammar

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// pconv converts a participle parse tree (participle_grammar.go) into
// CPython's AST. Positions come from token indices: every captured token
// and Pos/EndPos field holds its index in toks. The checks CPython's grammar
// makes with its invalid_* rules and that the participle grammar leaves to
// conversion (assignment targets, parameter order, displays) fail through
// p, with the hand-written parser's messages.
type pconv struct {
	p    *parser
	toks []Token
}

// tspan is the token range of an expression: the indices of its first and
// last tokens, parentheses included, which is what CPython's EXTRA spans.
type tspan struct{ first, last int }

func (c *pconv) pos(s tspan) ast.Pos {
	a, b := &c.toks[s.first], &c.toks[s.last]
	return ast.Pos{Lineno: a.Line, ColOffset: a.Col, EndLineno: b.EndLine, EndColOffset: b.EndCol}
}

// lastBefore is the index of the last token before index i that is not
// NEWLINE, INDENT or DEDENT.
func (c *pconv) lastBefore(i int) int {
	i--
	for i > 0 {
		switch c.toks[i].Kind {
		case NEWLINE, INDENT, DEDENT:
			i--
			continue
		}
		break
	}
	return max(i, 0)
}

// rng is the token range of a node with Pos and EndPos fields.
func (c *pconv) rng(pos, end lexer.Position) tspan {
	return tspan{pos.Offset, c.lastBefore(end.Offset)}
}

func one(t lexer.Token) tspan { return tspan{t.Pos.Offset, t.Pos.Offset} }

func join(a, b tspan) tspan { return tspan{a.first, b.last} }

// fail rejects the tree with msg at the token at index i.
func (c *pconv) fail(i int, msg string) {
	c.p.failAt(&c.toks[i], msg)
}

// stmtPos is the position of a compound statement from its first token
// (index start) to the last token before end.
func (c *pconv) stmtPos(start int, end lexer.Position) ast.Pos {
	return c.pos(tspan{start, c.lastBefore(end.Offset)})
}

func (c *pconv) file(f *pFile) *ast.Module {
	m := &ast.Module{Body: []ast.Stmt{}, TypeIgnores: []*ast.TypeIgnore{}}
	for _, s := range f.Body {
		m.Body = c.stmt(s, m.Body)
	}
	return m
}

func (c *pconv) stmt(s *pStmt, out []ast.Stmt) []ast.Stmt {
	if s.Compound != nil {
		return append(out, c.compound(s.Compound))
	}
	for _, ss := range s.Simple.Stmts {
		out = append(out, c.simple(ss))
	}
	return out
}

func (c *pconv) block(b *pBlock) []ast.Stmt {
	var out []ast.Stmt
	if b.Simple != nil {
		for _, ss := range b.Simple.Stmts {
			out = append(out, c.simple(ss))
		}
		return out
	}
	for _, s := range b.Stmts {
		out = c.stmt(s, out)
	}
	return out
}

func (c *pconv) optBlock(b *pBlock) []ast.Stmt {
	if b == nil {
		return []ast.Stmt{}
	}
	return c.block(b)
}

func (c *pconv) compound(s *pCompound) ast.Stmt {
	switch {
	case s.Decorated != nil:
		d := s.Decorated
		decos := make([]ast.Expr, len(d.Decorators))
		for i, e := range d.Decorators {
			decos[i], _ = c.namedExpr(e)
		}
		switch {
		case d.Async != nil:
			return c.funcDef(d.Async.Func, decos, d.Async.Pos.Offset)
		case d.Func != nil:
			return c.funcDef(d.Func, decos, -1)
		}
		return c.classDef(d.Class, decos)
	case s.Func != nil:
		return c.funcDef(s.Func, []ast.Expr{}, -1)
	case s.Class != nil:
		return c.classDef(s.Class, []ast.Expr{})
	case s.If != nil:
		return c.ifChain(s.If.Pos.Offset, s.If.EndPos, s.If.Test, s.If.Body, s.If.Elifs, s.If.Else)
	case s.While != nil:
		w := s.While
		test, _ := c.namedExpr(w.Test)
		n := &ast.While{Test: test, Body: c.block(w.Body), Orelse: c.optBlock(w.Else)}
		n.Pos = c.stmtPos(w.Pos.Offset, w.EndPos)
		return n
	case s.For != nil:
		return c.forStmt(s.For, -1)
	case s.With != nil:
		return c.withStmt(s.With, -1)
	case s.Try != nil:
		return c.tryStmt(s.Try)
	case s.Async != nil:
		a := s.Async
		switch {
		case a.Func != nil:
			return c.funcDef(a.Func, []ast.Expr{}, a.Pos.Offset)
		case a.For != nil:
			return c.forStmt(a.For, a.Pos.Offset)
		}
		return c.withStmt(a.With, a.Pos.Offset)
	}
	return c.match(s.Match)
}

func (c *pconv) funcDef(f *pFuncDef, decos []ast.Expr, asyncAt int) ast.Stmt {
	args := c.params(f.Params, f.Pos.Offset)
	var returns ast.Expr
	if f.Returns != nil {
		returns, _ = c.expr(f.Returns)
	}
	body := c.block(f.Body)
	if asyncAt >= 0 {
		return &ast.AsyncFunctionDef{Name: f.Name.Value, Args: args, Body: body, DecoratorList: decos, Returns: returns, Pos: c.stmtPos(asyncAt, f.EndPos)}
	}
	return &ast.FunctionDef{Name: f.Name.Value, Args: args, Body: body, DecoratorList: decos, Returns: returns, Pos: c.stmtPos(f.Pos.Offset, f.EndPos)}
}

// param is one entry of a def's or a lambda's parameter list.
type param struct {
	at                 int // index of its first token
	slash, star, dstar bool
	arg                *ast.Arg // nil for '/' and a bare '*'
	def                *pExpr
}

// params converts a def's parameter list.
func (c *pconv) params(ps []*pParam, at int) *ast.Arguments {
	out := make([]param, len(ps))
	for i, pp := range ps {
		q := param{at: pp.Pos.Offset, slash: pp.Slash, star: pp.Star, dstar: pp.DStar != nil, def: pp.Default}
		switch {
		case pp.DStar != nil:
			q.arg = c.argDef(pp.DStar, false)
		case pp.StarArg != nil:
			q.arg = c.argDef(pp.StarArg, true)
		case pp.Plain != nil:
			q.arg = c.argDef(pp.Plain, false)
		}
		out[i] = q
	}
	return c.arguments(out, at)
}

func (c *pconv) argDef(d *pArgDef, starAnn bool) *ast.Arg {
	a := &ast.Arg{Arg: d.Name, Pos: c.pos(c.rng(d.Pos, d.EndPos))}
	if d.Annotation != nil {
		if d.Annotation.Star != nil && !starAnn {
			c.fail(d.Annotation.Pos.Offset, "invalid syntax")
		}
		a.Annotation, _ = c.starExpr(d.Annotation)
	}
	return a
}

// lambdaParams converts a lambda's parameter list.
func (c *pconv) lambdaParams(ps []*pLambdaParam, at int) *ast.Arguments {
	out := make([]param, len(ps))
	for i, pp := range ps {
		q := param{at: pp.Pos.Offset, slash: pp.Slash, star: pp.Star, dstar: pp.DStar.Value != "", def: pp.Default}
		for _, t := range []lexer.Token{pp.DStar, pp.StarArg, pp.Plain} {
			if t.Value != "" {
				q.arg = &ast.Arg{Arg: t.Value, Pos: c.pos(one(t))}
			}
		}
		out[i] = q
	}
	return c.arguments(out, at)
}

// arguments builds the Arguments of a parameter list, checking the order
// rules of CPython's parameters and lambda_parameters rules.
func (c *pconv) arguments(ps []param, at int) *ast.Arguments {
	a := &ast.Arguments{
		Posonlyargs: []*ast.Arg{}, Args: []*ast.Arg{}, Kwonlyargs: []*ast.Arg{},
		KwDefaults: []ast.Expr{}, Defaults: []ast.Expr{},
	}
	star, slash := false, false
	for i, pp := range ps {
		switch {
		case pp.slash:
			if slash || star || len(a.Args) == 0 {
				c.fail(pp.at, "invalid syntax")
			}
			slash = true
			a.Posonlyargs, a.Args = a.Args, []*ast.Arg{}
		case pp.dstar:
			if i != len(ps)-1 {
				c.fail(pp.at, "arguments cannot follow var-keyword argument")
			}
			a.Kwarg = pp.arg
		case pp.star:
			if star {
				c.fail(pp.at, "* argument may appear only once")
			}
			star = true
			if pp.arg != nil {
				a.Vararg = pp.arg
			} else if next := i + 1; next >= len(ps) || ps[next].slash || ps[next].star || ps[next].dstar {
				c.fail(pp.at, "named arguments must follow bare *")
			}
		default:
			var def ast.Expr
			if pp.def != nil {
				def, _ = c.expr(pp.def)
			}
			if star {
				a.Kwonlyargs = append(a.Kwonlyargs, pp.arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, pp.arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
				} else if len(a.Defaults) > 0 {
					c.fail(pp.at, "non-default argument follows default argument")
				}
			}
		}
	}
	if slash && len(a.Posonlyargs) == 0 {
		c.fail(at, "at least one argument must precede /")
	}
	return a
}

func (c *pconv) classDef(d *pClassDef, decos []ast.Expr) ast.Stmt {
	n := &ast.ClassDef{Name: d.Name.Value, Bases: []ast.Expr{}, Keywords: []*ast.Keyword{}, DecoratorList: decos}
	if d.Paren {
		n.Bases, n.Keywords = c.callArgs(d.Args)
	}
	n.Body = c.block(d.Body)
	n.Pos = c.stmtPos(d.Pos.Offset, d.EndPos)
	return n
}

func (c *pconv) ifChain(start int, end lexer.Position, test *pExpr, body *pBlock, elifs []*pElif, els *pBlock) *ast.If {
	t, _ := c.namedExpr(test)
	n := &ast.If{Test: t, Body: c.block(body)}
	switch {
	case len(elifs) > 0:
		e := elifs[0]
		n.Orelse = []ast.Stmt{c.ifChain(e.Pos.Offset, end, e.Test, e.Body, elifs[1:], els)}
	default:
		n.Orelse = c.optBlock(els)
	}
	n.Pos = c.stmtPos(start, end)
	return n
}

func (c *pconv) forStmt(f *pFor, asyncAt int) ast.Stmt {
	target := c.starTargets(f.Target)
	iter, _ := c.starExprs(f.Iter)
	body, orelse := c.block(f.Body), c.optBlock(f.Else)
	if asyncAt >= 0 {
		return &ast.AsyncFor{Target: target, Iter: iter, Body: body, Orelse: orelse, Pos: c.stmtPos(asyncAt, f.EndPos)}
	}
	return &ast.For{Target: target, Iter: iter, Body: body, Orelse: orelse, Pos: c.stmtPos(f.Pos.Offset, f.EndPos)}
}

func (c *pconv) withStmt(w *pWith, asyncAt int) ast.Stmt {
	items := make([]*ast.WithItem, len(w.Items))
	for i, it := range w.Items {
		e, _ := c.expr(it.Expr)
		items[i] = &ast.WithItem{ContextExpr: e}
		if it.As != nil {
			t, _ := c.starTarget(it.As)
			c.p.setStore(t, "assign")
			items[i].OptionalVars = t
		}
	}
	body := c.block(w.Body)
	if asyncAt >= 0 {
		return &ast.AsyncWith{Items: items, Body: body, Pos: c.stmtPos(asyncAt, w.EndPos)}
	}
	return &ast.With{Items: items, Body: body, Pos: c.stmtPos(w.Pos.Offset, w.EndPos)}
}

func (c *pconv) tryStmt(t *pTry) ast.Stmt {
	body := c.block(t.Body)
	handlers := []*ast.ExceptHandler{}
	star := false
	for i, h := range t.Handlers {
		if i == 0 {
			star = h.Star
		} else if h.Star != star {
			c.fail(h.Pos.Offset, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		eh := &ast.ExceptHandler{Body: c.block(h.Body)}
		if h.Type != nil {
			eh.Type, _ = c.expr(h.Type)
			if h.Name != "" {
				name := h.Name
				eh.Name = &name
			}
		} else if h.Star {
			c.fail(h.Pos.Offset, "expected one or more exception types")
		}
		eh.Pos = c.stmtPos(h.Pos.Offset, h.EndPos)
		handlers = append(handlers, eh)
	}
	if len(handlers) == 0 && (t.Finally == nil || t.Else != nil) {
		c.fail(t.Pos.Offset, "expected 'except' or 'finally' block")
	}
	orelse, final := c.optBlock(t.Else), c.optBlock(t.Finally)
	pos := c.stmtPos(t.Pos.Offset, t.EndPos)
	if star {
		return &ast.TryStar{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final, Pos: pos}
	}
	return &ast.Try{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final, Pos: pos}
}

func (c *pconv) match(m *pMatch) ast.Stmt {
	s := m.Subject
	var subject ast.Expr
	if len(s.Items) == 1 && !s.Comma {
		if s.Items[0].Star != nil {
			c.fail(s.Pos.Offset, "invalid syntax")
		}
		subject, _ = c.starNamedExpr(s.Items[0])
	} else {
		subject = &ast.Tuple{Elts: c.starNamedList(s.Items), Ctx: ast.Load, Pos: c.pos(c.rng(s.Pos, s.EndPos))}
	}
	n := &ast.Match{Subject: subject}
	for _, cs := range m.Cases {
		mc := &ast.MatchCase{}
		mc.Pattern, _ = c.patterns(cs.Patterns)
		if cs.Guard != nil {
			mc.Guard, _ = c.namedExpr(cs.Guard)
		}
		mc.Body = c.block(cs.Body)
		n.Cases = append(n.Cases, mc)
	}
	n.Pos = c.stmtPos(m.Pos.Offset, m.EndPos)
	return n
}

func (c *pconv) simple(s *pSimpleStmt) ast.Stmt {
	pos := c.pos(c.rng(s.Pos, s.EndPos))
	switch {
	case s.Keyword == "pass":
		return &ast.Pass{Pos: pos}
	case s.Keyword == "break":
		return &ast.Break{Pos: pos}
	case s.Keyword == "continue":
		return &ast.Continue{Pos: pos}
	case s.Return != nil:
		n := &ast.Return{Pos: pos}
		if s.Return.Value != nil {
			n.Value, _ = c.starExprs(s.Return.Value)
		}
		return n
	case s.Raise != nil:
		n := &ast.Raise{Pos: pos}
		if s.Raise.Exc != nil {
			n.Exc, _ = c.expr(s.Raise.Exc)
			if s.Raise.Cause != nil {
				n.Cause, _ = c.expr(s.Raise.Cause)
			}
		}
		return n
	case s.Global != nil:
		return &ast.Global{Names: tokenValues(s.Global), Pos: pos}
	case s.Nonlocal != nil:
		return &ast.Nonlocal{Names: tokenValues(s.Nonlocal), Pos: pos}
	case s.Del != nil:
		targets := make([]ast.Expr, len(s.Del))
		for i, t := range s.Del {
			targets[i], _ = c.bitOr(t)
			c.p.setDel(targets[i])
		}
		return &ast.Delete{Targets: targets, Pos: pos}
	case s.Assert != nil:
		n := &ast.Assert{Pos: pos}
		n.Test, _ = c.expr(s.Assert.Test)
		if s.Assert.Msg != nil {
			n.Msg, _ = c.expr(s.Assert.Msg)
		}
		return n
	case s.Import != nil:
		names := make([]*ast.Alias, len(s.Import))
		for i, a := range s.Import {
			names[i] = &ast.Alias{Name: strings.Join(a.Name, "."), Asname: optName(a.As), Pos: c.pos(c.rng(a.Pos, a.EndPos))}
		}
		return &ast.Import{Names: names, Pos: pos}
	case s.ImportFrom != nil:
		return c.importFrom(s.ImportFrom, pos)
	}
	return c.exprStmt(s.Expr, s.Pos.Offset, pos)
}

// tokenValues returns the NAMEs of a captured NAME (',' NAME)* list.
func tokenValues(ts []lexer.Token) []string {
	var out []string
	for _, t := range ts {
		if t.Type == TokenType(NAME) {
			out = append(out, t.Value)
		}
	}
	return out
}

// names returns the NAME tokens of a captured NAME ('.' NAME)* chain.
func names(ts []lexer.Token) []lexer.Token {
	out := ts[:0:0]
	for _, t := range ts {
		if t.Type == TokenType(NAME) {
			out = append(out, t)
		}
	}
	return out
}

func optName(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (c *pconv) importFrom(f *pImportFrom, pos ast.Pos) ast.Stmt {
	n := &ast.ImportFrom{Pos: pos}
	for _, d := range f.Dots {
		n.Level += len(d)
	}
	if len(f.Module) > 0 {
		m := strings.Join(f.Module, ".")
		n.Module = &m
	} else if n.Level == 0 {
		c.fail(f.Star.Pos.Offset, "invalid syntax")
	}
	if f.Star.Value != "" {
		n.Names = []*ast.Alias{{Name: "*", Pos: c.pos(one(f.Star))}}
		return n
	}
	for _, a := range f.Names {
		n.Names = append(n.Names, &ast.Alias{Name: a.Name, Asname: optName(a.As), Pos: c.pos(c.rng(a.Pos, a.EndPos))})
	}
	return n
}

var augOpsByText = map[string]ast.Operator{
	"+=": ast.Add, "-=": ast.Sub, "*=": ast.Mult, "@=": ast.MatMult,
	"/=": ast.Div, "%=": ast.Mod, "&=": ast.BitAnd, "|=": ast.BitOr,
	"^=": ast.BitXor, "<<=": ast.LShift, ">>=": ast.RShift,
	"**=": ast.Pow, "//=": ast.FloorDiv,
}

func (c *pconv) exprStmt(s *pExprStmt, start int, pos ast.Pos) ast.Stmt {
	first, _ := c.rhs(s.First)
	switch {
	case s.Ann != nil:
		simple := 0
		switch first.(type) {
		case *ast.Name:
			if c.toks[start].Kind != LPAR {
				simple = 1
			}
		case *ast.Attribute, *ast.Subscript:
		default:
			c.p.failNode(first, "illegal target for annotation")
		}
		c.p.setStore(first, "assign")
		n := &ast.AnnAssign{Target: first, Simple: simple, Pos: pos}
		n.Annotation, _ = c.expr(s.Ann.Annotation)
		if s.Ann.Value != nil {
			n.Value, _ = c.rhs(s.Ann.Value)
		}
		return n
	case s.AugOp != "":
		switch first.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		default:
			c.p.failNode(first, "'"+exprName(first)+"' is an illegal expression for augmented assignment")
		}
		c.p.setStore(first, "assign")
		v, _ := c.rhs(s.AugValue)
		return &ast.AugAssign{Target: first, Op: augOpsByText[s.AugOp], Value: v, Pos: pos}
	case len(s.Assign) > 0:
		targets := []ast.Expr{first}
		for _, r := range s.Assign[:len(s.Assign)-1] {
			t, _ := c.rhs(r)
			targets = append(targets, t)
		}
		value, _ := c.rhs(s.Assign[len(s.Assign)-1])
		for _, t := range targets {
			c.p.setStore(t, "assign")
		}
		return &ast.Assign{Targets: targets, Value: value, Pos: pos}
	}
	return &ast.ExprStmt{Value: first, Pos: pos}
}

func (c *pconv) rhs(r *pRHS) (ast.Expr, tspan) {
	if r.Yield != nil {
		return c.yield(r.Yield)
	}
	return c.starExprs(r.Exprs)
}

func (c *pconv) yield(y *pYield) (ast.Expr, tspan) {
	sp := c.rng(y.Pos, y.EndPos)
	if y.From != nil {
		v, _ := c.expr(y.From)
		return &ast.YieldFrom{Value: v, Pos: c.pos(sp)}, sp
	}
	n := &ast.Yield{Pos: c.pos(sp)}
	if y.Value != nil {
		n.Value, _ = c.starExprs(y.Value)
	}
	return n, sp
}

func (c *pconv) starExprs(s *pStarExprs) (ast.Expr, tspan) {
	if len(s.Items) == 1 && !s.Comma {
		return c.starExpr(s.Items[0])
	}
	elts := make([]ast.Expr, len(s.Items))
	for i, it := range s.Items {
		elts[i], _ = c.starExpr(it)
	}
	sp := c.rng(s.Pos, s.EndPos)
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: c.pos(sp)}, sp
}

func (c *pconv) starExpr(s *pStarExpr) (ast.Expr, tspan) {
	if s.Star != nil {
		v, vs := c.bitOr(s.Star)
		sp := tspan{s.Pos.Offset, vs.last}
		return &ast.Starred{Value: v, Ctx: ast.Load, Pos: c.pos(sp)}, sp
	}
	return c.expr(s.Expr)
}

func (c *pconv) starNamedExpr(s *pStarNamedExpr) (ast.Expr, tspan) {
	if s.Star != nil {
		v, vs := c.bitOr(s.Star)
		sp := tspan{s.Pos.Offset, vs.last}
		return &ast.Starred{Value: v, Ctx: ast.Load, Pos: c.pos(sp)}, sp
	}
	return c.namedExpr(s.Named)
}

func (c *pconv) starNamedList(items []*pStarNamedExpr) []ast.Expr {
	out := make([]ast.Expr, len(items))
	for i, it := range items {
		out[i], _ = c.starNamedExpr(it)
	}
	return out
}

func (c *pconv) starTargets(t *pStarTargets) ast.Expr {
	if len(t.Items) == 1 && !t.Comma {
		e, _ := c.starTarget(t.Items[0])
		c.p.setStore(e, "for")
		return e
	}
	elts := make([]ast.Expr, len(t.Items))
	for i, it := range t.Items {
		elts[i], _ = c.starTarget(it)
	}
	tu := &ast.Tuple{Elts: elts, Ctx: ast.Store, Pos: c.pos(c.rng(t.Pos, t.EndPos))}
	c.p.setStore(tu, "for")
	return tu
}

func (c *pconv) starTarget(t *pStarTarget) (ast.Expr, tspan) {
	v, vs := c.bitOr(t.Value)
	if !t.Star {
		return v, vs
	}
	sp := tspan{t.Pos.Offset, vs.last}
	return &ast.Starred{Value: v, Ctx: ast.Store, Pos: c.pos(sp)}, sp
}

// namedExpr converts an expression where named_expression may stand.
func (c *pconv) namedExpr(n *pExpr) (ast.Expr, tspan) {
	e, es := c.exprBody(n)
	if n.Walrus == nil {
		return e, es
	}
	target, ok := e.(*ast.Name)
	if !ok || es.first != es.last {
		c.p.failNode(e, "cannot use assignment expressions with "+exprName(e))
	}
	target.Ctx = ast.Store
	v, vs := c.expr(n.Walrus)
	sp := tspan{es.first, vs.last}
	return &ast.NamedExpr{Target: target, Value: v, Pos: c.pos(sp)}, sp
}

// expr converts an expression where no ':=' may stand.
func (c *pconv) expr(e *pExpr) (ast.Expr, tspan) {
	x, sp := c.exprBody(e)
	if e.Walrus != nil {
		c.fail(sp.last+1, "invalid syntax") // at ':='
	}
	return x, sp
}

// exprBody converts e without its ':=' part.
func (c *pconv) exprBody(e *pExpr) (ast.Expr, tspan) {
	if e.Lambda != nil {
		return c.lambda(e.Lambda)
	}
	body, bs := c.ops(e.Body)
	if e.Test == nil {
		return body, bs
	}
	test, _ := c.ops(e.Test)
	orelse, os := c.expr(e.Else)
	sp := join(bs, os)
	return &ast.IfExp{Test: test, Body: body, Orelse: orelse, Pos: c.pos(sp)}, sp
}

func (c *pconv) lambda(l *pLambda) (ast.Expr, tspan) {
	args := c.lambdaParams(l.Params, l.Pos.Offset)
	body, bs := c.expr(l.Body)
	sp := tspan{l.Pos.Offset, bs.last}
	return &ast.Lambda{Args: args, Body: body, Pos: c.pos(sp)}, sp
}

// CPython's precedence levels of the operators pOps and pBitOr hold, from
// disjunction (lowest) to term.
const (
	precOr = 1 + iota
	precAnd
	precNot // inversion: 'not' is a prefix, no binary operator has it
	precCmp
	precBitOr
	precBitXor
	precBitAnd
	precShift
	precSum
	precTerm
)

var opPrec = map[string]int{
	"or": precOr, "and": precAnd,
	"==": precCmp, "!=": precCmp, "<": precCmp, "<=": precCmp, ">": precCmp, ">=": precCmp,
	"in": precCmp, "notin": precCmp, "is": precCmp, "isnot": precCmp,
	"|": precBitOr, "^": precBitXor, "&": precBitAnd, "<<": precShift, ">>": precShift,
	"+": precSum, "-": precSum, "*": precTerm, "/": precTerm, "//": precTerm, "%": precTerm, "@": precTerm,
}

var binOpsByText = map[string]ast.Operator{
	"|": ast.BitOr, "^": ast.BitXor, "&": ast.BitAnd, "<<": ast.LShift, ">>": ast.RShift,
	"+": ast.Add, "-": ast.Sub, "*": ast.Mult, "/": ast.Div, "//": ast.FloorDiv, "%": ast.Mod, "@": ast.MatMult,
}

var cmpOpsByText = map[string]ast.CmpOperator{
	"==": ast.Eq, "!=": ast.NotEq, "<": ast.Lt, "<=": ast.LtE, ">": ast.Gt,
	">=": ast.GtE, "in": ast.In, "notin": ast.NotIn, "is": ast.Is, "isnot": ast.IsNot,
}

// climber rebuilds the tree of a flat operand/operator sequence by
// precedence climbing. ops[i] stands between factors[i] and factors[i+1].
type climber struct {
	c         *pconv
	factors   []*pFactor
	ops       []string
	allowNots bool // inversion may stand here (pOps, not pBitOr)
	k         int  // operands consumed; the next operator is ops[k-1]
	used      int  // 'not' prefixes of operand k already consumed
}

func (c *pconv) ops(o *pOps) (ast.Expr, tspan) {
	if len(o.Rest) == 0 && len(o.First.Nots) == 0 {
		return c.factor(o.First)
	}
	n := len(o.Rest) + 1
	cl := &climber{c: c, factors: make([]*pFactor, 0, n), ops: make([]string, 0, n-1), allowNots: true}
	cl.factors = append(cl.factors, o.First)
	for _, r := range o.Rest {
		op, f := string(r.Op), r.Right
		if op == "is" && len(f.Nots) > 0 {
			// "is not": the first 'not' belongs to the operator.
			g := *f
			g.Nots = g.Nots[1:]
			g.Pos.Offset++
			op, f = "isnot", &g
		}
		cl.ops = append(cl.ops, op)
		cl.factors = append(cl.factors, f)
	}
	return cl.all(precOr)
}

func (c *pconv) bitOr(b *pBitOr) (ast.Expr, tspan) {
	if len(b.Rest) == 0 {
		if len(b.First.Nots) > 0 {
			c.fail(b.First.Pos.Offset, "invalid syntax")
		}
		return c.factor(b.First)
	}
	n := len(b.Rest) + 1
	cl := &climber{c: c, factors: make([]*pFactor, 0, n), ops: make([]string, 0, n-1)}
	cl.factors = append(cl.factors, b.First)
	for _, r := range b.Rest {
		cl.ops = append(cl.ops, string(r.Op))
		cl.factors = append(cl.factors, r.Right)
	}
	return cl.all(precBitOr)
}

// all climbs over the whole sequence, which must leave no operator
// unused (one that is no binary operator, '~', stops the climb).
func (cl *climber) all(minPrec int) (ast.Expr, tspan) {
	e, sp := cl.climb(minPrec)
	if cl.k != len(cl.factors) {
		cl.c.fail(sp.last+1, "invalid syntax")
	}
	return e, sp
}

// climb parses an operand and the operators that bind at least as
// tightly as minPrec.
func (cl *climber) climb(minPrec int) (ast.Expr, tspan) {
	var left ast.Expr
	var sp tspan
	if f := cl.factors[cl.k]; cl.used < len(f.Nots) {
		at := f.Pos.Offset + cl.used
		if !cl.allowNots || minPrec > precNot {
			cl.c.fail(at, "invalid syntax")
		}
		cl.used++
		v, vs := cl.climb(precNot)
		sp = tspan{at, vs.last}
		left = &ast.UnaryOp{Op: ast.Not, Operand: v, Pos: cl.c.pos(sp)}
	} else {
		left, sp = cl.c.factor(f)
		cl.k++
		cl.used = 0
	}
	for cl.k <= len(cl.ops) {
		op := cl.ops[cl.k-1]
		p := opPrec[op]
		if p < minPrec {
			break
		}
		switch p {
		case precOr, precAnd:
			vals := []ast.Expr{left}
			for cl.k <= len(cl.ops) && cl.ops[cl.k-1] == op {
				v, vs := cl.climb(p + 1)
				vals = append(vals, v)
				sp.last = vs.last
			}
			bop := ast.Or
			if p == precAnd {
				bop = ast.And
			}
			left = &ast.BoolOp{Op: bop, Values: vals, Pos: cl.c.pos(sp)}
		case precCmp:
			var ops []ast.CmpOperator
			var comps []ast.Expr
			for cl.k <= len(cl.ops) && opPrec[cl.ops[cl.k-1]] == precCmp {
				ops = append(ops, cmpOpsByText[cl.ops[cl.k-1]])
				v, vs := cl.climb(precCmp + 1)
				comps = append(comps, v)
				sp.last = vs.last
			}
			left = &ast.Compare{Left: left, Ops: ops, Comparators: comps, Pos: cl.c.pos(sp)}
		default:
			r, rs := cl.climb(p + 1)
			left, sp = cl.c.binOp(left, sp, binOpsByText[op], r, rs)
		}
	}
	return left, sp
}

func (c *pconv) binOp(left ast.Expr, ls tspan, op ast.Operator, right ast.Expr, rs tspan) (ast.Expr, tspan) {
	sp := join(ls, rs)
	return &ast.BinOp{Left: left, Op: op, Right: right, Pos: c.pos(sp)}, sp
}

// factor converts ('+' | '-' | '~')* ['await'] primary ['**' factor];
// the caller has dealt with its 'not' prefixes.
func (c *pconv) factor(f *pFactor) (ast.Expr, tspan) {
	e, sp := c.primary(f.Atom, f.Trailers)
	if f.Await.Value != "" {
		sp.first = f.Await.Pos.Offset
		e = &ast.Await{Value: e, Pos: c.pos(sp)}
	}
	if f.Exp != nil {
		if len(f.Exp.Nots) > 0 {
			c.fail(f.Exp.Pos.Offset, "invalid syntax")
		}
		r, rs := c.factor(f.Exp)
		e, sp = c.binOp(e, sp, ast.Pow, r, rs)
	}
	for i := len(f.Signs) - 1; i >= 0; i-- {
		op := ast.UAdd
		switch f.Signs[i] {
		case "-":
			op = ast.USub
		case "~":
			op = ast.Invert
		}
		sp.first = f.Pos.Offset + len(f.Nots) + i
		e = &ast.UnaryOp{Op: op, Operand: e, Pos: c.pos(sp)}
	}
	return e, sp
}

func (c *pconv) primary(atom *pAtom, trailers []*pTrailer) (ast.Expr, tspan) {
	e, sp := c.atom(atom)
	for _, t := range trailers {
		sp.last = c.lastBefore(t.EndPos.Offset)
		switch {
		case t.Attr.Value != "":
			e = &ast.Attribute{Value: e, Attr: t.Attr.Value, Ctx: ast.Load, Pos: c.pos(sp)}
		case t.Call:
			args, kws := c.callArgsGen(t)
			e = &ast.Call{Func: e, Args: args, Keywords: kws, Pos: c.pos(sp)}
		default:
			e = &ast.Subscript{Value: e, Slice: c.slices(t.Index), Ctx: ast.Load, Pos: c.pos(sp)}
		}
	}
	return e, sp
}

// callArgsGen converts a call's arguments; a lone generator expression
// spans the call's parentheses.
func (c *pconv) callArgsGen(t *pTrailer) ([]ast.Expr, []*ast.Keyword) {
	if len(t.Args) == 1 && len(t.Args[0].Comp) > 0 {
		rpar := c.lastBefore(t.EndPos.Offset)
		if c.toks[rpar-1].Kind == COMMA {
			c.fail(rpar-1, "Generator expression must be parenthesized")
		}
		elt, _ := c.namedExpr(t.Args[0].Value)
		g := &ast.GeneratorExp{Elt: elt, Generators: c.comps(t.Args[0].Comp), Pos: c.pos(tspan{t.Pos.Offset, rpar})}
		return []ast.Expr{g}, []*ast.Keyword{}
	}
	return c.callArgs(t.Args)
}

func (c *pconv) callArgs(as []*pArg) ([]ast.Expr, []*ast.Keyword) {
	args, kws := []ast.Expr{}, []*ast.Keyword{}
	sawKw, sawDstar := false, false
	for _, a := range as {
		pos := c.pos(c.rng(a.Pos, a.EndPos))
		switch {
		case len(a.Comp) > 0:
			c.fail(a.Pos.Offset, "Generator expression must be parenthesized")
		case a.Star != nil:
			if sawDstar {
				c.fail(a.Pos.Offset, "iterable argument unpacking follows keyword argument unpacking")
			}
			v, _ := c.expr(a.Star)
			args = append(args, &ast.Starred{Value: v, Ctx: ast.Load, Pos: pos})
		case a.DStar != nil:
			v, _ := c.expr(a.DStar)
			kws = append(kws, &ast.Keyword{Value: v, Pos: pos})
			sawDstar = true
		case a.KwValue != nil:
			k, ks := c.namedExpr(a.Value)
			name, ok := k.(*ast.Name)
			if !ok || ks.first != ks.last {
				c.fail(a.Pos.Offset, `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			v, _ := c.expr(a.KwValue)
			kws = append(kws, &ast.Keyword{Arg: &name.Id, Value: v, Pos: pos})
			sawKw = true
		default:
			if sawDstar {
				c.fail(a.Pos.Offset, "positional argument follows keyword argument unpacking")
			}
			if sawKw {
				c.fail(a.Pos.Offset, "positional argument follows keyword argument")
			}
			v, _ := c.namedExpr(a.Value)
			args = append(args, v)
		}
	}
	return args, kws
}

func (c *pconv) comps(cs []*pCompFor) []*ast.Comprehension {
	out := make([]*ast.Comprehension, len(cs))
	for i, cf := range cs {
		g := &ast.Comprehension{Target: c.starTargets(cf.Target), Ifs: []ast.Expr{}}
		if cf.Async {
			g.IsAsync = 1
		}
		g.Iter, _ = c.ops(cf.Iter)
		for _, f := range cf.Ifs {
			e, _ := c.ops(f)
			g.Ifs = append(g.Ifs, e)
		}
		out[i] = g
	}
	return out
}

func (c *pconv) slices(s *pSlices) ast.Expr {
	if len(s.Items) == 1 && !s.Comma {
		e := c.slice(s.Items[0])
		if _, ok := e.(*ast.Starred); ok {
			return &ast.Tuple{Elts: []ast.Expr{e}, Ctx: ast.Load, Pos: c.pos(c.rng(s.Pos, s.EndPos))}
		}
		return e
	}
	elts := make([]ast.Expr, len(s.Items))
	for i, it := range s.Items {
		elts[i] = c.slice(it)
	}
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: c.pos(c.rng(s.Pos, s.EndPos))}
}

func (c *pconv) slice(s *pSlice) ast.Expr {
	pos := c.pos(c.rng(s.Pos, s.EndPos))
	if s.Star != nil {
		v, _ := c.expr(s.Star)
		return &ast.Starred{Value: v, Ctx: ast.Load, Pos: pos}
	}
	if !s.Colon {
		e, _ := c.namedExpr(s.Lower)
		return e
	}
	n := &ast.Slice{Pos: pos}
	if s.Lower != nil {
		if s.Lower.Walrus != nil {
			c.fail(s.Pos.Offset, "invalid syntax")
		}
		n.Lower, _ = c.expr(s.Lower)
	}
	if s.Upper != nil {
		n.Upper, _ = c.expr(s.Upper)
	}
	if s.Step != nil {
		n.Step, _ = c.expr(s.Step)
	}
	return n
}

// literalStrings decodes the adjacent STRING tokens starting at index i
// with the hand-written parser's literal and f-string decoding.
func (c *pconv) literalStrings(i int) ast.Expr {
	c.p.pos = i
	return c.p.strings()
}

func (c *pconv) atom(a *pAtom) (ast.Expr, tspan) {
	sp := c.rng(a.Pos, a.EndPos)
	pos := c.pos(sp)
	switch {
	case a.Name.Value != "":
		return &ast.Name{Id: a.Name.Value, Ctx: ast.Load, Pos: pos}, sp
	case a.Const != "":
		var v any
		switch a.Const {
		case "None":
			v = ast.None{}
		case "True":
			v = true
		case "False":
			v = false
		default:
			v = ast.Ellipsis{}
		}
		return &ast.Constant{Value: v, Pos: pos}, sp
	case a.Number.Value != "":
		return &ast.Constant{Value: c.p.numberValue(&c.toks[a.Number.Pos.Offset]), Pos: pos}, sp
	case len(a.Strings) > 0:
		return c.literalStrings(a.Strings[0].Pos.Offset), sp
	case a.Paren:
		if a.Yield != nil {
			e, _ := c.yield(a.Yield)
			return e, sp
		}
		b := a.Tuple
		if b == nil {
			return &ast.Tuple{Elts: []ast.Expr{}, Ctx: ast.Load, Pos: pos}, sp
		}
		if len(b.Comp) > 0 {
			return &ast.GeneratorExp{Elt: c.compElt(b), Generators: c.comps(b.Comp), Pos: pos}, sp
		}
		if len(b.Items) == 1 && !b.Comma {
			if b.Items[0].Star != nil {
				c.fail(a.Pos.Offset, "cannot use starred expression here")
			}
			e, _ := c.starNamedExpr(b.Items[0])
			return e, sp
		}
		return &ast.Tuple{Elts: c.starNamedList(b.Items), Ctx: ast.Load, Pos: pos}, sp
	case a.List:
		b := a.Elts
		if b == nil {
			return &ast.List{Elts: []ast.Expr{}, Ctx: ast.Load, Pos: pos}, sp
		}
		if len(b.Comp) > 0 {
			return &ast.ListComp{Elt: c.compElt(b), Generators: c.comps(b.Comp), Pos: pos}, sp
		}
		return &ast.List{Elts: c.starNamedList(b.Items), Ctx: ast.Load, Pos: pos}, sp
	}
	return c.brace(a.Dict, a.Pos.Offset, pos), sp
}

// compElt is the element of a comprehension, which must be the single,
// unstarred item of its display.
func (c *pconv) compElt(b *pListBody) ast.Expr {
	if len(b.Items) != 1 || b.Comma {
		c.fail(b.Items[0].Pos.Offset, "did you forget parentheses around the comprehension target?")
	}
	if b.Items[0].Star != nil {
		c.fail(b.Items[0].Pos.Offset, "iterable unpacking cannot be used in comprehension")
	}
	e, _ := c.starNamedExpr(b.Items[0])
	return e
}

// brace converts a dict, set, dictcomp or setcomp display.
func (c *pconv) brace(b *pDictBody, at int, pos ast.Pos) ast.Expr {
	if b == nil {
		return &ast.Dict{Keys: []ast.Expr{}, Values: []ast.Expr{}, Pos: pos}
	}
	first := b.Items[0]
	isDict := first.DStar != nil || first.Value != nil
	if len(b.Comp) > 0 {
		if len(b.Items) != 1 || b.Comma || first.DStar != nil {
			c.fail(at, "invalid syntax")
		}
		if isDict {
			k := c.dictKey(first.Key, at)
			v, _ := c.expr(first.Value)
			return &ast.DictComp{Key: k, Value: v, Generators: c.comps(b.Comp), Pos: pos}
		}
		if first.Key.Star != nil {
			c.fail(at, "iterable unpacking cannot be used in comprehension")
		}
		e, _ := c.starNamedExpr(first.Key)
		return &ast.SetComp{Elt: e, Generators: c.comps(b.Comp), Pos: pos}
	}
	if !isDict {
		elts := make([]ast.Expr, len(b.Items))
		for i, it := range b.Items {
			if it.DStar != nil || it.Value != nil {
				c.fail(at, "invalid syntax")
			}
			elts[i], _ = c.starNamedExpr(it.Key)
		}
		return &ast.Set{Elts: elts, Pos: pos}
	}
	keys, vals := make([]ast.Expr, len(b.Items)), make([]ast.Expr, len(b.Items))
	for i, it := range b.Items {
		if it.DStar != nil {
			vals[i], _ = c.bitOr(it.DStar)
			continue
		}
		if it.Value == nil {
			c.fail(at, "':' expected after dictionary key")
		}
		keys[i] = c.dictKey(it.Key, at)
		vals[i], _ = c.expr(it.Value)
	}
	return &ast.Dict{Keys: keys, Values: vals, Pos: pos}
}

// dictKey converts a dict key, which is an expression: neither starred
// nor an unparenthesised assignment expression.
func (c *pconv) dictKey(k *pStarNamedExpr, at int) ast.Expr {
	if k.Star != nil || k.Named.Walrus != nil {
		c.fail(at, "invalid syntax")
	}
	e, _ := c.expr(k.Named)
	return e
}

// Patterns.

func (c *pconv) patterns(ps *pPatterns) (ast.Pattern, tspan) {
	if len(ps.Items) == 1 && !ps.Comma {
		p, sp := c.maybeStar(ps.Items[0])
		if _, ok := p.(*ast.MatchStar); ok {
			c.fail(sp.first, "invalid syntax")
		}
		return p, sp
	}
	sp := c.rng(ps.Pos, ps.EndPos)
	return &ast.MatchSequence{Patterns: c.patternList(ps.Items), Pos: c.pos(sp)}, sp
}

func (c *pconv) patternList(items []*pMaybeStarPattern) []ast.Pattern {
	out := make([]ast.Pattern, len(items))
	for i, it := range items {
		out[i], _ = c.maybeStar(it)
	}
	return out
}

func (c *pconv) maybeStar(m *pMaybeStarPattern) (ast.Pattern, tspan) {
	if m.Pattern != nil {
		return c.pattern(m.Pattern)
	}
	sp := c.rng(m.Pos, m.EndPos)
	return &ast.MatchStar{Name: captureName(m.Star.Value), Pos: c.pos(sp)}, sp
}

// captureName is nil for the wildcard "_".
func captureName(n string) *string {
	if n == "_" {
		return nil
	}
	return &n
}

func (c *pconv) pattern(p *pPattern) (ast.Pattern, tspan) {
	pat, sp := c.closed(p.Or[0])
	if len(p.Or) > 1 {
		pats := []ast.Pattern{pat}
		for _, o := range p.Or[1:] {
			q, qs := c.closed(o)
			pats = append(pats, q)
			sp.last = qs.last
		}
		pat = &ast.MatchOr{Patterns: pats, Pos: c.pos(sp)}
	}
	if p.As.Value == "" {
		return pat, sp
	}
	if p.As.Value == "_" {
		c.fail(p.As.Pos.Offset, "cannot use '_' as a target")
	}
	sp.last = p.As.Pos.Offset
	name := p.As.Value
	return &ast.MatchAs{Pattern: pat, Name: &name, Pos: c.pos(sp)}, sp
}

func (c *pconv) closed(p *pClosedPattern) (ast.Pattern, tspan) {
	sp := c.rng(p.Pos, p.EndPos)
	pos := c.pos(sp)
	switch {
	case p.Number != nil:
		return &ast.MatchValue{Value: c.signedNumber(p.Number), Pos: pos}, sp
	case len(p.Strings) > 0:
		v := c.literalStrings(p.Strings[0].Pos.Offset)
		if _, ok := v.(*ast.JoinedStr); ok {
			c.p.failNode(v, "patterns may only match literals and attribute lookups")
		}
		return &ast.MatchValue{Value: v, Pos: pos}, sp
	case p.Const != "":
		var v any = ast.None{}
		if p.Const != "None" {
			v = p.Const == "True"
		}
		return &ast.MatchSingleton{Value: v, Pos: pos}, sp
	case len(p.Names) > 0:
		ns := names(p.Names)
		if p.Class == nil && len(ns) == 1 {
			return &ast.MatchAs{Name: captureName(ns[0].Value), Pos: pos}, sp
		}
		cls := c.dotted(ns)
		if p.Class == nil {
			return &ast.MatchValue{Value: cls, Pos: pos}, sp
		}
		return c.classPattern(cls, p.Class, pos), sp
	case p.Paren:
		if len(p.ParenItems) == 0 {
			if p.ParenComma {
				c.fail(sp.first, "invalid syntax")
			}
			return &ast.MatchSequence{Patterns: []ast.Pattern{}, Pos: pos}, sp
		}
		if len(p.ParenItems) == 1 && !p.ParenComma {
			if p.ParenItems[0].Pattern != nil {
				q, _ := c.pattern(p.ParenItems[0].Pattern)
				return q, sp
			}
		}
		return &ast.MatchSequence{Patterns: c.patternList(p.ParenItems), Pos: pos}, sp
	case p.List:
		if len(p.ListItems) == 0 && p.ListComma {
			c.fail(sp.first, "invalid syntax")
		}
		return &ast.MatchSequence{Patterns: c.patternList(p.ListItems), Pos: pos}, sp
	}
	if len(p.MapItems) == 0 && p.MapComma {
		c.fail(sp.first, "invalid syntax")
	}
	m := &ast.MatchMapping{Keys: []ast.Expr{}, Patterns: []ast.Pattern{}, Pos: pos}
	for i, it := range p.MapItems {
		if it.Rest.Value != "" {
			if i != len(p.MapItems)-1 {
				c.fail(it.Rest.Pos.Offset, "invalid syntax")
			}
			name := it.Rest.Value
			m.Rest = &name
			continue
		}
		m.Keys = append(m.Keys, c.patternKey(it.Key))
		q, _ := c.pattern(it.Pattern)
		m.Patterns = append(m.Patterns, q)
	}
	return m, sp
}

// dotted builds the Name or Attribute chain of a value or class pattern.
func (c *pconv) dotted(names []lexer.Token) ast.Expr {
	sp := one(names[0])
	var e ast.Expr = &ast.Name{Id: names[0].Value, Ctx: ast.Load, Pos: c.pos(sp)}
	for _, n := range names[1:] {
		sp.last = n.Pos.Offset
		e = &ast.Attribute{Value: e, Attr: n.Value, Ctx: ast.Load, Pos: c.pos(sp)}
	}
	return e
}

func (c *pconv) classPattern(cls ast.Expr, args *pClassArgs, pos ast.Pos) ast.Pattern {
	n := &ast.MatchClass{Cls: cls, Patterns: []ast.Pattern{}, KwdAttrs: []string{}, KwdPatterns: []ast.Pattern{}, Pos: pos}
	for _, a := range args.Args {
		if a.KwValue != nil {
			n.KwdAttrs = append(n.KwdAttrs, a.Keyword.Value)
			q, _ := c.pattern(a.KwValue)
			n.KwdPatterns = append(n.KwdPatterns, q)
			continue
		}
		q, _ := c.pattern(a.Pattern)
		if len(n.KwdAttrs) > 0 {
			c.p.failNode(q, "positional patterns follow keyword patterns")
		}
		n.Patterns = append(n.Patterns, q)
	}
	return n
}

func (c *pconv) patternKey(k *pPatternKey) ast.Expr {
	pos := c.pos(c.rng(k.Pos, k.EndPos))
	switch {
	case k.Number != nil:
		return c.signedNumber(k.Number)
	case len(k.Strings) > 0:
		return c.literalStrings(k.Strings[0].Pos.Offset)
	case k.Const != "":
		var v any = ast.None{}
		if k.Const != "None" {
			v = k.Const == "True"
		}
		return &ast.Constant{Value: v, Pos: pos}
	}
	ns := names(k.Names)
	if len(ns) < 2 {
		c.fail(k.Pos.Offset, "invalid syntax")
	}
	return c.dotted(ns)
}

// signedNumber converts ['-'] NUMBER [('+' | '-') NUMBER].
func (c *pconv) signedNumber(n *pSignedNumber) ast.Expr {
	num := &c.toks[n.Num.Pos.Offset]
	sp := one(n.Num)
	var e ast.Expr = &ast.Constant{Value: c.p.numberValue(num), Pos: c.pos(sp)}
	if n.Minus.Value != "" {
		sp.first = n.Minus.Pos.Offset
		e = &ast.UnaryOp{Op: ast.USub, Operand: e, Pos: c.pos(sp)}
	}
	if n.Op.Value == "" {
		return e
	}
	t := &c.toks[n.Imag.Pos.Offset]
	v := c.p.numberValue(t)
	if _, ok := v.(complex128); !ok {
		c.p.failAt(t, "imaginary number required in complex literal")
	}
	op := ast.Add
	if n.Op.Value == "-" {
		op = ast.Sub
	}
	r := &ast.Constant{Value: v, Pos: c.pos(one(n.Imag))}
	sp.last = n.Imag.Pos.Offset
	return &ast.BinOp{Left: e, Op: op, Right: r, Pos: c.pos(sp)}
}
