package grammar

import (
	"github.com/asyncgen/asyncgen/grammar/ast"
)

// callArgsGen parses call arguments after '(' (at token lpar); a lone
// generator expression argument spans the call's parentheses.
func (p *parser) callArgsGen(lpar int) ([]ast.Expr, []*ast.Keyword) {
	if p.kind() != RPAR && p.kind() != STAR && p.kind() != DOUBLESTAR &&
		!(p.kind() == NAME && p.peek(1).Kind == EQUAL) {
		save := p.pos
		first := p.namedExpression()
		if p.isKw("for") || p.isKw("async") {
			gens := p.forIfClauses()
			if p.kind() != RPAR {
				p.failKind("SyntaxError", first.Span().Lineno, first.Span().ColOffset, p.lastTok().EndLine, p.lastTok().EndCol, "Generator expression must be parenthesized")
			}
			p.next()
			g := &ast.GeneratorExp{Elt: first, Generators: gens, Pos: p.span(lpar)}
			p.pos-- // leave ')' for the caller
			return []ast.Expr{g}, []*ast.Keyword{}
		}
		p.pos = save
	}
	return p.callArgs()
}

// callArgs parses arguments: positional and starred arguments, then
// keywords and ** arguments, up to the closing ')'.
func (p *parser) callArgs() ([]ast.Expr, []*ast.Keyword) {
	args, kws := []ast.Expr{}, []*ast.Keyword{}
	sawKw, sawDstar := false, false
	for p.kind() != RPAR {
		start := p.pos
		switch {
		case p.kind() == STAR:
			p.next()
			v := p.expression()
			if sawDstar {
				p.failKind("SyntaxError", p.toks[start].Line, p.toks[start].Col, p.lastTok().EndLine, p.lastTok().EndCol, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(start)})
		case p.kind() == DOUBLESTAR:
			p.next()
			v := p.expression()
			kws = append(kws, &ast.Keyword{Value: v, Pos: p.span(start)})
			sawDstar = true
		case p.kind() == NAME && p.peek(1).Kind == EQUAL:
			name := p.name()
			p.next()
			v := p.expression()
			kws = append(kws, &ast.Keyword{Arg: &name, Value: v, Pos: p.span(start)})
			sawKw = true
		default:
			e := p.namedExpression()
			if p.kind() == EQUAL {
				p.failKind("SyntaxError", e.Span().Lineno, e.Span().ColOffset, p.tok().EndLine, p.tok().EndCol, `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			if p.isKw("for") || p.isKw("async") {
				p.forIfClauses()
				p.failKind("SyntaxError", e.Span().Lineno, e.Span().ColOffset, p.lastTok().EndLine, p.lastTok().EndCol, "Generator expression must be parenthesized")
			}
			if sawDstar {
				p.failNode(e, "positional argument follows keyword argument unpacking")
			}
			if sawKw {
				p.failNode(e, "positional argument follows keyword argument")
			}
			args = append(args, e)
		}
		if !p.got(COMMA) {
			break
		}
	}
	return args, kws
}

// parameters parses a def's (annotated) or a lambda's parameter list up to
// the closing token.
func (p *parser) parameters(closer Kind, annotated bool) *ast.Arguments {
	a := &ast.Arguments{
		Posonlyargs: []*ast.Arg{}, Args: []*ast.Arg{}, Kwonlyargs: []*ast.Arg{},
		KwDefaults: []ast.Expr{}, Defaults: []ast.Expr{},
	}
	star := false // after '*' or '*args'
	sawSlash := false
	for p.kind() != closer {
		switch p.kind() {
		case SLASH:
			if sawSlash {
				p.fail("/ may appear only once")
			}
			if star {
				p.fail("/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				p.fail("at least one argument must precede /")
			}
			p.next()
			sawSlash = true
			a.Posonlyargs, a.Args = a.Args, []*ast.Arg{}
		case STAR:
			if star {
				p.fail("* argument may appear only once")
			}
			st := p.tok()
			p.next()
			star = true
			if p.kind() == COMMA {
				nt := p.peek(1)
				if nt.Kind == closer || nt.Kind == DOUBLESTAR {
					p.failAt(st, "named arguments must follow bare *")
				}
				break
			}
			if p.kind() == closer {
				p.failAt(st, "named arguments must follow bare *")
			}
			a.Vararg = p.param(annotated, true)
			if p.kind() == EQUAL {
				p.fail("var-positional argument cannot have default value")
			}
		case DOUBLESTAR:
			p.next()
			a.Kwarg = p.param(annotated, false)
			if p.kind() == EQUAL {
				p.fail("var-keyword argument cannot have default value")
			}
			p.got(COMMA)
			if p.kind() != closer {
				p.fail("arguments cannot follow var-keyword argument")
			}
			return a
		default:
			arg := p.param(annotated, false)
			var def ast.Expr
			if p.got(EQUAL) {
				def = p.expression()
			}
			if star {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
				} else if len(a.Defaults) > 0 {
					p.failNode(arg, "non-default argument follows default argument")
				}
			}
		}
		if !p.got(COMMA) {
			break
		}
	}
	return a
}

// param: NAME [':' annotation]; with starAnn, the annotation may be '*' expr.
func (p *parser) param(annotated, starAnn bool) *ast.Arg {
	start := p.pos
	a := &ast.Arg{Arg: p.name()}
	if annotated && p.got(COLON) {
		if starAnn && p.kind() == STAR {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
		}
	}
	a.Pos = p.span(start)
	return a
}
