package grammar

import (
	"fmt"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// maxDepth bounds the parser's recursion. CPython's parser gives up near the
// same depth with "too complex"; brackets are limited earlier by the scanner.
const maxDepth = 2000

// bailout is the panic value that unwinds the parser on the first error.
type bailout struct{ err *SyntaxError }

// parser is a recursive-descent parser over the scanner's tokens that follows
// CPython 3.11's PEG grammar (Grammar/python.gram) rule for rule.
type parser struct {
	filename string
	src      string
	toks     []Token
	pos      int
	scanErr  *SyntaxError
	depth    int

	// fstring is set while parsing the expression of an f-string
	// replacement field.
	fstring bool

	// viaParticiple is set when the participle grammar parses the file: the
	// parser then only decodes literals and f-strings for the conversion,
	// and replacement fields are parsed with the participle grammar too.
	viaParticiple bool
}

func (p *parser) tok() *Token { return &p.toks[p.pos] }
func (p *parser) kind() Kind  { return p.toks[p.pos].Kind }
func (p *parser) peek(n int) *Token {
	if p.pos+n < len(p.toks) {
		return &p.toks[p.pos+n]
	}
	return &p.toks[len(p.toks)-1]
}

func (p *parser) next() {
	if p.pos < len(p.toks)-1 {
		p.pos++
	}
}

// isKw reports whether the current token is the keyword or soft keyword kw.
func (p *parser) isKw(kw string) bool {
	t := &p.toks[p.pos]
	return t.Kind == NAME && t.Text == kw
}

func (p *parser) got(k Kind) bool {
	if p.toks[p.pos].Kind == k {
		p.next()
		return true
	}
	return false
}

func (p *parser) gotKw(kw string) bool {
	if p.isKw(kw) {
		p.next()
		return true
	}
	return false
}

func (p *parser) expect(k Kind) {
	if !p.got(k) {
		p.errExpected(k.String())
	}
}

func (p *parser) expectKw(kw string) {
	if !p.gotKw(kw) {
		p.errExpected(kw)
	}
}

// errExpected reports "expected 'x'" for forced tokens (CPython's &&'x').
func (p *parser) errExpected(what string) {
	p.failAt(p.tok(), fmt.Sprintf("expected '%s'", what))
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.fail("too many nested parentheses")
	}
}

func (p *parser) leave() { p.depth-- }

// fail reports msg at the current token.
func (p *parser) fail(msg string) { p.failAt(p.tok(), msg) }

func (p *parser) failAt(t *Token, msg string) {
	p.failKind("SyntaxError", t.Line, t.Col, t.EndLine, t.EndCol, msg)
}

func (p *parser) failNode(n ast.Positioned, msg string) {
	s := n.Span()
	p.failKind("SyntaxError", s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset, msg)
}

func (p *parser) failKind(kind string, line, col, endLine, endCol int, msg string) {
	if p.kind() == errorToken && p.scanErr != nil {
		panic(bailout{p.scanErr})
	}
	panic(bailout{&SyntaxError{
		Kind: kind, Msg: msg, Filename: p.filename,
		Line: line, Col: col, EndLine: endLine, EndCol: endCol,
		Text: lineText(p.src, line),
	}})
}

// syntaxError reports CPython's generic "invalid syntax" at the current token.
func (p *parser) syntaxError() {
	t := p.tok()
	switch t.Kind {
	case INDENT:
		p.failKind("IndentationError", t.Line, t.Col, t.EndLine, t.EndCol, "unexpected indent")
	case DEDENT:
		p.failKind("IndentationError", t.Line, t.Col, t.EndLine, t.EndCol, "unindent does not match any outer indentation level")
	case EOF:
		p.failAt(t, "unexpected EOF while parsing")
	}
	p.fail("invalid syntax")
}

// lastTok is the last consumed token that is not NEWLINE, INDENT or DEDENT.
func (p *parser) lastTok() *Token {
	i := p.pos - 1
	for i > 0 {
		switch p.toks[i].Kind {
		case NEWLINE, INDENT, DEDENT:
			i--
			continue
		}
		break
	}
	if i < 0 {
		i = 0
	}
	return &p.toks[i]
}

// span is the position from token start to the last consumed token, which is
// what CPython's EXTRA gives a node.
func (p *parser) span(start int) ast.Pos {
	s := &p.toks[start]
	e := p.lastTok()
	return ast.Pos{Lineno: s.Line, ColOffset: s.Col, EndLineno: e.EndLine, EndColOffset: e.EndCol}
}

// spanNodes is the position from the start of a to the end of b.
func spanNodes(a, b ast.Positioned) ast.Pos {
	s, e := a.Span(), b.Span()
	return ast.Pos{Lineno: s.Lineno, ColOffset: s.ColOffset, EndLineno: e.EndLineno, EndColOffset: e.EndColOffset}
}

// speculate runs f and reports whether it parsed without error; on failure
// the position is restored.
func (p *parser) speculate(f func()) (ok bool) {
	save, depth := p.pos, p.depth
	defer func() {
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail {
				panic(r)
			}
			p.pos, p.depth = save, depth
			ok = false
		}
	}()
	f()
	return true
}
