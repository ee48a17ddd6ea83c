package codegen

import (
	"bytes"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// The compiler's output is mostly function declarations of a few regular
// shapes: flat statement lists of assignments, calls, ifs, gotos, labels
// and //line directives. printFunc prints such a declaration as gofmt
// does, several times faster than go/printer, and declines everything
// else, which gofmt then formats: any construct gofmt would align in
// columns or whose layout depends on more than the one-line rules below
// (an expression spanning lines, a comment inside or after code on its
// line, arithmetic operators, whose spacing depends on the expression's
// structure, struct and interface types). TestGofmtInParts compares the
// result with format.Source's on every program of the suite.

// errDecline reports a declaration printFunc leaves to gofmt.
var errDecline = errors.New("not a shape printFunc prints")

// printFunc returns part, the text of one function declaration with its
// doc comment as jennifer renders it, formatted as gofmt formats it.
func printFunc(part []byte) ([]byte, error) {
	src := make([]byte, 0, len(part)+10)
	src = append(append(src, "package p\n"...), part...)
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil || len(file.Decls) != 1 {
		return nil, errDecline
	}
	fd, ok := file.Decls[0].(*ast.FuncDecl)
	if !ok || fd.Body == nil || len(fd.Body.List) == 0 {
		return nil, errDecline
	}
	p := &funcPrinter{file: fset.File(file.Pos()), comments: file.Comments}
	p.out.Grow(len(part) + len(part)/4)
	if fd.Doc != nil {
		if p.comments[0] != fd.Doc || p.line(fd.Doc.End()) != p.line(fd.Pos())-1 {
			return nil, errDecline
		}
		for _, c := range fd.Doc.List {
			if !p.comment(c) {
				return nil, errDecline
			}
			p.out.WriteByte('\n')
		}
		p.cur = 1
	}
	p.out.WriteString("func ")
	if fd.Recv != nil {
		p.fields(fd.Recv)
		p.out.WriteByte(' ')
	}
	p.out.WriteString(fd.Name.Name)
	p.signature(fd.Type)
	p.out.WriteByte(' ')
	if !p.oneLine(fd.Pos(), fd.Body.Lbrace) {
		return nil, errDecline
	}
	p.block(fd.Body, 0)
	p.out.WriteByte('\n')
	if p.err != nil || p.nextComment() != nil {
		return nil, errDecline
	}
	return p.out.Bytes(), nil
}

type funcPrinter struct {
	out      bytes.Buffer
	file     *token.File
	comments []*ast.CommentGroup
	cur      int // comments[cur] is the next comment group to print
	next     int // and comments[cur].List[next] its next comment
	depth    int // the indentation of the statement being printed
	err      error
}

func (p *funcPrinter) decline() {
	p.err = errDecline
}

// line returns the line of pos in the text, not where //line directives
// place it.
func (p *funcPrinter) line(pos token.Pos) int { return p.file.PositionFor(pos, false).Line }

func (p *funcPrinter) oneLine(from, to token.Pos) bool { return p.line(from) == p.line(to) }

func (p *funcPrinter) indent(depth int) {
	for range depth {
		p.out.WriteByte('\t')
	}
}

// comment writes a // comment: a //line directive at the start of a
// line, as gofmt keeps it, anything else where the caller indented.
func (p *funcPrinter) comment(c *ast.Comment) bool {
	if !strings.HasPrefix(c.Text, "//") || strings.ContainsAny(c.Text, "\r\f\v") {
		return false
	}
	p.out.WriteString(strings.TrimRight(c.Text, " \t")) // as gofmt trims it
	return true
}

// nextComment returns the next comment not yet printed, if any.
func (p *funcPrinter) nextComment() *ast.Comment {
	for p.cur < len(p.comments) {
		if list := p.comments[p.cur].List; p.next < len(list) {
			return list[p.next]
		}
		p.cur, p.next = p.cur+1, 0
	}
	return nil
}

// gap writes the line breaks before something starting at line to, after
// something that ended at line from: one, or two to keep one blank line.
func (p *funcPrinter) gap(from, to int) {
	p.out.WriteByte('\n')
	if to-from > 1 {
		p.out.WriteByte('\n')
	}
}

// commentsBefore prints the comments before pos, each on its own lines,
// after something that ended at line last (where the caller has not yet
// broken the line); it returns the line where the last one ends.
func (p *funcPrinter) commentsBefore(pos token.Pos, last token.Pos, depth int) token.Pos {
	for c := p.nextComment(); c != nil && c.Pos() < pos; c = p.nextComment() {
		if c.Pos() < last || p.line(c.Pos()) == p.line(last) {
			p.decline() // inside or after code on its line
			return last
		}
		p.gap(p.line(last), p.line(c.Pos()))
		if !strings.HasPrefix(c.Text, "//line ") || p.file.PositionFor(c.Pos(), false).Column != 1 {
			p.indent(depth)
		}
		if !p.comment(c) {
			p.decline()
		}
		last = c.End()
		p.next++
	}
	return last
}

// block prints { statements } whose opening brace is already placed.
func (p *funcPrinter) block(b *ast.BlockStmt, depth int) {
	if len(b.List) == 0 || !p.startsNextLine(b.Lbrace, b.List[0].Pos()) {
		p.decline()
		return
	}
	p.out.WriteByte('{')
	p.stmtList(b.List, b.Lbrace+1, depth+1)
	end := p.commentsBefore(b.Rbrace, b.List[len(b.List)-1].End(), depth+1)
	if p.line(b.Rbrace)-p.line(end) != 1 {
		p.decline()
	}
	p.out.WriteByte('\n')
	p.indent(depth)
	p.out.WriteByte('}')
}

// startsNextLine reports whether what follows pos, a comment or the
// statement at first, starts on the line after pos.
func (p *funcPrinter) startsNextLine(pos, first token.Pos) bool {
	if c := p.nextComment(); c != nil && c.Pos() < first {
		first = c.Pos()
	}
	return p.line(first) == p.line(pos)+1
}

// stmtList prints statements, each after its comments and line breaks,
// the first after something that ended at last.
func (p *funcPrinter) stmtList(list []ast.Stmt, last token.Pos, depth int) {
	for i, s := range list {
		if p.err != nil {
			return
		}
		last = p.commentsBefore(s.Pos(), last, depth)
		p.gap(p.line(last), p.line(s.Pos()))
		start := p.out.Len()
		p.stmt(s, depth, i == len(list)-1)
		// Every line break in the source must be one in the output: a
		// statement gofmt would print on more lines than this printer
		// (say, a call with its arguments on several lines) is declined.
		if bytes.Count(p.out.Bytes()[start:], []byte("\n")) != p.line(s.End())-p.line(s.Pos()) {
			p.decline()
		}
		last = s.End()
	}
}

func (p *funcPrinter) stmt(s ast.Stmt, depth int, lastInBlock bool) {
	saved := p.depth
	p.depth = depth
	defer func() { p.depth = saved }()
	if l, ok := s.(*ast.LabeledStmt); ok {
		p.indent(depth - 1)
		p.out.WriteString(l.Label.Name)
		p.out.WriteByte(':')
		if _, empty := l.Stmt.(*ast.EmptyStmt); empty {
			if !lastInBlock {
				p.decline()
			}
			return
		}
		last := p.commentsBefore(l.Stmt.Pos(), l.Colon+1, depth)
		p.gap(p.line(last), p.line(l.Stmt.Pos()))
		p.stmt(l.Stmt, depth, lastInBlock)
		return
	}
	p.indent(depth)
	p.simpleOrCompound(s, depth)
}

func (p *funcPrinter) simpleOrCompound(s ast.Stmt, depth int) {
	switch s := s.(type) {
	case *ast.IfStmt:
		p.out.WriteString("if ")
		if s.Init != nil {
			p.simple(s.Init)
			p.out.WriteString("; ")
		}
		p.expr(s.Cond, 1)
		p.out.WriteByte(' ')
		if !p.oneLine(s.If, s.Body.Lbrace) || isParen(s.Cond) {
			p.decline()
		}
		p.block(s.Body, depth)
		switch e := s.Else.(type) {
		case nil:
		case *ast.BlockStmt:
			p.out.WriteString(" else ")
			p.block(e, depth)
		case *ast.IfStmt:
			p.out.WriteString(" else ")
			p.simpleOrCompound(e, depth)
		default:
			p.decline()
		}
	case *ast.BlockStmt:
		p.block(s, depth)
	case *ast.SwitchStmt:
		if s.Init != nil || s.Tag == nil || isParen(s.Tag) || len(s.Body.List) == 0 || !p.oneLine(s.Switch, s.Body.Lbrace) {
			p.decline()
			return
		}
		p.out.WriteString("switch ")
		p.expr(s.Tag, 1)
		p.out.WriteString(" {")
		last := s.Body.Lbrace + 1
		for _, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			last = p.commentsBefore(cc.Pos(), last, depth)
			p.gap(p.line(last), p.line(cc.Pos()))
			p.indent(depth)
			if cc.List == nil {
				p.out.WriteString("default:")
			} else {
				p.out.WriteString("case ")
				p.exprList(cc.List, 1)
				p.out.WriteByte(':')
			}
			if !p.oneLine(cc.Case, cc.Colon) {
				p.decline()
			}
			if len(cc.Body) > 0 {
				if !p.startsNextLine(cc.Colon, cc.Body[0].Pos()) {
					p.decline()
				}
				p.stmtList(cc.Body, cc.Colon+1, depth+1)
				last = cc.Body[len(cc.Body)-1].End()
			} else {
				last = cc.Colon + 1
			}
		}
		last = p.commentsBefore(s.Body.Rbrace, last, depth)
		if p.line(s.Body.Rbrace)-p.line(last) != 1 {
			p.decline()
		}
		p.out.WriteByte('\n')
		p.indent(depth)
		p.out.WriteByte('}')
	case *ast.ReturnStmt:
		p.out.WriteString("return")
		if len(s.Results) > 0 {
			p.out.WriteByte(' ')
			p.exprList(s.Results, 1)
		}
	case *ast.BranchStmt:
		p.out.WriteString(s.Tok.String())
		if s.Label != nil {
			p.out.WriteByte(' ')
			p.out.WriteString(s.Label.Name)
		}
	case *ast.DeclStmt:
		d, ok := s.Decl.(*ast.GenDecl)
		if !ok || d.Tok != token.VAR || d.Lparen.IsValid() || len(d.Specs) != 1 {
			p.decline()
			return
		}
		v := d.Specs[0].(*ast.ValueSpec)
		if v.Doc != nil || v.Comment != nil {
			p.decline()
			return
		}
		p.out.WriteString("var ")
		p.identList(v.Names)
		if v.Type != nil {
			p.out.WriteByte(' ')
			p.expr(v.Type, 1)
		}
		if len(v.Values) > 0 {
			p.out.WriteString(" = ")
			p.exprList(v.Values, 1)
		}
	default:
		p.simple(s)
	}
}

