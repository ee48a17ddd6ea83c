package codegen

import (
	"bytes"
	"slices"
	"unicode"
	"unicode/utf8"
)

// fastFunc formats part, one function declaration with its doc comment as
// jennifer renders it, as gofmt formats it, in one pass over its tokens
// without building a syntax tree. It prints what printFunc prints, and
// less: it declines (ok false) everything else, which printFunc or gofmt
// then formats. Within the shapes it accepts, every line break of the
// output is one of the source's: a statement, the header of an if or a
// switch, a case clause and the signature each take one line (func
// literals aside), blocks open at the end of a line and close at the start
// of the line after their last statement, and the only comments are the
// doc comment and //line directives. TestFastFunc compares it with
// format.Source.
func fastFunc(part []byte) ([]byte, bool) {
	var p fastPrinter
	out, ok := p.format(nil, part, (*fastPrinter).funcDecl)
	return append(out, '\n'), ok
}

// fastDecl formats part, a var declaration (one name, its value on one
// line or a composite literal with one key: value per line) or a struct
// type declaration (one named field per line, with or without a comment)
// with its doc comment, as jennifer renders it, as gofmt formats it, or
// declines (ok false).
func fastDecl(part []byte) ([]byte, bool) {
	var p fastPrinter
	out, ok := p.format(nil, part, (*fastPrinter).genDecl)
	return append(out, '\n'), ok
}

// format appends part formatted by decl, without the final line break, to
// dst, or returns dst and false if decl declines it.
func (p *fastPrinter) format(dst, part []byte, decl func(*fastPrinter)) (out []byte, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			out, ok = dst, false
		}
		p.out = nil
	}()
	p.src, p.i, p.line, p.depth = part, 0, 0, 0
	p.out = dst
	if !p.scan() {
		return dst, false
	}
	decl(p)
	if p.peek().kind != tEOF {
		decline()
	}
	return p.out, true
}

// Token kinds.
const (
	tEOF = iota
	tIdent
	tKeyword
	tNumber
	tString
	tComment
	tOp
)

type fastTok struct {
	kind  uint8
	col1  bool // starts a line of the text
	first bool // the first token on its line
	line  int32
	start int32
	end   int32
	op    string // the operator or keyword (a constant string)
}

type fastPrinter struct {
	src   []byte
	toks  []fastTok
	i     int // the next token
	line  int32
	depth int // the depth of the statement being printed
	out   []byte
}

// fastDecline is what fastPrinter panics with to decline (format also
// declines on any other panic: the slower formatters then take over).
type fastDecline struct{}

func decline() { panic(fastDecline{}) }

// scan cuts src into tokens, followed by an EOF token.
func (p *fastPrinter) scan() bool {
	src := p.src
	p.toks = slices.Grow(p.toks[:0], len(src)/4)
	line := int32(1)
	lineStart := 0
	first := true
	for i := 0; i < len(src); {
		c := src[i]
		switch c {
		case '\n':
			line++
			i++
			lineStart, first = i, true
			continue
		case ' ', '\t':
			i++
			continue
		}
		t := fastTok{line: line, start: int32(i), col1: i == lineStart, first: first}
		first = false
		switch {
		case c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf:
			j := i
			for j < len(src) {
				c := src[j]
				if c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
					j++
					continue
				}
				if c < utf8.RuneSelf {
					break
				}
				r, n := utf8.DecodeRune(src[j:])
				if !unicode.IsLetter(r) && !(j > i && unicode.IsDigit(r)) {
					return false
				}
				j += n
			}
			t.kind = tIdent
			if kw := keyword(src[i:j]); kw != "" {
				t.kind, t.op = tKeyword, kw
			}
			i = j
		case '0' <= c && c <= '9' || c == '.' && i+1 < len(src) && '0' <= src[i+1] && src[i+1] <= '9':
			j := i + 1
			for j < len(src) {
				c := src[j]
				if c == '.' || c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
					j++
				} else if (c == '+' || c == '-') && (src[j-1] == 'e' || src[j-1] == 'E' || src[j-1] == 'p' || src[j-1] == 'P') {
					j++
				} else {
					break
				}
			}
			if bytes.ContainsAny(src[i:j], "ABCDEFXOPIabcdfxopi_") {
				return false // gofmt normalizes some number forms
			}
			t.kind = tNumber
			i = j
		case c == '"' || c == '\'':
			j := i + 1
			for ; j < len(src) && src[j] != c; j++ {
				if src[j] == '\n' {
					return false
				}
				if src[j] == '\\' {
					j++
				}
			}
			if j >= len(src) {
				return false
			}
			t.kind = tString
			i = j + 1
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			j := i
			for j < len(src) && src[j] != '\n' {
				j++
			}
			t.kind = tComment
			i = j
		default:
			op := operator(src[i:])
			if op == "" {
				return false // raw strings, block comments, \r, ...
			}
			t.kind, t.op = tOp, op
			i += len(op)
		}
		t.end = int32(i)
		p.toks = append(p.toks, t)
	}
	p.toks = append(p.toks, fastTok{kind: tEOF, line: line + 1, first: true, start: int32(len(src)), end: int32(len(src))})
	return true
}

