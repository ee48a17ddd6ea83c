package grammar

import "github.com/asyncgen/asyncgen/grammar/ast"

// matchStmt parses a match statement, or returns nil when "match" is just a
// name here (it is a soft keyword).
func (p *parser) matchStmt() ast.Stmt {
	return nil
}