// simple prints a simple statement.
func (p *funcPrinter) simple(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.AssignStmt:
		depth := 1
		if len(s.Lhs) > 1 && len(s.Rhs) > 1 {
			depth++
		}
		p.exprList(s.Lhs, depth)
		p.out.WriteByte(' ')
		p.out.WriteString(s.Tok.String())
		p.out.WriteByte(' ')
		p.exprList(s.Rhs, depth)
	case *ast.ExprStmt:
		p.expr(s.X, 1)
	case *ast.IncDecStmt:
		p.expr(s.X, 1)
		p.out.WriteString(s.Tok.String())
	default:
		p.decline()
	}
}

func (p *funcPrinter) identList(list []*ast.Ident) {
	for i, id := range list {
		if i > 0 {
			p.out.WriteString(", ")
		}
		p.out.WriteString(id.Name)
	}
}

func (p *funcPrinter) exprList(list []ast.Expr, depth int) {
	for i, e := range list {
		if i > 0 {
			p.out.WriteString(", ")
		}
		p.expr(e, depth)
	}
}

// fields prints a parameter, result or receiver list in parentheses.
func (p *funcPrinter) fields(list *ast.FieldList) {
	p.out.WriteByte('(')
	for i, f := range list.List {
		if i > 0 {
			p.out.WriteString(", ")
		}
		if f.Tag != nil || f.Doc != nil || f.Comment != nil {
			p.decline()
		}
		p.identList(f.Names)
		if len(f.Names) > 0 {
			p.out.WriteByte(' ')
		}
		p.expr(f.Type, 1)
	}
	p.out.WriteByte(')')
}