func keyword(b []byte) string {
	switch string(b) {
	case "break":
		return "break"
	case "case":
		return "case"
	case "chan":
		return "chan"
	case "const":
		return "const"
	case "continue":
		return "continue"
	case "default":
		return "default"
	case "defer":
		return "defer"
	case "else":
		return "else"
	case "fallthrough":
		return "fallthrough"
	case "for":
		return "for"
	case "func":
		return "func"
	case "go":
		return "go"
	case "goto":
		return "goto"
	case "if":
		return "if"
	case "import":
		return "import"
	case "interface":
		return "interface"
	case "map":
		return "map"
	case "package":
		return "package"
	case "range":
		return "range"
	case "return":
		return "return"
	case "select":
		return "select"
	case "struct":
		return "struct"
	case "switch":
		return "switch"
	case "type":
		return "type"
	case "var":
		return "var"
	}
	return ""
}

// operator returns the operator or punctuation b starts with, "" if none.
func operator(b []byte) string {
	c := b[0]
	var c1, c2 byte
	if len(b) > 1 {
		c1 = b[1]
	}
	if len(b) > 2 {
		c2 = b[2]
	}
	switch c {
	case '(':
		return "("
	case ')':
		return ")"
	case '[':
		return "["
	case ']':
		return "]"
	case '{':
		return "{"
	case '}':
		return "}"
	case ',':
		return ","
	case ';':
		return ";"
	case '~':
		return "~"
	case '.':
		if c1 == '.' && c2 == '.' {
			return "..."
		}
		return "."
	case ':':
		if c1 == '=' {
			return ":="
		}
		return ":"
	case '=':
		if c1 == '=' {
			return "=="
		}
		return "="
	case '!':
		if c1 == '=' {
			return "!="
		}
		return "!"
	case '+':
		switch c1 {
		case '+':
			return "++"
		case '=':
			return "+="
		}
		return "+"
	case '-':
		switch c1 {
		case '-':
			return "--"
		case '=':
			return "-="
		}
		return "-"
	case '*':
		if c1 == '=' {
			return "*="
		}
		return "*"
	case '/':
		if c1 == '=' {
			return "/="
		}
		return "/"
	case '%':
		if c1 == '=' {
			return "%="
		}
		return "%"
	case '^':
		if c1 == '=' {
			return "^="
		}
		return "^"
	case '|':
		switch c1 {
		case '|':
			return "||"
		case '=':
			return "|="
		}
		return "|"
	case '&':
		switch {
		case c1 == '&':
			return "&&"
		case c1 == '=':
			return "&="
		case c1 == '^' && c2 == '=':
			return "&^="
		case c1 == '^':
			return "&^"
		}
		return "&"
	case '<':
		switch {
		case c1 == '-':
			return "<-"
		case c1 == '=':
			return "<="
		case c1 == '<' && c2 == '=':
			return "<<="
		case c1 == '<':
			return "<<"
		}
		return "<"
	case '>':
		switch {
		case c1 == '=':
			return ">="
		case c1 == '>' && c2 == '=':
			return ">>="
		case c1 == '>':
			return ">>"
		}
		return ">"
	}
	return ""
}

