package codegen

import (
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// match compiles a match statement: the subject is evaluated once, then
// each case's pattern is tested in turn (binding its captures as it
// goes), then its guard; the first case that matches runs its body.
func (f *fn) match(s *ast.Match) {
	subj := f.slot("subj", py("Object"))
	f.simple([]ast.Node{s.Subject}, func() {
		f.b.emit(subj.Clone().Op("=").Add(f.expr(s.Subject)))
	})
	end := f.label("matchend")
	for _, c := range s.Cases {
		next := f.label("case")
		p := c.Pattern.Span()
		f.b.at(p.Lineno, p.ColOffset)
		f.pattern(c.Pattern, subj, next)
		if c.Guard != nil {
			f.simple([]ast.Node{c.Guard}, func() {
				f.b.gotoIf(jen.Op("!").Parens(f.truth(c.Guard)), next)
			})
		}
		f.stmts(c.Body)
		f.b.jump(end)
		f.b.mark(next)
	}
	f.b.mark(end)
	f.b.plumbing(subj.Clone().Op("=").Nil())
}

// pattern tests the Go value v against p, binding captures, and jumps to
// fail when it does not match.
func (f *fn) pattern(p ast.Pattern, v *jen.Statement, fail string) {
	switch p := p.(type) {
	case *ast.MatchValue:
		val := f.expr(p.Value)
		ok := f.boolTemp()
		f.b.emit(jen.List(ok.Clone(), jen.Id(excVar)).Op("=").Add(rt("MatchValue").Call(v, val)))
		f.check()
		f.b.gotoIf(jen.Op("!").Add(ok), fail)
	case *ast.MatchSingleton:
		f.b.gotoIf(jen.Op("!").Add(rt("MatchSingleton").Call(v, f.constant(p.Value))), fail)
	case *ast.MatchAs:
		if p.Pattern != nil {
			f.pattern(p.Pattern, v, fail)
		}
		if p.Name != nil {
			f.storeName(*p.Name, v)
		}
	case *ast.MatchOr:
		matched := f.label("ormatched")
		for i, alt := range p.Patterns {
			if i == len(p.Patterns)-1 {
				f.pattern(alt, v, fail)
				break
			}
			other := f.label("orelse")
			f.pattern(alt, v, other)
			f.b.jump(matched)
			f.b.mark(other)
		}
		f.b.mark(matched)
	case *ast.MatchSequence:
		star := -1
		for i, q := range p.Patterns {
			if _, ok := q.(*ast.MatchStar); ok {
				star = i
			}
		}
		items := f.newVar("items", jen.Index().Add(py("Object")), false)
		ok := f.boolTemp()
		f.b.emit(jen.List(items.Clone(), ok.Clone(), jen.Id(excVar)).Op("=").
			Add(rt("MatchSequence").Call(v, jen.Lit(len(p.Patterns)), jen.Lit(star))))
		f.check()
		f.b.gotoIf(jen.Op("!").Add(ok), fail)
		f.subpatterns(p.Patterns, items, fail)
	case *ast.MatchMapping:
		keys := make([]jen.Code, len(p.Keys))
		for i, k := range p.Keys {
			keys[i] = f.expr(k)
		}
		keyList := f.newVar("keys", jen.Index().Add(py("Object")), false)
		f.b.emit(keyList.Clone().Op("=").Index().Add(py("Object")).Values(keys...))
		items := f.newVar("items", jen.Index().Add(py("Object")), false)
		ok := f.boolTemp()
		f.b.emit(jen.List(items.Clone(), ok.Clone(), jen.Id(excVar)).Op("=").Add(rt("MatchMapping").Call(v, keyList)))
		f.check()
		f.b.gotoIf(jen.Op("!").Add(ok), fail)
		f.subpatterns(p.Patterns, items, fail)
		if p.Rest != nil {
			rest := f.temp()
			f.b.emit(jen.List(rest.Clone(), jen.Id(excVar)).Op("=").Add(rt("MappingRest").Call(v, keyList)))
			f.check()
			f.storeName(*p.Rest, rest)
		}
	case *ast.MatchClass:
		cls := f.expr(p.Cls)
		names := make([]jen.Code, len(p.KwdAttrs))
		for i, n := range p.KwdAttrs {
			names[i] = jen.Lit(n)
		}
		var kw jen.Code = jen.Nil()
		if len(names) > 0 {
			kw = jen.Index().String().Values(names...)
		}
		items := f.newVar("items", jen.Index().Add(py("Object")), false)
		ok := f.boolTemp()
		f.b.emit(jen.List(items.Clone(), ok.Clone(), jen.Id(excVar)).Op("=").
			Add(rt("MatchClass").Call(v, cls, jen.Lit(len(p.Patterns)), kw)))
		f.check()
		f.b.gotoIf(jen.Op("!").Add(ok), fail)
		f.subpatterns(append(append([]ast.Pattern{}, p.Patterns...), p.KwdPatterns...), items, fail)
	case *ast.MatchStar:
		if p.Name != nil {
			f.storeName(*p.Name, v)
		}
	default:
		f.g.errorf(p, "not supported by asyncgen: %s patterns", p.TypeName())
	}
}

// subpatterns matches items[i] against pats[i] for each i.
func (f *fn) subpatterns(pats []ast.Pattern, items *jen.Statement, fail string) {
	for i, q := range pats {
		elem := f.temp()
		f.b.emit(elem.Clone().Op("=").Add(items.Clone().Index(jen.Lit(i))))
		f.pattern(q, elem, fail)
	}
}