// signature prints a function's parameters and results.
func (p *funcPrinter) signature(t *ast.FuncType) {
	if t.TypeParams != nil {
		p.decline()
	}
	p.fields(t.Params)
	if r := t.Results; r != nil && len(r.List) > 0 {
		p.out.WriteByte(' ')
		if len(r.List) == 1 && len(r.List[0].Names) == 0 { // gofmt drops parentheses here
			p.expr(r.List[0].Type, 1)
		} else {
			p.fields(r)
		}
	}
}

// expr prints an expression on one line, except for the bodies of
// function literals (stmtList checks the line count). depth is go/printer's: 1 at the top of a
// statement, more inside argument lists and indexes, which matters only
// to the spacing of arithmetic, declined here.
func (p *funcPrinter) expr(e ast.Expr, depth int) {
	switch e := e.(type) {
	case *ast.Ident:
		p.out.WriteString(e.Name)
	case *ast.BasicLit:
		if (e.Kind == token.INT || e.Kind == token.FLOAT || e.Kind == token.IMAG) && strings.ContainsAny(e.Value, "ABCDEFXOPIabcdfxopi_") {
			p.decline() // gofmt normalizes some number forms
		}
		p.out.WriteString(e.Value)
	case *ast.SelectorExpr:
		p.expr(e.X, depth)
		p.out.WriteByte('.')
		p.out.WriteString(e.Sel.Name)
	case *ast.CallExpr:
		p.expr(e.Fun, depth)
		if len(e.Args) > 1 {
			depth++
		}
		p.out.WriteByte('(')
		p.exprList(e.Args, depth)
		if e.Ellipsis.IsValid() {
			p.out.WriteString("...")
		}
		p.out.WriteByte(')')
	case *ast.StarExpr:
		p.out.WriteByte('*')
		p.expr(e.X, depth)
	case *ast.UnaryExpr:
		if _, nested := e.X.(*ast.UnaryExpr); nested {
			p.decline()
		}
		p.out.WriteString(e.Op.String())
		p.expr(e.X, depth)
	case *ast.BinaryExpr:
		if !comparisons(e) {
			p.decline()
			return
		}
		p.expr(e.X, depth)
		p.out.WriteByte(' ')
		p.out.WriteString(e.Op.String())
		p.out.WriteByte(' ')
		p.expr(e.Y, depth)
	case *ast.IndexExpr:
		p.expr(e.X, depth)
		p.out.WriteByte('[')
		p.expr(e.Index, depth+1)
		p.out.WriteByte(']')
	case *ast.TypeAssertExpr:
		if e.Type == nil {
			p.decline()
			return
		}
		p.expr(e.X, depth)
		p.out.WriteString(".(")
		p.expr(e.Type, depth)
		p.out.WriteByte(')')
	case *ast.CompositeLit:
		if !p.oneLine(e.Lbrace, e.Rbrace) {
			p.decline()
			return
		}
		if e.Type != nil {
			p.expr(e.Type, depth)
		}
		p.out.WriteByte('{')
		p.exprList(e.Elts, 1)
		p.out.WriteByte('}')
	case *ast.KeyValueExpr:
		p.expr(e.Key, depth)
		p.out.WriteString(": ")
		p.expr(e.Value, depth)
	case *ast.ArrayType:
		if e.Len != nil {
			p.decline()
		}
		p.out.WriteString("[]")
		p.expr(e.Elt, depth)
	case *ast.MapType:
		p.out.WriteString("map[")
		p.expr(e.Key, depth)
		p.out.WriteByte(']')
		p.expr(e.Value, depth)
	case *ast.Ellipsis:
		p.out.WriteString("...")
		p.expr(e.Elt, depth)
	case *ast.FuncLit:
		p.out.WriteString("func")
		p.signature(e.Type)
		p.out.WriteByte(' ')
		if !p.oneLine(e.Type.Pos(), e.Body.Lbrace) {
			p.decline()
		}
		p.block(e.Body, p.depth)
	default:
		p.decline() // parentheses too: gofmt drops some
	}
}

// isParen reports whether e is in parentheses, which gofmt drops around
// the condition of an if and the tag of a switch.
func isParen(e ast.Expr) bool {
	_, ok := e.(*ast.ParenExpr)
	return ok
}

// comparisons reports whether e combines operands that are not binary
// expressions with comparison and logical operators only, which gofmt
// always surrounds with spaces.
func comparisons(e ast.Expr) bool {
	b, ok := e.(*ast.BinaryExpr)
	if !ok {
		return true
	}
	if b.Op.Precedence() > token.EQL.Precedence() {
		return false
	}
	for _, x := range []ast.Expr{b.X, b.Y} {
		if x, ok := x.(*ast.BinaryExpr); ok && !comparisons(x) {
			return false
		}
	}
	return true
}
