package grammar

import (
	"fmt"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// file: statements ENDMARKER
func (p *parser) file() *ast.Module {
	m := &ast.Module{Body: []ast.Stmt{}, TypeIgnores: []*ast.TypeIgnore{}}
	for p.kind() != EOF {
		if p.kind() == errorToken {
			p.syntaxError()
		}
		m.Body = append(m.Body, p.statement()...)
	}
	return m
}

// statement: compound_stmt | simple_stmts
func (p *parser) statement() []ast.Stmt {
	if s := p.compoundStmt(); s != nil {
		return []ast.Stmt{s}
	}
	return p.simpleStmts()
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
func (p *parser) block(what string, header *Token) []ast.Stmt {
	if p.got(NEWLINE) {
		if p.kind() != INDENT {
			t := p.tok()
			p.failKind("IndentationError", t.Line, t.Col, t.EndLine, t.EndCol,
				fmt.Sprintf("expected an indented block after %s on line %d", what, header.Line))
		}
		p.next()
		var body []ast.Stmt
		for p.kind() != DEDENT && p.kind() != EOF {
			if p.kind() == errorToken || p.kind() == INDENT {
				p.syntaxError()
			}
			body = append(body, p.statement()...)
		}
		p.expect(DEDENT)
		return body
	}
	return p.simpleStmts()
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
func (p *parser) simpleStmts() []ast.Stmt {
	var out []ast.Stmt
	for {
		out = append(out, p.simpleStmt())
		if !p.got(SEMI) {
			break
		}
		if p.kind() == NEWLINE {
			break
		}
	}
	if !p.got(NEWLINE) {
		p.syntaxError()
	}
	return out
}

func (p *parser) simpleStmt() ast.Stmt {
	start := p.pos
	t := p.tok()
	if t.Kind == NAME {
		switch t.Text {
		case "pass":
			p.next()
			return &ast.Pass{Pos: p.span(start)}
		case "break":
			p.next()
			return &ast.Break{Pos: p.span(start)}
		case "continue":
			p.next()
			return &ast.Continue{Pos: p.span(start)}
		case "return":
			p.next()
			var v ast.Expr
			if !p.atStmtEnd() {
				v = p.starExpressions()
			}
			return &ast.Return{Value: v, Pos: p.span(start)}
		case "raise":
			p.next()
			s := &ast.Raise{}
			if !p.atStmtEnd() {
				s.Exc = p.expression()
				if p.gotKw("from") {
					s.Cause = p.expression()
				}
			}
			s.Pos = p.span(start)
			return s
		case "global", "nonlocal":
			p.next()
			names := []string{p.name()}
			for p.got(COMMA) {
				names = append(names, p.name())
			}
			if t.Text == "global" {
				return &ast.Global{Names: names, Pos: p.span(start)}
			}
			return &ast.Nonlocal{Names: names, Pos: p.span(start)}
		case "del":
			p.next()
			targets := p.delTargets()
			return &ast.Delete{Targets: targets, Pos: p.span(start)}
		case "assert":
			p.next()
			s := &ast.Assert{Test: p.expression()}
			if p.got(COMMA) {
				s.Msg = p.expression()
			}
			s.Pos = p.span(start)
			return s
		case "import":
			return p.importName()
		case "from":
			return p.importFrom()
		}
	}
	return p.exprOrAssign()
}

func (p *parser) atStmtEnd() bool {
	k := p.kind()
	return k == NEWLINE || k == SEMI || k == EOF
}

// name consumes a NAME that is not a keyword.
func (p *parser) name() string {
	t := p.tok()
	if t.Kind != NAME || keywords[t.Text] {
		p.syntaxError()
	}
	p.next()
	return t.Text
}

// exprOrAssign parses assignment, annotated assignment, augmented
// assignment and expression statements.
func (p *parser) exprOrAssign() ast.Stmt {
	start := p.pos
	first := p.tok()
	var e ast.Expr
	if p.isKw("yield") {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	switch k := p.kind(); k {
	case EQUAL:
		targets := []ast.Expr{e}
		var value ast.Expr
		for p.got(EQUAL) {
			if p.isKw("yield") {
				value = p.yieldExpr()
			} else {
				value = p.starExpressions()
			}
			if p.kind() == EQUAL {
				targets = append(targets, value)
			}
		}
		for _, t := range targets {
			p.setStore(t, "assign")
		}
		return &ast.Assign{Targets: targets, Value: value, Pos: p.span(start)}
	case COLON:
		p.next()
		simple := 0
		switch e.(type) {
		case *ast.Name:
			if first.Kind != LPAR {
				simple = 1
			}
		case *ast.Attribute, *ast.Subscript:
		case *ast.Tuple:
			p.failNode(e, "only single target (not tuple) can be annotated")
		case *ast.List:
			p.failNode(e, "only single target (not list) can be annotated")
		default:
			p.failNode(e, "illegal target for annotation")
		}
		p.setStore(e, "assign")
		s := &ast.AnnAssign{Target: e, Annotation: p.expression(), Simple: simple}
		if p.got(EQUAL) {
			if p.isKw("yield") {
				s.Value = p.yieldExpr()
			} else {
				s.Value = p.starExpressions()
			}
		}
		s.Pos = p.span(start)
		return s
	default:
		if op, ok := augOps[k]; ok {
			switch e.(type) {
			case *ast.Name, *ast.Attribute, *ast.Subscript:
			default:
				p.failNode(e, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(e)))
			}
			p.next()
			p.setStore(e, "assign")
			var v ast.Expr
			if p.isKw("yield") {
				v = p.yieldExpr()
			} else {
				v = p.starExpressions()
			}
			return &ast.AugAssign{Target: e, Op: op, Value: v, Pos: p.span(start)}
		}
	}
	if !p.atStmtEnd() {
		if n, ok := e.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") && p.kind() != LPAR {
			p.failNode(e, fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id))
		}
		p.syntaxError()
	}
	return &ast.ExprStmt{Value: e, Pos: p.span(start)}
}

var augOps = map[Kind]ast.Operator{
	PLUSEQUAL: ast.Add, MINEQUAL: ast.Sub, STAREQUAL: ast.Mult, ATEQUAL: ast.MatMult,
	SLASHEQUAL: ast.Div, PERCENTEQUAL: ast.Mod, AMPEREQUAL: ast.BitAnd, VBAREQUAL: ast.BitOr,
	CIRCUMFLEXEQUAL: ast.BitXor, LEFTSHIFTEQUAL: ast.LShift, RIGHTSHIFTEQUAL: ast.RShift,
	DOUBLESTAREQUAL: ast.Pow, DOUBLESLASHEQUAL: ast.FloorDiv,
}

// del_targets: ','.del_target+ [',']
func (p *parser) delTargets() []ast.Expr {
	var out []ast.Expr
	for {
		e := p.targetAtom()
		p.setDel(e)
		out = append(out, e)
		if !p.got(COMMA) || p.atStmtEnd() {
			break
		}
	}
	return out
}

// import_name: 'import' dotted_as_names
func (p *parser) importName() ast.Stmt {
	start := p.pos
	p.next()
	var names []*ast.Alias
	for {
		names = append(names, p.dottedAsName())
		if !p.got(COMMA) {
			break
		}
	}
	return &ast.Import{Names: names, Pos: p.span(start)}
}

func (p *parser) dottedName() string {
	n := p.name()
	for p.kind() == DOT {
		p.next()
		n += "." + p.name()
	}
	return n
}

func (p *parser) dottedAsName() *ast.Alias {
	start := p.pos
	a := &ast.Alias{Name: p.dottedName()}
	if p.gotKw("as") {
		s := p.name()
		a.Asname = &s
	}
	a.Pos = p.span(start)
	return a
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
func (p *parser) importFrom() ast.Stmt {
	start := p.pos
	p.next()
	level := 0
	for {
		if p.got(DOT) {
			level++
		} else if p.got(ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	s := &ast.ImportFrom{Level: level}
	if !p.isKw("import") || level == 0 {
		m := p.dottedName()
		s.Module = &m
	}
	p.expectKw("import")
	if p.kind() == STAR {
		st := p.pos
		p.next()
		s.Names = []*ast.Alias{{Name: "*", Pos: p.span(st)}}
	} else {
		paren := p.got(LPAR)
		for {
			st := p.pos
			a := &ast.Alias{Name: p.name()}
			if p.gotKw("as") {
				n := p.name()
				a.Asname = &n
			}
			a.Pos = p.span(st)
			s.Names = append(s.Names, a)
			if !p.got(COMMA) {
				break
			}
			if paren && p.kind() == RPAR {
				break
			}
			if !paren && p.atStmtEnd() {
				p.failAt(p.lastTok(), "trailing comma not allowed without surrounding parentheses")
			}
		}
		if paren {
			p.expect(RPAR)
		}
	}
	s.Pos = p.span(start)
	return s
}

// compoundStmt parses a compound statement, or returns nil if the current
// token does not start one.
func (p *parser) compoundStmt() ast.Stmt {
	t := p.tok()
	switch t.Kind {
	case AT:
		return p.decorated()
	case NAME:
	default:
		return nil
	}
	switch t.Text {
	case "def":
		return p.funcDef(nil, -1)
	case "class":
		return p.classDef(nil)
	case "if":
		return p.ifStmt()
	case "while":
		return p.whileStmt()
	case "for":
		return p.forStmt(-1)
	case "with":
		return p.withStmt(-1)
	case "try":
		return p.tryStmt()
	case "async":
		start := p.pos
		nt := p.peek(1)
		if nt.Kind == NAME {
			switch nt.Text {
			case "def":
				p.next()
				return p.funcDef(nil, start)
			case "for":
				p.next()
				return p.forStmt(start)
			case "with":
				p.next()
				return p.withStmt(start)
			}
		}
		p.next()
		p.syntaxError()
	case "match":
		return p.matchStmt()
	}
	return nil
}

// decorators: ('@' named_expression NEWLINE)+
func (p *parser) decorated() ast.Stmt {
	var decos []ast.Expr
	for p.got(AT) {
		decos = append(decos, p.namedExpression())
		p.expect(NEWLINE)
	}
	switch {
	case p.isKw("def"):
		return p.funcDef(decos, -1)
	case p.isKw("class"):
		return p.classDef(decos)
	case p.isKw("async") && p.peek(1).Kind == NAME && p.peek(1).Text == "def":
		start := p.pos
		p.next()
		return p.funcDef(decos, start)
	}
	p.syntaxError()
	return nil
}

// function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
func (p *parser) funcDef(decos []ast.Expr, asyncStart int) ast.Stmt {
	start := p.pos
	if asyncStart >= 0 {
		start = asyncStart
	}
	header := p.tok()
	p.next() // def
	name := p.name()
	p.expect(LPAR)
	args := p.parameters(RPAR, true)
	p.expect(RPAR)
	var returns ast.Expr
	if p.got(RARROW) {
		returns = p.expression()
	}
	p.expect(COLON)
	body := p.block("function definition", header)
	if decos == nil {
		decos = []ast.Expr{}
	}
	if asyncStart >= 0 {
		return &ast.AsyncFunctionDef{Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, Pos: p.span(start)}
	}
	return &ast.FunctionDef{Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, Pos: p.span(start)}
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
func (p *parser) classDef(decos []ast.Expr) ast.Stmt {
	start := p.pos
	header := p.tok()
	p.next()
	c := &ast.ClassDef{Name: p.name(), Bases: []ast.Expr{}, Keywords: []*ast.Keyword{}, DecoratorList: decos}
	if c.DecoratorList == nil {
		c.DecoratorList = []ast.Expr{}
	}
	if p.got(LPAR) {
		c.Bases, c.Keywords = p.callArgs()
		p.expect(RPAR)
	}
	p.expect(COLON)
	c.Body = p.block("class definition", header)
	c.Pos = p.span(start)
	return c
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
func (p *parser) ifStmt() ast.Stmt {
	start := p.pos
	header := p.tok()
	what := "'" + header.Text + "' statement"
	p.next()
	s := &ast.If{Test: p.namedExpression()}
	p.expect(COLON)
	s.Body = p.block(what, header)
	switch {
	case p.isKw("elif"):
		s.Orelse = []ast.Stmt{p.ifStmt()}
	case p.isKw("else"):
		s.Orelse = p.elseBlock()
	default:
		s.Orelse = []ast.Stmt{}
	}
	s.Pos = p.span(start)
	return s
}

func (p *parser) elseBlock() []ast.Stmt {
	header := p.tok()
	p.next()
	p.expect(COLON)
	return p.block("'else' statement", header)
}

func (p *parser) whileStmt() ast.Stmt {
	start := p.pos
	header := p.tok()
	p.next()
	s := &ast.While{Test: p.namedExpression()}
	p.expect(COLON)
	s.Body = p.block("'while' statement", header)
	s.Orelse = []ast.Stmt{}
	if p.isKw("else") {
		s.Orelse = p.elseBlock()
	}
	s.Pos = p.span(start)
	return s
}

// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
func (p *parser) forStmt(asyncStart int) ast.Stmt {
	start := p.pos
	if asyncStart >= 0 {
		start = asyncStart
	}
	header := p.tok()
	p.next()
	target := p.starTargets()
	p.expectKw("in")
	iter := p.starExpressions()
	p.expect(COLON)
	body := p.block("'for' statement", header)
	orelse := []ast.Stmt{}
	if p.isKw("else") {
		orelse = p.elseBlock()
	}
	if asyncStart >= 0 {
		return &ast.AsyncFor{Target: target, Iter: iter, Body: body, Orelse: orelse, Pos: p.span(start)}
	}
	return &ast.For{Target: target, Iter: iter, Body: body, Orelse: orelse, Pos: p.span(start)}
}

// with_stmt: ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
func (p *parser) withStmt(asyncStart int) ast.Stmt {
	start := p.pos
	if asyncStart >= 0 {
		start = asyncStart
	}
	header := p.tok()
	p.next()
	var items []*ast.WithItem
	if p.kind() == LPAR && p.speculate(func() {
		p.next()
		var its []*ast.WithItem
		for {
			its = append(its, p.withItem())
			if !p.got(COMMA) || p.kind() == RPAR {
				break
			}
		}
		p.expect(RPAR)
		if p.kind() != COLON {
			p.syntaxError()
		}
		items = its
	}) {
	} else {
		for {
			items = append(items, p.withItem())
			if !p.got(COMMA) {
				break
			}
		}
	}
	p.expect(COLON)
	body := p.block("'with' statement", header)
	if asyncStart >= 0 {
		return &ast.AsyncWith{Items: items, Body: body, Pos: p.span(start)}
	}
	return &ast.With{Items: items, Body: body, Pos: p.span(start)}
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
func (p *parser) withItem() *ast.WithItem {
	it := &ast.WithItem{ContextExpr: p.expression()}
	if p.gotKw("as") {
		t := p.starTarget()
		switch p.kind() {
		case COMMA, RPAR, COLON:
		default:
			p.syntaxError()
		}
		p.setStore(t, "assign")
		it.OptionalVars = t
	}
	return it
}

// try_stmt
func (p *parser) tryStmt() ast.Stmt {
	start := p.pos
	header := p.tok()
	p.next()
	p.expect(COLON)
	body := p.block("'try' statement", header)
	var handlers []*ast.ExceptHandler
	star := -1
	for p.isKw("except") {
		hstart := p.pos
		htok := p.tok()
		p.next()
		isStar := p.got(STAR)
		if star == -1 {
			star = map[bool]int{false: 0, true: 1}[isStar]
		} else if (star == 1) != isStar {
			p.failAt(htok, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		h := &ast.ExceptHandler{}
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		if p.kind() != COLON {
			h.Type = p.expression()
			if p.kind() == COMMA {
				// except A, B:  (multiple types need parentheses)
				tstart := p.pos
				for p.got(COMMA) {
					p.expression()
				}
				if p.kind() == COLON {
					p.failKind("SyntaxError", h.Type.Span().Lineno, h.Type.Span().ColOffset, p.toks[tstart].EndLine, p.lastTok().EndCol, "multiple exception types must be parenthesized")
				}
				p.syntaxError()
			}
			if p.gotKw("as") {
				n := p.name()
				h.Name = &n
			}
		} else if isStar {
			p.fail("expected one or more exception types")
		}
		p.expect(COLON)
		h.Body = p.block(what, htok)
		h.Pos = p.span(hstart)
		handlers = append(handlers, h)
	}
	orelse, final := []ast.Stmt{}, []ast.Stmt{}
	if len(handlers) > 0 && p.isKw("else") {
		orelse = p.elseBlock()
	}
	if p.isKw("finally") {
		ft := p.tok()
		p.next()
		p.expect(COLON)
		final = p.block("'finally' statement", ft)
	}
	if len(handlers) == 0 && len(final) == 0 {
		p.failAt(p.lastTok(), "expected 'except' or 'finally' block")
	}
	if handlers == nil {
		handlers = []*ast.ExceptHandler{}
	}
	if star == 1 {
		return &ast.TryStar{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final, Pos: p.span(start)}
	}
	return &ast.Try{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final, Pos: p.span(start)}
}
