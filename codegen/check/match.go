package check

import "github.com/asyncgen/asyncgen/grammar/ast"

// match binds the names a match statement's patterns capture and resolves
// the expressions in its subject, patterns (values, classes, mapping
// keys) and guards.
func (b *binder) match(s *ast.Match) {
	b.expr(s.Subject)
	for _, c := range s.Cases {
		b.pattern(c.Pattern)
		b.expr(c.Guard)
		b.stmts(c.Body)
	}
}

func (b *binder) pattern(p ast.Pattern) {
	switch p := p.(type) {
	case *ast.MatchValue:
		b.expr(p.Value)
	case *ast.MatchSequence:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	case *ast.MatchMapping:
		b.exprs(p.Keys)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		if p.Rest != nil {
			b.bind(*p.Rest)
		}
	case *ast.MatchClass:
		b.expr(p.Cls)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			b.pattern(q)
		}
	case *ast.MatchStar:
		if p.Name != nil {
			b.bind(*p.Name)
		}
	case *ast.MatchAs:
		if p.Pattern != nil {
			b.pattern(p.Pattern)
		}
		if p.Name != nil {
			b.bind(*p.Name)
		}
	case *ast.MatchOr:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	}
}