func (p *fastPrinter) peek() *fastTok { return &p.toks[p.i] }

func (p *fastPrinter) peekAt(n int) *fastTok {
	if p.i+n >= len(p.toks) {
		return &p.toks[len(p.toks)-1]
	}
	return &p.toks[p.i+n]
}

// take returns the next token, which must be on the current line.
func (p *fastPrinter) take() *fastTok {
	t := &p.toks[p.i]
	if t.kind == tEOF || t.line != p.line {
		decline()
	}
	p.i++
	return t
}

// is reports whether the next token is the operator or keyword op on the
// current line.
func (p *fastPrinter) is(op string) bool {
	t := &p.toks[p.i]
	return (t.kind == tOp || t.kind == tKeyword) && t.op == op && t.line == p.line
}

func (p *fastPrinter) expect(op string) {
	if !p.is(op) {
		decline()
	}
	p.i++
}

func (p *fastPrinter) text(t *fastTok) []byte { return p.src[t.start:t.end] }

func (p *fastPrinter) write(s string) { p.out = append(p.out, s...) }

func (p *fastPrinter) writeTok(t *fastTok) { p.out = append(p.out, p.src[t.start:t.end]...) }

func (p *fastPrinter) indent(n int) {
	for range n {
		p.out = append(p.out, '\t')
	}
}

// comment writes a // comment as gofmt does, trimmed at the end.
func (p *fastPrinter) comment(t *fastTok) {
	text := bytes.TrimRight(p.text(t), " \t")
	if bytes.ContainsAny(text, "\r\f\v") {
		decline()
	}
	p.out = append(p.out, text...)
}

// doc prints the doc comment, comment lines just above the declaration,
// and returns the declaration's first token.
func (p *fastPrinter) doc() *fastTok {
	t := p.peek()
	for t.kind == tComment {
		p.comment(t)
		p.write("\n")
		next := p.peekAt(1)
		if next.line != t.line+1 || !next.first {
			decline() // a blank line: not (all) the doc comment
		}
		p.i++
		t = p.peek()
	}
	if t.col1 && p.i > 0 {
		decline() // gofmt would reformat the doc comment (see items)
	}
	p.line = t.line
	return t
}

func (p *fastPrinter) funcDecl() {
	p.doc()
	p.expect("func")
	p.write("func ")
	if p.is("(") {
		p.fields()
		p.write(" ")
	}
	name := p.take()
	if name.kind != tIdent {
		decline()
	}
	p.writeTok(name)
	p.signature()
	p.write(" ")
	p.block(0)
}

// genDecl prints a var or struct type declaration.
func (p *fastPrinter) genDecl() {
	t := p.doc()
	if t.kind != tKeyword {
		decline()
	}
	switch t.op {
	case "var":
		p.varDecl()
	case "type":
		p.structDecl()
	default:
		decline()
	}
}

func (p *fastPrinter) varDecl() {
	p.i++
	p.write("var ")
	name := p.take()
	if name.kind != tIdent {
		decline()
	}
	p.writeTok(name)
	if !p.is("=") {
		p.write(" ")
		p.typ()
		if !p.is("=") {
			return
		}
	}
	p.i++
	p.write(" = ")
	// The value ends on this line, or is a composite literal whose {
	// ends it.
	end := p.i
	for p.toks[end].line == p.line {
		end++
	}
	if last := &p.toks[end-1]; last.kind != tOp || last.op != "{" {
		p.expr(0)
		return
	}
	if p.is("&") {
		p.i++
		p.write("&")
	}
	p.typ()
	p.expect("{")
	p.write("{")
	p.keyValueLines()
}

