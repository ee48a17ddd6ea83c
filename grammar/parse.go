package grammar

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// ParseFile parses the Python 3.11 source src (UTF-8 text) of the file named
// filename into a Module, as CPython's ast.parse does for the same text.
// Line endings \r\n and \r are read as \n, as Python's text-mode open does.
// The error, if any, is a *SyntaxError.
func ParseFile(filename string, src []byte) (*ast.Module, error) {
	text, serr := sourceText(filename, src)
	if serr != nil {
		return nil, serr
	}
	s := newScanner(filename, text)
	toks := s.scanAll()
	p := &parser{filename: filename, src: text, toks: toks, scanErr: s.err}
	if s.err != nil {
		p.toks = append(p.toks, Token{Kind: errorToken, Line: s.err.Line, Col: s.err.Col, EndLine: s.err.Line, EndCol: s.err.Col})
	}
	return parseWith(p, func() *ast.Module { return p.file() })
}

// sourceText decodes src as Python's text-mode open does (newlines
// normalised), rejecting NUL bytes and invalid UTF-8 as CPython does.
func sourceText(filename string, src []byte) (string, *SyntaxError) {
	text := string(src)
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	if strings.IndexByte(text, 0) >= 0 {
		return "", &SyntaxError{Kind: "SyntaxError", Msg: "source code string cannot contain null bytes", Filename: filename, Line: 1}
	}
	if !utf8.ValidString(text) {
		line := 1 + strings.Count(text[:invalidUTF8At(text)], "\n")
		return "", &SyntaxError{Kind: "SyntaxError", Msg: "(unicode error) 'utf-8' codec can't decode source", Filename: filename, Line: line, Text: lineText(text, line)}
	}
	return text, nil
}

func invalidUTF8At(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(s)
}

// parseWith runs f, turning the parser's bailout into an error.
func parseWith[T any](p *parser, f func() T) (res T, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			var zero T
			res, err = zero, b.err
		}
	}()
	res = f()
	if p.scanErr != nil {
		// The parser accepted a prefix that ended at a scanner error.
		return res, p.scanErr
	}
	return res, nil
}

// subExpression parses the expression of an f-string replacement field, src
// being "(" + text + ")" that starts at line/col of the enclosing source.
func (p *parser) subExpression(src string, line, col int) ast.Expr {
	s := newScanner(p.filename, src)
	s.baseLine, s.baseCol = line-1, col
	toks := s.scanAll()
	if s.err != nil {
		s.err.Text = lineText(p.src, s.err.Line)
		panic(bailout{s.err})
	}
	sub := &parser{filename: p.filename, src: p.src, toks: toks, fstring: true, depth: p.depth, viaParticiple: p.viaParticiple}
	if p.viaParticiple {
		return p.participleSubExpression(sub)
	}
	e := sub.starExpressions()
	if sub.kind() != NEWLINE && sub.kind() != EOF {
		sub.fail("f-string: invalid syntax")
	}
	return e
}

// errSyntax reports whether err is a *SyntaxError, for callers that only
// need to know.
func errSyntax(err error) bool {
	var se *SyntaxError
	return errors.As(err, &se)
}
