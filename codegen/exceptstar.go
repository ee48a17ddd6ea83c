package codegen

import (
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// starClauses compiles the except* clauses of a try statement (PEP 654);
// the exception arrives in ag_exc at the dispatch label. The clauses run
// in order, each on the part of the still unmatched group that its type
// matches; what a clause raises (a bare raise re-raises its part) is
// collected rather than propagated, and once every clause has had its
// turn rt.StarEnd builds what leaves the statement, if anything.
func (f *fn) starClauses(dispatch string, handlers []*ast.ExceptHandler, done string) {
	outer := f.handler
	orig := f.slot("orig", jen.Op("*").Add(py("Exc")))
	rest := f.slot("rest", jen.Op("*").Add(py("Exc")))
	raised := f.slot("raised", jen.Index().Op("*").Add(py("Exc")))
	match := f.slot("match", jen.Op("*").Add(py("Exc")))
	f.b.mark(dispatch)
	f.b.plumbing(orig.Clone().Op("=").Id(excVar))
	f.b.plumbing(rest.Clone().Op("=").Add(rt("StarStart").Call(jen.Id(excVar))))
	f.b.plumbing(raised.Clone().Op("=").Nil())
	for _, h := range handlers {
		p := h.Span()
		f.b.at(p.Lineno, p.ColOffset)
		next := f.label("nextstar")
		// An error evaluating the clause's type propagates at once.
		f.handler = outer
		f.handling = append(f.handling, orig)
		t := f.expr(h.Type)
		f.b.emit(jen.List(match.Clone(), rest.Clone(), jen.Id(excVar)).Op("=").Add(rt("StarMatch").Call(rest, t)))
		f.check()
		f.handling = f.handling[:len(f.handling)-1]
		f.b.gotoIf(match.Clone().Op("==").Nil(), next)

		clean := []jen.Code{match.Clone().Op("=").Nil()}
		if h.Name != nil {
			f.storeName(*h.Name, match)
			clean = append(clean, f.varRef(*h.Name).Op("=").Nil())
		}
		collect := f.label("starraised")
		f.handler = collect
		f.handling = append(f.handling, match)
		f.regions = append(f.regions, &cleanup{code: clean})
		f.stmts(h.Body)
		f.regions = f.regions[:len(f.regions)-1]
		f.handling = f.handling[:len(f.handling)-1]
		for _, c := range clean {
			f.b.plumbing(c)
		}
		f.b.jump(next)
		f.b.mark(collect)
		f.b.plumbing(raised.Clone().Op("=").Append(raised, jen.Id(excVar)))
		for _, c := range clean {
			f.b.plumbing(c)
		}
		f.b.mark(next)
	}
	f.handler = outer
	f.b.plumbing(jen.Id(excVar).Op("=").Add(rt("StarEnd").Call(orig, raised, rest)))
	f.b.plumbing(jen.List(orig.Clone(), rest.Clone(), raised.Clone()).Op("=").List(jen.Nil(), jen.Nil(), jen.Nil()))
	f.b.gotoIf(jen.Id(excVar).Op("==").Nil(), done)
	f.reraise()
}