// keyValueLines prints the elements of a composite literal, one key:
// value per line, aligning the values as gofmt does, and the closing }.
func (p *fastPrinter) keyValueLines() {
	type elem struct {
		key      *fastTok
		from, to int // the value in p.out
	}
	var elems []elem
	start := len(p.out)
	last := p.line
	width := 0
	for {
		t := p.peek()
		if t.kind == tOp && t.op == "}" {
			break
		}
		if t.kind != tIdent || !t.first || t.line != last+1 {
			decline()
		}
		p.line = t.line
		p.i++
		p.expect(":")
		from := len(p.out)
		p.expr(1)
		if p.line != t.line {
			decline() // a value on several lines
		}
		p.expect(",")
		// gofmt aligns the values of keys of up to 40 bytes (and of
		// elements of up to a million, which fit on a line).
		w := utf8.RuneCount(p.text(t)) + 1
		if t.end-t.start > 40 || len(p.out)-from > 500_000 {
			decline()
		}
		width = max(width, w)
		elems = append(elems, elem{t, from, len(p.out)})
		if next := p.peek(); next.line == p.line {
			decline()
		}
		last = t.line
	}
	rb := p.takeOn(last + 1)
	if len(elems) == 0 || rb.kind != tOp || rb.op != "}" {
		decline()
	}
	values := append([]byte(nil), p.out[start:]...)
	out := p.out[:start]
	for _, e := range elems {
		out = append(out, "\n\t"...)
		out = append(out, p.text(e.key)...)
		out = append(out, ':')
		for range width - (utf8.RuneCount(p.text(e.key)) + 1) + 1 {
			out = append(out, ' ')
		}
		out = append(out, values[e.from-start:e.to-start]...)
		out = append(out, ',')
	}
	p.out = append(out, "\n}"...)
}

// takeOn returns the next token, which must be on line.
func (p *fastPrinter) takeOn(line int32) *fastTok {
	t := &p.toks[p.i]
	if t.kind == tEOF || t.line != line {
		decline()
	}
	p.line = line
	p.i++
	return t
}

// structDecl prints a struct type declaration whose fields each have one
// name, aligning the types and comments as gofmt does.
func (p *fastPrinter) structDecl() {
	p.i++
	p.write("type ")
	name := p.take()
	if name.kind != tIdent {
		decline()
	}
	p.writeTok(name)
	p.expect("struct")
	p.expect("{")
	p.write(" struct {")
	type field struct {
		name, comment *fastTok
		from, to      int // the type in p.out
	}
	var fields []field
	start := len(p.out)
	last := p.line
	for {
		t := p.peek()
		if t.kind == tOp && t.op == "}" {
			break
		}
		if t.kind != tIdent || !t.first || t.line != last+1 {
			decline()
		}
		p.line = t.line
		p.i++
		from := len(p.out)
		p.typ()
		f := field{name: t, from: from, to: len(p.out)}
		if c := p.peek(); c.kind == tComment && c.line == p.line {
			f.comment = c
			p.i++
		}
		if next := p.peek(); next.line == p.line {
			decline()
		}
		fields = append(fields, f)
		last = t.line
	}
	rb := p.takeOn(last + 1)
	if len(fields) == 0 || rb.kind != tOp || rb.op != "}" || len(fields) == 1 && fields[0].comment != nil {
		decline()
	}
	types := append([]byte(nil), p.out[start:]...)
	p.out = p.out[:start]
	// Names form one column, and the types of consecutive fields with
	// comments another.
	nameWidth := 0
	for _, f := range fields {
		nameWidth = max(nameWidth, utf8.RuneCount(p.text(f.name)))
	}
	if len(fields) == 1 {
		nameWidth = 0 // gofmt separates the name with a blank
	}
	typeWidth := make([]int, len(fields))
	for i := 0; i < len(fields); {
		j := i
		w := 0
		for j < len(fields) && fields[j].comment != nil {
			w = max(w, utf8.RuneCount(types[fields[j].from-start:fields[j].to-start]))
			j++
		}
		for k := i; k < j; k++ {
			typeWidth[k] = w
		}
		i = max(j, i+1)
	}
	for i, f := range fields {
		p.write("\n\t")
		n := p.text(f.name)
		p.out = append(p.out, n...)
		for range max(nameWidth-utf8.RuneCount(n), 0) + 1 {
			p.out = append(p.out, ' ')
		}
		typ := types[f.from-start : f.to-start]
		p.out = append(p.out, typ...)
		if f.comment != nil {
			for range typeWidth[i] - utf8.RuneCount(typ) + 1 {
				p.out = append(p.out, ' ')
			}
			p.comment(f.comment)
		}
	}
	p.write("\n}")
}

