package grammar

import (
	"io"

	"github.com/alecthomas/participle/v2/lexer"
)

// LexerDefinition exposes the scanner as a participle v2 lexer.Definition, so
// participle grammars can be driven by Python's real tokens (NEWLINE, INDENT,
// DEDENT, whole string literals, CPython's operators). Token types are the
// negated Kind values offset by one, so EOF is participle's lexer.EOF.
type LexerDefinition struct{}

var _ lexer.Definition = LexerDefinition{}

// TokenType returns the participle token type of k.
func TokenType(k Kind) lexer.TokenType { return lexer.TokenType(-(int(k) + 1)) }

// Symbols maps each token kind's name (operators by their text) to its
// participle token type.
func (LexerDefinition) Symbols() map[string]lexer.TokenType {
	m := make(map[string]lexer.TokenType, numKinds)
	for k := EOF; k < numKinds; k++ {
		if k == errorToken {
			continue
		}
		m[k.String()] = TokenType(k)
	}
	m["EOF"] = lexer.EOF
	return m
}

// Lex scans all of r.
func (d LexerDefinition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(src))
}

// LexString scans src; a scanning error is returned as a *SyntaxError.
func (LexerDefinition) LexString(filename, src string) (lexer.Lexer, error) {
	s := newScanner(filename, src)
	toks := s.scanAll()
	if s.err != nil {
		return nil, s.err
	}
	return &tokenLexer{filename: filename, toks: toks}, nil
}

type tokenLexer struct {
	filename string
	toks     []Token
	i        int
}

// Next returns the next token; NAME, NUMBER and STRING carry their source
// text, operators their spelling.
func (l *tokenLexer) Next() (lexer.Token, error) {
	t := l.toks[min(l.i, len(l.toks)-1)]
	l.i++
	v := t.Text
	if t.Kind > STRING {
		v = t.Kind.String()
	}
	return lexer.Token{
		Type:  TokenType(t.Kind),
		Value: v,
		Pos:   lexer.Position{Filename: l.filename, Offset: t.Off, Line: t.Line, Column: t.Col + 1},
	}, nil
}
