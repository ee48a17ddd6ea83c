package grammar

import (
	"github.com/asyncgen/asyncgen/grammar/ast"
)

// star_expressions: star_expression (',' star_expression)* [',']
func (p *parser) starExpressions() ast.Expr {
	start := p.pos
	e := p.starExpression()
	if p.kind() != COMMA {
		return e
	}
	elts := []ast.Expr{e}
	for p.got(COMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: p.span(start)}
}

// startsExpression reports whether the current token can begin an
// expression (used after a trailing comma).
func (p *parser) startsExpression() bool {
	t := p.tok()
	switch t.Kind {
	case NAME:
		switch t.Text {
		case "not", "lambda", "await", "None", "True", "False":
			return true
		}
		return !keywords[t.Text]
	case NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR, ELLIPSIS:
		return true
	}
	return false
}

// star_expression: '*' bitwise_or | expression
func (p *parser) starExpression() ast.Expr {
	if p.kind() == STAR {
		start := p.pos
		p.next()
		v := p.bitOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(start)}
	}
	return p.expression()
}

// star_named_expression: '*' bitwise_or | named_expression
func (p *parser) starNamedExpression() ast.Expr {
	if p.kind() == STAR {
		return p.starExpression()
	}
	return p.namedExpression()
}

// named_expression: NAME ':=' expression | expression !':='
func (p *parser) namedExpression() ast.Expr {
	if p.kind() == NAME && p.peek(1).Kind == COLONEQUAL {
		start := p.pos
		t := p.tok()
		if keywords[t.Text] {
			p.syntaxError()
		}
		p.next()
		target := &ast.Name{Id: t.Text, Ctx: ast.Store, Pos: p.span(start)}
		p.next()
		v := p.expression()
		return &ast.NamedExpr{Target: target, Value: v, Pos: p.span(start)}
	}
	e := p.expression()
	if p.kind() == COLONEQUAL {
		p.failNode(e, "cannot use assignment expressions with "+exprName(e))
	}
	return e
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
func (p *parser) expression() ast.Expr {
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambdef()
	}
	start := p.pos
	e := p.disjunction()
	if p.isKw("if") {
		p.next()
		test := p.disjunction()
		if !p.gotKw("else") {
			p.fail("expected 'else' after 'if' expression")
		}
		orelse := p.expression()
		return &ast.IfExp{Test: test, Body: e, Orelse: orelse, Pos: p.span(start)}
	}
	return e
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
func (p *parser) yieldExpr() ast.Expr {
	start := p.pos
	p.next()
	if p.gotKw("from") {
		v := p.expression()
		return &ast.YieldFrom{Value: v, Pos: p.span(start)}
	}
	var v ast.Expr
	if p.startsExpression() {
		v = p.starExpressions()
	}
	return &ast.Yield{Value: v, Pos: p.span(start)}
}

func (p *parser) lambdef() ast.Expr {
	start := p.pos
	p.next()
	args := p.parameters(COLON, false)
	p.expect(COLON)
	body := p.expression()
	return &ast.Lambda{Args: args, Body: body, Pos: p.span(start)}
}

func (p *parser) disjunction() ast.Expr {
	start := p.pos
	e := p.conjunction()
	if !p.isKw("or") {
		return e
	}
	vals := []ast.Expr{e}
	for p.gotKw("or") {
		vals = append(vals, p.conjunction())
	}
	return &ast.BoolOp{Op: ast.Or, Values: vals, Pos: p.span(start)}
}

func (p *parser) conjunction() ast.Expr {
	start := p.pos
	e := p.inversion()
	if !p.isKw("and") {
		return e
	}
	vals := []ast.Expr{e}
	for p.gotKw("and") {
		vals = append(vals, p.inversion())
	}
	return &ast.BoolOp{Op: ast.And, Values: vals, Pos: p.span(start)}
}

func (p *parser) inversion() ast.Expr {
	if p.isKw("not") {
		p.enter()
		defer p.leave()
		start := p.pos
		p.next()
		v := p.inversion()
		return &ast.UnaryOp{Op: ast.Not, Operand: v, Pos: p.span(start)}
	}
	return p.comparison()
}

func (p *parser) compOp() (ast.CmpOperator, bool) {
	t := p.tok()
	switch t.Kind {
	case EQEQUAL:
		return ast.Eq, true
	case NOTEQUAL:
		if p.src[t.Off] == '<' && !p.fstring {
			p.syntaxError()
		}
		return ast.NotEq, true
	case LESS:
		return ast.Lt, true
	case LESSEQUAL:
		return ast.LtE, true
	case GREATER:
		return ast.Gt, true
	case GREATEREQUAL:
		return ast.GtE, true
	case NAME:
		switch t.Text {
		case "in":
			return ast.In, true
		case "is":
			if n := p.peek(1); n.Kind == NAME && n.Text == "not" {
				p.next()
				return ast.IsNot, true
			}
			return ast.Is, true
		case "not":
			if n := p.peek(1); n.Kind == NAME && n.Text == "in" {
				p.next()
				return ast.NotIn, true
			}
		}
	}
	return 0, false
}

func (p *parser) comparison() ast.Expr {
	start := p.pos
	e := p.bitOr()
	var ops []ast.CmpOperator
	var comps []ast.Expr
	for {
		op, ok := p.compOp()
		if !ok {
			break
		}
		p.next()
		ops = append(ops, op)
		comps = append(comps, p.bitOr())
	}
	if ops == nil {
		return e
	}
	return &ast.Compare{Left: e, Ops: ops, Comparators: comps, Pos: p.span(start)}
}

// binary parses a left-associative binary level.
func (p *parser) binary(operand func() ast.Expr, ops func(Kind) (ast.Operator, bool)) ast.Expr {
	start := p.pos
	e := operand()
	for {
		op, ok := ops(p.kind())
		if !ok {
			return e
		}
		p.next()
		r := operand()
		e = &ast.BinOp{Left: e, Op: op, Right: r, Pos: p.span(start)}
	}
}

func (p *parser) bitOr() ast.Expr {
	return p.binary(p.bitXor, func(k Kind) (ast.Operator, bool) { return ast.BitOr, k == VBAR })
}

func (p *parser) bitXor() ast.Expr {
	return p.binary(p.bitAnd, func(k Kind) (ast.Operator, bool) { return ast.BitXor, k == CIRCUMFLEX })
}

func (p *parser) bitAnd() ast.Expr {
	return p.binary(p.shiftExpr, func(k Kind) (ast.Operator, bool) { return ast.BitAnd, k == AMPER })
}

func (p *parser) shiftExpr() ast.Expr {
	return p.binary(p.sum, func(k Kind) (ast.Operator, bool) {
		switch k {
		case LEFTSHIFT:
			return ast.LShift, true
		case RIGHTSHIFT:
			return ast.RShift, true
		}
		return 0, false
	})
}

func (p *parser) sum() ast.Expr {
	return p.binary(p.term, func(k Kind) (ast.Operator, bool) {
		switch k {
		case PLUS:
			return ast.Add, true
		case MINUS:
			return ast.Sub, true
		}
		return 0, false
	})
}

func (p *parser) term() ast.Expr {
	return p.binary(p.factor, func(k Kind) (ast.Operator, bool) {
		switch k {
		case STAR:
			return ast.Mult, true
		case SLASH:
			return ast.Div, true
		case DOUBLESLASH:
			return ast.FloorDiv, true
		case PERCENT:
			return ast.Mod, true
		case AT:
			return ast.MatMult, true
		}
		return 0, false
	})
}

// factor: '+' factor | '-' factor | '~' factor | power
func (p *parser) factor() ast.Expr {
	var op ast.UnaryOperator
	switch p.kind() {
	case PLUS:
		op = ast.UAdd
	case MINUS:
		op = ast.USub
	case TILDE:
		op = ast.Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	v := p.factor()
	return &ast.UnaryOp{Op: op, Operand: v, Pos: p.span(start)}
}

// power: await_primary '**' factor | await_primary
func (p *parser) power() ast.Expr {
	start := p.pos
	e := p.awaitPrimary()
	if p.got(DOUBLESTAR) {
		p.enter()
		defer p.leave()
		r := p.factor()
		return &ast.BinOp{Left: e, Op: ast.Pow, Right: r, Pos: p.span(start)}
	}
	return e
}

// await_primary: 'await' primary | primary
func (p *parser) awaitPrimary() ast.Expr {
	if p.isKw("await") {
		start := p.pos
		p.next()
		v := p.primary()
		return &ast.Await{Value: v, Pos: p.span(start)}
	}
	return p.primary()
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' |
// primary '[' slices ']' | atom
func (p *parser) primary() ast.Expr {
	start := p.pos
	e := p.atom()
	for {
		switch p.kind() {
		case DOT:
			p.next()
			name := p.name()
			e = &ast.Attribute{Value: e, Attr: name, Ctx: ast.Load, Pos: p.span(start)}
		case LPAR:
			lpar := p.pos
			p.next()
			args, kws := p.callArgsGen(lpar)
			p.expect(RPAR)
			e = &ast.Call{Func: e, Args: args, Keywords: kws, Pos: p.span(start)}
		case LSQB:
			p.next()
			s := p.slices()
			p.expect(RSQB)
			e = &ast.Subscript{Value: e, Slice: s, Ctx: ast.Load, Pos: p.span(start)}
		default:
			return e
		}
	}
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
func (p *parser) slices() ast.Expr {
	start := p.pos
	e := p.slice()
	if p.kind() != COMMA {
		if _, ok := e.(*ast.Starred); ok {
			return &ast.Tuple{Elts: []ast.Expr{e}, Ctx: ast.Load, Pos: p.span(start)}
		}
		return e
	}
	elts := []ast.Expr{e}
	for p.got(COMMA) {
		if p.kind() == RSQB {
			break
		}
		elts = append(elts, p.slice())
	}
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: p.span(start)}
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
func (p *parser) slice() ast.Expr {
	start := p.pos
	if p.kind() == STAR {
		return p.starExpression()
	}
	var lower ast.Expr
	if p.kind() != COLON {
		lower = p.namedExpression()
		if p.kind() != COLON {
			return lower
		}
		if _, ok := lower.(*ast.NamedExpr); ok {
			p.syntaxError()
		}
	}
	p.next()
	s := &ast.Slice{Lower: lower}
	if p.kind() != COLON && p.kind() != COMMA && p.kind() != RSQB {
		s.Upper = p.expression()
	}
	if p.got(COLON) {
		if p.kind() != COMMA && p.kind() != RSQB {
			s.Step = p.expression()
		}
	}
	s.Pos = p.span(start)
	return s
}

func (p *parser) atom() ast.Expr {
	start := p.pos
	t := p.tok()
	switch t.Kind {
	case NAME:
		switch t.Text {
		case "None":
			p.next()
			return &ast.Constant{Value: ast.None{}, Pos: p.span(start)}
		case "True":
			p.next()
			return &ast.Constant{Value: true, Pos: p.span(start)}
		case "False":
			p.next()
			return &ast.Constant{Value: false, Pos: p.span(start)}
		}
		if keywords[t.Text] {
			p.syntaxError()
		}
		p.next()
		return &ast.Name{Id: t.Text, Ctx: ast.Load, Pos: p.span(start)}
	case NUMBER:
		p.next()
		return &ast.Constant{Value: p.numberValue(t), Pos: p.span(start)}
	case STRING:
		return p.strings()
	case ELLIPSIS:
		p.next()
		return &ast.Constant{Value: ast.Ellipsis{}, Pos: p.span(start)}
	case LPAR:
		return p.parenAtom()
	case LSQB:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	}
	p.syntaxError()
	return nil
}

// parenAtom: tuple | group | genexp
func (p *parser) parenAtom() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	if p.got(RPAR) {
		return &ast.Tuple{Elts: []ast.Expr{}, Ctx: ast.Load, Pos: p.span(start)}
	}
	if p.isKw("yield") {
		e := p.yieldExpr()
		p.expect(RPAR)
		return e
	}
	first := p.starNamedExpression()
	if p.isKw("for") || p.isKw("async") {
		gens := p.forIfClauses()
		p.expect(RPAR)
		if _, ok := first.(*ast.Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		return &ast.GeneratorExp{Elt: first, Generators: gens, Pos: p.span(start)}
	}
	if p.got(RPAR) {
		if _, ok := first.(*ast.Starred); ok {
			p.failNode(first, "cannot use starred expression here")
		}
		return first
	}
	if p.kind() != COMMA {
		p.syntaxError()
	}
	elts := []ast.Expr{first}
	for p.got(COMMA) {
		if p.kind() == RPAR {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(RPAR)
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: p.span(start)}
}

func (p *parser) listAtom() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	if p.got(RSQB) {
		return &ast.List{Elts: []ast.Expr{}, Ctx: ast.Load, Pos: p.span(start)}
	}
	first := p.starNamedExpression()
	if p.isKw("for") || p.isKw("async") {
		gens := p.forIfClauses()
		p.expect(RSQB)
		if _, ok := first.(*ast.Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		return &ast.ListComp{Elt: first, Generators: gens, Pos: p.span(start)}
	}
	elts := []ast.Expr{first}
	for p.got(COMMA) {
		if p.kind() == RSQB {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(RSQB)
	return &ast.List{Elts: elts, Ctx: ast.Load, Pos: p.span(start)}
}

// braceAtom: dict | set | dictcomp | setcomp
func (p *parser) braceAtom() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	if p.got(RBRACE) {
		return &ast.Dict{Keys: []ast.Expr{}, Values: []ast.Expr{}, Pos: p.span(start)}
	}
	var keys, vals []ast.Expr
	if p.kind() == DOUBLESTAR {
		p.next()
		keys = append(keys, nil)
		vals = append(vals, p.bitOr())
	} else {
		first := p.starNamedExpression()
		if p.got(COLON) {
			v := p.expression()
			if p.isKw("for") || p.isKw("async") {
				gens := p.forIfClauses()
				p.expect(RBRACE)
				return &ast.DictComp{Key: first, Value: v, Generators: gens, Pos: p.span(start)}
			}
			keys, vals = append(keys, first), append(vals, v)
		} else {
			// set
			if p.isKw("for") || p.isKw("async") {
				gens := p.forIfClauses()
				p.expect(RBRACE)
				if _, ok := first.(*ast.Starred); ok {
					p.failNode(first, "iterable unpacking cannot be used in comprehension")
				}
				return &ast.SetComp{Elt: first, Generators: gens, Pos: p.span(start)}
			}
			elts := []ast.Expr{first}
			for p.got(COMMA) {
				if p.kind() == RBRACE {
					break
				}
				elts = append(elts, p.starNamedExpression())
			}
			p.expect(RBRACE)
			return &ast.Set{Elts: elts, Pos: p.span(start)}
		}
	}
	for p.got(COMMA) {
		if p.kind() == RBRACE {
			break
		}
		if p.got(DOUBLESTAR) {
			keys = append(keys, nil)
			vals = append(vals, p.bitOr())
			continue
		}
		k := p.expression()
		p.expect(COLON)
		keys = append(keys, k)
		vals = append(vals, p.expression())
	}
	p.expect(RBRACE)
	return &ast.Dict{Keys: keys, Values: vals, Pos: p.span(start)}
}

// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
func (p *parser) forIfClauses() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for p.isKw("for") || p.isKw("async") && p.peek(1).Kind == NAME && p.peek(1).Text == "for" {
		c := &ast.Comprehension{Ifs: []ast.Expr{}}
		if p.gotKw("async") {
			c.IsAsync = 1
		}
		p.next()
		c.Target = p.starTargets()
		p.expectKw("in")
		c.Iter = p.disjunction()
		for p.gotKw("if") {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	if gens == nil {
		p.syntaxError()
	}
	return gens
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
func (p *parser) starTargets() ast.Expr {
	start := p.pos
	e := p.starTarget()
	if p.kind() != COMMA {
		p.setStore(e, "for")
		return e
	}
	elts := []ast.Expr{e}
	for p.got(COMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starTarget())
	}
	t := &ast.Tuple{Elts: elts, Ctx: ast.Store, Pos: p.span(start)}
	p.setStore(t, "for")
	return t
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
func (p *parser) starTarget() ast.Expr {
	if p.kind() == STAR {
		start := p.pos
		p.next()
		v := p.targetAtom()
		return &ast.Starred{Value: v, Ctx: ast.Store, Pos: p.span(start)}
	}
	return p.targetAtom()
}

// targetAtom parses a target as an expression at the bitwise-or level; its
// shape is checked by setStore.
func (p *parser) targetAtom() ast.Expr {
	return p.bitOr()
}