// block prints { statements } at depth, the next token being its {.
func (p *fastPrinter) block(depth int) {
	lb := p.take()
	if lb.kind != tOp || lb.op != "{" {
		decline()
	}
	p.write("{")
	if p.peek().line != lb.line+1 {
		decline() // a blank line, or something after {
	}
	end := p.items(lb.line, depth+1, false)
	if end == lb.line {
		decline() // an empty block
	}
	rb := p.peek()
	if rb.kind != tOp || rb.op != "}" || rb.line != end+1 {
		decline()
	}
	p.write("\n")
	p.indent(depth)
	p.write("}")
	p.line = rb.line
	p.i++
}

// items prints the statements, labels and comments of a block or a case
// clause at depth, up to its }, or its next case clause in a switch; the
// first starts on the line after last. It returns the line where the last
// ends.
func (p *fastPrinter) items(last int32, depth int, inSwitch bool) int32 {
	for {
		t := p.peek()
		if t.kind == tEOF {
			decline()
		}
		if t.kind == tOp && t.op == "}" || inSwitch && t.kind == tKeyword && (t.op == "case" || t.op == "default") {
			return last
		}
		if !t.first || t.line <= last {
			decline()
		}
		p.write("\n")
		if t.line-last > 1 {
			p.write("\n")
		}
		switch {
		case t.kind == tComment:
			// Comments before a } or a case clause are not in this
			// shape.
			n := 1
			for p.peekAt(n).kind == tComment {
				n++
			}
			if after := p.peekAt(n); after.kind == tOp && after.op == "}" || after.kind == tKeyword && (after.op == "case" || after.op == "default") {
				decline()
			}
			// gofmt reformats a comment group at the start of a line
			// that abuts a statement there as a doc comment: only
			// //line directives, which it keeps, are in this shape.
			if !t.col1 || !bytes.HasPrefix(p.text(t), []byte("//line ")) {
				decline()
			}
			p.comment(t)
			p.i++
			last = t.line
		case t.kind == tIdent && p.peekAt(1).kind == tOp && p.peekAt(1).op == ":" && p.peekAt(1).line == t.line:
			p.indent(depth - 1)
			p.writeTok(t)
			p.write(":")
			p.i += 2
			last = t.line
		default:
			p.indent(depth)
			p.line = t.line
			saved := p.depth
			p.depth = depth
			p.stmt(depth)
			p.depth = saved
			last = p.line
		}
		if next := p.peek(); next.line <= last {
			decline() // something after the statement on its line
		}
	}
}

func (p *fastPrinter) stmt(depth int) {
	t := p.peek()
	if t.kind == tKeyword {
		switch t.op {
		case "if":
			p.ifStmt(depth)
			return
		case "switch":
			p.switchStmt(depth)
			return
		case "return":
			p.i++
			p.write("return")
			if next := p.peek(); next.line == p.line && !(next.kind == tOp && next.op == "}") {
				p.write(" ")
				p.exprList(0)
			}
			return
		case "goto", "break", "continue":
			p.i++
			p.write(t.op)
			if next := p.peek(); next.line == p.line && next.kind == tIdent {
				p.write(" ")
				p.writeTok(p.take())
			}
			return
		case "var":
			p.i++
			p.write("var ")
			p.identList()
			if !p.is("=") {
				p.write(" ")
				p.typ()
			}
			if p.is("=") {
				p.i++
				p.write(" = ")
				p.exprList(0)
			}
			return
		case "func", "map":
		default:
			decline()
		}
	}
	p.simpleStmt(0)
}

// simpleStmt prints an expression statement, an assignment or an
// increment; it reports whether it printed only an expression list.
func (p *fastPrinter) simpleStmt(lev int) bool {
	n := p.exprList(lev)
	t := p.peek()
	if t.kind == tOp && t.line == p.line {
		switch t.op {
		case "=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=":
			p.i++
			p.write(" ")
			p.write(t.op)
			p.write(" ")
			p.exprList(lev)
			return false
		case "++", "--":
			if n != 1 {
				decline()
			}
			p.i++
			p.write(t.op)
			return false
		}
	}
	if n != 1 {
		decline()
	}
	return true
}

