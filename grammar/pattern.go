package grammar

import "github.com/asyncgen/asyncgen/grammar/ast"

// matchStmt parses a match statement, or returns nil when "match" is just a
// name here (it is a soft keyword):
//
//	match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
func (p *parser) matchStmt() ast.Stmt {
	start := p.pos
	header := p.tok()
	var subject ast.Expr
	if !p.speculate(func() {
		p.next()
		subject = p.subjectExpr()
		p.expect(COLON)
		p.expect(NEWLINE)
	}) {
		return nil
	}
	if p.kind() != INDENT {
		t := p.tok()
		p.failKind("IndentationError", t.Line, t.Col, t.EndLine, t.EndCol, "expected an indented block after 'match' statement on line "+itoa(header.Line))
	}
	p.next()
	m := &ast.Match{Subject: subject}
	for p.isKw("case") {
		m.Cases = append(m.Cases, p.caseBlock())
	}
	if len(m.Cases) == 0 {
		p.syntaxError()
	}
	p.expect(DEDENT)
	m.Pos = p.span(start)
	return m
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
func (p *parser) subjectExpr() ast.Expr {
	start := p.pos
	e := p.starNamedExpression()
	if p.kind() != COMMA {
		if _, ok := e.(*ast.Starred); ok {
			p.syntaxError()
		}
		return e
	}
	elts := []ast.Expr{e}
	for p.got(COMMA) {
		if p.kind() == COLON {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: p.span(start)}
}

// case_block: "case" patterns guard? ':' block
func (p *parser) caseBlock() *ast.MatchCase {
	header := p.tok()
	p.next()
	c := &ast.MatchCase{Pattern: p.patterns()}
	if p.gotKw("if") {
		c.Guard = p.namedExpression()
	}
	p.expect(COLON)
	c.Body = p.block("'case' statement", header)
	return c
}

// patterns: open_sequence_pattern | pattern
func (p *parser) patterns() ast.Pattern {
	start := p.pos
	first := p.maybeStarPattern()
	if p.kind() != COMMA {
		if _, ok := first.(*ast.MatchStar); ok {
			p.syntaxError()
		}
		return first
	}
	pats := []ast.Pattern{first}
	for p.got(COMMA) {
		if p.kind() == COLON || p.isKw("if") {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &ast.MatchSequence{Patterns: pats, Pos: p.span(start)}
}

// maybe_star_pattern: star_pattern | pattern
func (p *parser) maybeStarPattern() ast.Pattern {
	if p.kind() == STAR {
		start := p.pos
		p.next()
		name := p.name()
		s := &ast.MatchStar{}
		if name != "_" {
			s.Name = &name
		}
		s.Pos = p.span(start)
		return s
	}
	return p.pattern()
}

// pattern: or_pattern 'as' pattern_capture_target | or_pattern
func (p *parser) pattern() ast.Pattern {
	p.enter()
	defer p.leave()
	start := p.pos
	pat := p.orPattern()
	if p.gotKw("as") {
		t := p.tok()
		name := p.name()
		if name == "_" {
			p.failAt(t, "cannot use '_' as a target")
		}
		return &ast.MatchAs{Pattern: pat, Name: &name, Pos: p.span(start)}
	}
	return pat
}

// or_pattern: '|'.closed_pattern+
func (p *parser) orPattern() ast.Pattern {
	start := p.pos
	first := p.closedPattern()
	if p.kind() != VBAR {
		return first
	}
	pats := []ast.Pattern{first}
	for p.got(VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &ast.MatchOr{Patterns: pats, Pos: p.span(start)}
}

func (p *parser) closedPattern() ast.Pattern {
	start := p.pos
	t := p.tok()
	switch t.Kind {
	case NAME:
		switch t.Text {
		case "None":
			p.next()
			return &ast.MatchSingleton{Value: ast.None{}, Pos: p.span(start)}
		case "True", "False":
			p.next()
			return &ast.MatchSingleton{Value: t.Text == "True", Pos: p.span(start)}
		}
		nt := p.peek(1)
		if nt.Kind != DOT && nt.Kind != LPAR {
			name := p.name()
			if name == "_" {
				return &ast.MatchAs{Pos: p.span(start)}
			}
			return &ast.MatchAs{Name: &name, Pos: p.span(start)}
		}
		var cls ast.Expr = &ast.Name{Id: p.name(), Ctx: ast.Load}
		cls.(*ast.Name).Pos = p.span(start)
		for p.got(DOT) {
			attr := p.name()
			cls = &ast.Attribute{Value: cls, Attr: attr, Ctx: ast.Load, Pos: p.span(start)}
		}
		if p.kind() != LPAR {
			return &ast.MatchValue{Value: cls, Pos: p.span(start)}
		}
		return p.classPattern(start, cls)
	case NUMBER, MINUS:
		v := p.signedNumber()
		return &ast.MatchValue{Value: v, Pos: p.span(start)}
	case STRING:
		v := p.strings()
		if _, ok := v.(*ast.JoinedStr); ok {
			p.failNode(v, "patterns may only match literals and attribute lookups")
		}
		return &ast.MatchValue{Value: v, Pos: p.span(start)}
	case LPAR:
		p.next()
		if p.got(RPAR) {
			return &ast.MatchSequence{Patterns: []ast.Pattern{}, Pos: p.span(start)}
		}
		first := p.maybeStarPattern()
		if p.got(RPAR) {
			if _, ok := first.(*ast.MatchStar); !ok {
				return first // group_pattern
			}
			return &ast.MatchSequence{Patterns: []ast.Pattern{first}, Pos: p.span(start)}
		}
		pats := []ast.Pattern{first}
		for p.got(COMMA) {
			if p.kind() == RPAR {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(RPAR)
		return &ast.MatchSequence{Patterns: pats, Pos: p.span(start)}
	case LSQB:
		p.next()
		pats := []ast.Pattern{}
		for p.kind() != RSQB {
			pats = append(pats, p.maybeStarPattern())
			if !p.got(COMMA) {
				break
			}
		}
		p.expect(RSQB)
		return &ast.MatchSequence{Patterns: pats, Pos: p.span(start)}
	case LBRACE:
		return p.mappingPattern()
	}
	p.syntaxError()
	return nil
}

// signedNumber parses signed_number ['+'|'-' imaginary_number].
func (p *parser) signedNumber() ast.Expr {
	start := p.pos
	var e ast.Expr
	if p.got(MINUS) {
		t := p.tok()
		if t.Kind != NUMBER {
			p.syntaxError()
		}
		p.next()
		num := &ast.Constant{Value: p.numberValue(t), Pos: p.span(start + 1)}
		e = &ast.UnaryOp{Op: ast.USub, Operand: num, Pos: p.span(start)}
	} else {
		t := p.tok()
		p.next()
		e = &ast.Constant{Value: p.numberValue(t), Pos: p.span(start)}
	}
	if p.kind() == PLUS || p.kind() == MINUS {
		op := ast.Add
		if p.kind() == MINUS {
			op = ast.Sub
		}
		p.next()
		t := p.tok()
		if t.Kind != NUMBER {
			p.syntaxError()
		}
		rs := p.pos
		p.next()
		v := p.numberValue(t)
		if _, ok := v.(complex128); !ok {
			p.failAt(t, "imaginary number required in complex literal")
		}
		r := &ast.Constant{Value: v, Pos: p.span(rs)}
		e = &ast.BinOp{Left: e, Op: op, Right: r, Pos: p.span(start)}
	}
	return e
}

// mapping_pattern: '{' [items] ['**' NAME] '}'
func (p *parser) mappingPattern() ast.Pattern {
	start := p.pos
	p.next()
	m := &ast.MatchMapping{Keys: []ast.Expr{}, Patterns: []ast.Pattern{}}
	for p.kind() != RBRACE {
		if p.got(DOUBLESTAR) {
			name := p.name()
			m.Rest = &name
			p.got(COMMA)
			break
		}
		ks := p.pos
		var key ast.Expr
		switch t := p.tok(); {
		case t.Kind == NUMBER || t.Kind == MINUS:
			key = p.signedNumber()
		case t.Kind == STRING:
			key = p.strings()
		case t.Kind == NAME && (t.Text == "None" || t.Text == "True" || t.Text == "False"):
			key = p.atom()
		case t.Kind == NAME:
			key = &ast.Name{Id: p.name(), Ctx: ast.Load, Pos: p.span(ks)}
			if p.kind() != DOT {
				p.syntaxError()
			}
			for p.got(DOT) {
				attr := p.name()
				key = &ast.Attribute{Value: key, Attr: attr, Ctx: ast.Load, Pos: p.span(ks)}
			}
		default:
			p.syntaxError()
		}
		p.expect(COLON)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	m.Pos = p.span(start)
	return m
}

// class_pattern: name_or_attr '(' [pattern_arguments ','?] ')'
func (p *parser) classPattern(start int, cls ast.Expr) ast.Pattern {
	p.next()
	c := &ast.MatchClass{Cls: cls, Patterns: []ast.Pattern{}, KwdAttrs: []string{}, KwdPatterns: []ast.Pattern{}}
	for p.kind() != RPAR {
		if p.kind() == NAME && p.peek(1).Kind == EQUAL {
			c.KwdAttrs = append(c.KwdAttrs, p.name())
			p.next()
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.failNode(pat, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RPAR)
	c.Pos = p.span(start)
	return c
}