func (p *fastPrinter) ifStmt(depth int) {
	p.i++
	p.write("if ")
	if !p.simpleStmt(-1) || p.is(";") {
		p.expect(";")
		p.write("; ")
		p.expr(-1)
	}
	p.write(" ")
	p.block(depth)
	if p.is("else") {
		p.i++
		p.write(" else ")
		switch {
		case p.is("if"):
			p.ifStmt(depth)
		case p.is("{"):
			p.block(depth)
		default:
			decline()
		}
	}
}

func (p *fastPrinter) switchStmt(depth int) {
	p.i++
	p.write("switch ")
	p.expr(-1)
	lb := p.take()
	if lb.kind != tOp || lb.op != "{" {
		decline()
	}
	p.write(" {")
	last := lb.line
	for {
		t := p.peek()
		if t.kind == tOp && t.op == "}" {
			break
		}
		if t.kind != tKeyword || t.op != "case" && t.op != "default" || !t.first || t.line <= last {
			decline()
		}
		p.write("\n")
		if t.line-last > 1 {
			p.write("\n")
		}
		p.indent(depth)
		p.line = t.line
		p.i++
		if t.op == "default" {
			p.write("default")
		} else {
			p.write("case ")
			p.exprList(0)
		}
		p.expect(":")
		p.write(":")
		last = t.line
		if next := p.peek(); next.kind == tOp && next.op == "}" || next.kind == tKeyword && (next.op == "case" || next.op == "default") {
			continue
		} else if next.line != last+1 {
			decline()
		}
		last = p.items(last, depth+1, true)
	}
	rb := p.peek()
	if last == lb.line || rb.line != last+1 {
		decline()
	}
	p.write("\n")
	p.indent(depth)
	p.write("}")
	p.line = rb.line
	p.i++
}

func (p *fastPrinter) identList() {
	for {
		t := p.take()
		if t.kind != tIdent {
			decline()
		}
		p.writeTok(t)
		if !p.is(",") {
			return
		}
		p.i++
		p.write(", ")
	}
}

// exprList prints a list of expressions and returns its length. lev < 0
// in the header of an if or a switch, where a { starts the block.
func (p *fastPrinter) exprList(lev int) int {
	n := 1
	p.expr(lev)
	for p.is(",") {
		p.i++
		p.write(", ")
		p.expr(lev)
		n++
	}
	return n
}

// expr prints an expression whose binary operators are comparisons and
// logical operators, which gofmt always surrounds with spaces; the spacing
// of the others depends on the expression's structure.
func (p *fastPrinter) expr(lev int) {
	p.unary(lev)
	for {
		t := p.peek()
		if t.kind != tOp || t.line != p.line {
			return
		}
		switch t.op {
		case "==", "!=", "<", "<=", ">", ">=", "&&", "||":
			p.i++
			p.write(" ")
			p.write(t.op)
			p.write(" ")
			p.unary(lev)
		case "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^":
			decline()
		default:
			return
		}
	}
}

func isUnaryOp(t *fastTok) bool {
	if t.kind != tOp {
		return false
	}
	switch t.op {
	case "!", "-", "+", "^", "&", "<-":
		return true
	}
	return false
}

func (p *fastPrinter) unary(lev int) {
	t := p.peek()
	if t.kind == tOp && t.line == p.line {
		if t.op == "*" {
			p.i++
			p.write("*")
			p.unary(lev)
			return
		}
		if isUnaryOp(t) {
			p.i++
			p.write(t.op)
			if isUnaryOp(p.peek()) {
				decline() // gofmt may space nested unary operators
			}
			p.unary(lev)
			return
		}
	}
	p.primary(lev)
}

func (p *fastPrinter) primary(lev int) {
	lit := p.operand()
	for {
		t := p.peek()
		if t.kind != tOp || t.line != p.line {
			return
		}
		switch t.op {
		case ".":
			p.i++
			if p.is("(") {
				p.i++
				p.write(".(")
				p.typ()
				p.expect(")")
				p.write(")")
				lit = notType
				continue
			}
			name := p.take()
			if name.kind != tIdent {
				decline()
			}
			p.write(".")
			p.writeTok(name)
			// A composite literal's type is T or pkg.T, not x.y.T.
			if lit == identType {
				lit = otherType
			} else {
				lit = notType
			}
		case "(":
			p.i++
			p.write("(")
			if !p.is(")") {
				p.expr(1)
				for p.is(",") {
					p.i++
					p.write(", ")
					p.expr(1)
				}
				if p.is("...") {
					p.i++
					p.write("...")
				}
			}
			p.expect(")")
			p.write(")")
			lit = notType
		case "[":
			p.i++
			p.write("[")
			p.expr(1)
			p.expect("]")
			p.write("]")
			lit = notType
		case "{":
			if lev < 0 || lit == notType {
				return
			}
			p.i++
			p.write("{")
			for !p.is("}") {
				p.expr(1)
				if p.is(":") {
					p.i++
					p.write(": ")
					p.expr(1)
				}
				if p.is("}") {
					break
				}
				p.expect(",")
				if p.is("}") {
					decline() // a trailing comma
				}
				p.write(", ")
			}
			p.i++
			p.write("}")
			lit = notType
		default:
			return
		}
	}
}

// Whether an operand may be a composite literal's type: an identifier,
// or another type (pkg.T, []T, map[K]V).
const (
	notType = iota
	identType
	otherType
)

// operand prints an operand and reports whether it may be the type of a
// composite literal.
func (p *fastPrinter) operand() (lit int) {
	t := p.take()
	switch t.kind {
	case tIdent:
		p.writeTok(t)
		return identType
	case tNumber, tString:
		p.writeTok(t)
		return notType
	case tOp:
		if t.op == "[" {
			p.i--
			p.typ()
			return otherType
		}
	case tKeyword:
		switch t.op {
		case "map":
			p.i--
			p.typ()
			return otherType
		case "func":
			p.write("func")
			p.signature()
			p.write(" ")
			p.block(p.depth)
			return notType
		}
	}
	decline()
	return notType
}

// typ prints a type.
func (p *fastPrinter) typ() {
	t := p.take()
	switch {
	case t.kind == tIdent:
		p.writeTok(t)
		if p.is(".") {
			p.i++
			name := p.take()
			if name.kind != tIdent {
				decline()
			}
			p.write(".")
			p.writeTok(name)
		}
	case t.kind == tOp && t.op == "*":
		p.write("*")
		p.typ()
	case t.kind == tOp && t.op == "[":
		p.expect("]")
		p.write("[]")
		p.typ()
	case t.kind == tKeyword && t.op == "map":
		p.expect("[")
		p.write("map[")
		p.typ()
		p.expect("]")
		p.write("]")
		p.typ()
	default:
		decline()
	}
}

// signature prints a function's parameters and results.
func (p *fastPrinter) signature() {
	p.fields()
	t := p.peek()
	if t.line != p.line {
		return
	}
	switch {
	case t.kind == tOp && t.op == "(":
		start := len(p.out)
		p.write(" ")
		if n, named := p.fields(); n == 1 && !named {
			// gofmt drops the parentheses around one unnamed result.
			copy(p.out[start+1:], p.out[start+2:len(p.out)-1])
			p.out = p.out[:len(p.out)-2]
		}
	case t.kind == tIdent || t.kind == tOp && (t.op == "*" || t.op == "[") || t.kind == tKeyword && t.op == "map":
		p.write(" ")
		p.typ()
	}
}

// fields prints a parameter, result or receiver list in parentheses and
// returns the number of its entries and whether any has a name.
func (p *fastPrinter) fields() (n int, named bool) {
	p.expect("(")
	p.write("(")
	for !p.is(")") {
		n++
		t := p.peek()
		if t.kind == tIdent {
			if next := p.peekAt(1); !(next.kind == tOp && (next.op == "." || next.op == "," || next.op == ")")) {
				// A name and a type.
				p.i++
				p.writeTok(t)
				p.write(" ")
				named = true
			}
		}
		if p.is("...") {
			p.i++
			p.write("...")
		}
		p.typ()
		if p.is(")") {
			break
		}
		p.expect(",")
		if p.is(")") {
			decline()
		}
		p.write(", ")
	}
	p.i++
	p.write(")")
	return n, named
}
