package grammar

import (
	"fmt"
	"io"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// Token types the participle grammar adds to the scanner's: hard keywords
// (never a NAME), and classes of operators, so that a rule can accept any
// operator of a class with one token reference instead of a disjunction of
// literals, each of which costs participle a backtracking branch. Literals
// in the grammar match by value and so still match tokens of these types.
var (
	keywordType  = TokenType(numKinds)     // hard keywords not below
	logicType    = TokenType(numKinds + 1) // or and in is == != < <= > >=
	arithType    = TokenType(numKinds + 2) // | ^ & << >> * / // % @
	signType     = TokenType(numKinds + 3) // + - ~ (unary or binary)
	constType    = TokenType(numKinds + 4) // None True False ...
	augAssignTyp = TokenType(numKinds + 5) // += -= *= ... (augassign)
)

// tokenClass is the participle token type of each operator kind that has a
// class.
var tokenClass = map[Kind]lexer.TokenType{
	EQEQUAL: logicType, NOTEQUAL: logicType, LESS: logicType, LESSEQUAL: logicType,
	GREATER: logicType, GREATEREQUAL: logicType,
	VBAR: arithType, CIRCUMFLEX: arithType, AMPER: arithType, LEFTSHIFT: arithType,
	RIGHTSHIFT: arithType, STAR: arithType, SLASH: arithType, DOUBLESLASH: arithType,
	PERCENT: arithType, AT: arithType,
	PLUS: signType, MINUS: signType, TILDE: signType,
	ELLIPSIS:  constType,
	PLUSEQUAL: augAssignTyp, MINEQUAL: augAssignTyp, STAREQUAL: augAssignTyp,
	SLASHEQUAL: augAssignTyp, PERCENTEQUAL: augAssignTyp, AMPEREQUAL: augAssignTyp,
	VBAREQUAL: augAssignTyp, CIRCUMFLEXEQUAL: augAssignTyp, LEFTSHIFTEQUAL: augAssignTyp,
	RIGHTSHIFTEQUAL: augAssignTyp, DOUBLESTAREQUAL: augAssignTyp, DOUBLESLASHEQUAL: augAssignTyp,
	ATEQUAL: augAssignTyp,
}

// keywordClass is the participle token type of each hard keyword.
func keywordClass(kw string) lexer.TokenType {
	switch kw {
	case "or", "and", "in", "is":
		return logicType
	case "None", "True", "False":
		return constType
	}
	return keywordType
}

// participleLexer is the lexer.Definition the participle grammar is built
// with: the scanner's tokens, hard keywords typed KEYWORD, and each token's
// index in the scanner's token slice in Pos.Offset.
type participleLexer struct{}

// Symbols returns the scanner's token types plus the grammar's classes.
func (participleLexer) Symbols() map[string]lexer.TokenType {
	m := LexerDefinition{}.Symbols()
	m["KEYWORD"] = keywordType
	m["LOGIC"] = logicType
	m["ARITH"] = arithType
	m["SIGN"] = signType
	m["CONST"] = constType
	m["AUGASSIGN"] = augAssignTyp
	return m
}

// Lex scans all of r.
func (participleLexer) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", filename, err)
	}
	s := newScanner(filename, string(src))
	toks := s.scanAll()
	if s.err != nil {
		return nil, s.err
	}
	return &sliceLexer{toks: participleTokens(filename, string(src), toks, false)}, nil
}

// participleTokens converts the scanner's tokens. In an f-string
// replacement field "<>" means "!=", as the hand-written parser has it;
// elsewhere it keeps its spelling, which no rule accepts.
func participleTokens(filename, src string, toks []Token, fstring bool) []lexer.Token {
	out := make([]lexer.Token, len(toks))
	for i := range toks {
		t := &toks[i]
		v := t.Text
		typ := TokenType(t.Kind)
		switch {
		case t.Kind == NAME:
			if keywords[v] {
				typ = keywordClass(v)
			}
		case t.Kind == NOTEQUAL && !fstring && t.Off < len(src) && src[t.Off] == '<':
			v = "<>" // keeps NOTEQUAL's own type: no rule accepts it
		case t.Kind > STRING:
			v = kindText[t.Kind]
			if c, ok := tokenClass[t.Kind]; ok {
				typ = c
			}
		}
		out[i] = lexer.Token{Type: typ, Value: v, Pos: lexer.Position{Filename: filename, Offset: i, Line: t.Line, Column: t.Col + 1}}
	}
	return out
}

// sliceLexer hands out already converted tokens.
type sliceLexer struct {
	toks []lexer.Token
	i    int
}

// Next returns the next token, then EOF forever.
func (l *sliceLexer) Next() (lexer.Token, error) {
	t := l.toks[min(l.i, len(l.toks)-1)]
	l.i++
	return t, nil
}

// participleParsers are the grammar's two entry points.
type participleParsers struct {
	file *participle.Parser[pFile]
	sub  *participle.Parser[pSubExpr]
}

// participleOptions are the options both parsers are built with. The
// lookahead bound lets a failed alternative backtrack as far as it read
// (the parenthesised with-items form, a "match" that turns out to be a
// name); the grammar keeps every other choice to one or two tokens.
func participleOptions() []participle.Option {
	return []participle.Option{
		participle.Lexer(participleLexer{}),
		participle.UseLookahead(participle.MaxLookahead),
	}
}

// buildParticiple builds the parsers once; they are read-only afterwards.
var buildParticiple = sync.OnceValues(func() (*participleParsers, error) {
	file, err := participle.Build[pFile](participleOptions()...)
	if err != nil {
		return nil, fmt.Errorf("building the participle grammar: %w", err)
	}
	sub, err := participle.Build[pSubExpr](participleOptions()...)
	if err != nil {
		return nil, fmt.Errorf("building the participle sub-expression grammar: %w", err)
	}
	return &participleParsers{file: file, sub: sub}, nil
})

// ParseFileParticiple parses src like ParseFile, with the participle
// grammar (participle_grammar.go) instead of the hand-written parser. When
// the participle grammar rejects the source, the hand-written parser parses
// it again to report CPython's exact message; if the hand-written parser
// accepts what the grammar rejected, the error says so (a grammar bug).
// Sources the scanner rejects, and sources nested deeper than the
// participle parser may recurse (see maxParticipleNesting), are parsed by
// the hand-written parser.
func ParseFileParticiple(filename string, src []byte) (*ast.Module, error) {
	text, serr := sourceText(filename, src)
	if serr != nil {
		return nil, serr
	}
	s := newScanner(filename, text)
	toks := s.scanAll()
	if s.err != nil || tooDeepForParticiple(toks) {
		return ParseFile(filename, src)
	}
	mod, err := parseParticiple(filename, text, toks)
	if err == nil {
		return mod, nil
	}
	if _, herr := ParseFile(filename, src); herr != nil {
		return nil, herr
	}
	return nil, fmt.Errorf("%s: the participle grammar rejects source the hand-written parser accepts: %w", filename, err)
}

// parseParticiple parses the scanned tokens with the participle grammar and
// converts the tree. Errors are participle's or the conversion's.
func parseParticiple(filename, text string, toks []Token) (*ast.Module, error) {
	ps, err := buildParticiple()
	if err != nil {
		return nil, err
	}
	tree, err := runParticiple(ps.file, filename, text, toks, false)
	if err != nil {
		return nil, err
	}
	// CPython's checks that conversion makes fail through p's bailout.
	p := &parser{filename: filename, src: text, toks: toks, viaParticiple: true}
	c := &pconv{p: p, toks: toks}
	return parseWith(p, func() *ast.Module { return c.file(tree) })
}

// runParticiple runs one participle parser over toks, turning a panic of
// participle (which it raises for grammar bugs it detects while parsing)
// into an error.
func runParticiple[G any](pp *participle.Parser[G], filename, text string, toks []Token, fstring bool) (tree *G, err error) {
	defer func() {
		if r := recover(); r != nil {
			tree, err = nil, fmt.Errorf("participle: %v", r)
		}
	}()
	peek, err := lexer.Upgrade(&sliceLexer{toks: participleTokens(filename, text, toks, fstring)})
	if err != nil {
		return nil, fmt.Errorf("participle lexer: %w", err)
	}
	return pp.ParseFromLexer(peek)
}

// participleSubExpression parses the tokens of an f-string replacement
// field ("(" + text + ")", scanned into sub) with the participle grammar.
func (p *parser) participleSubExpression(sub *parser) ast.Expr {
	ps, err := buildParticiple()
	if err != nil {
		panic(err)
	}
	tree, err := runParticiple(ps.sub, sub.filename, sub.src, sub.toks, true)
	if err != nil {
		p.fail("f-string: invalid syntax")
	}
	c := &pconv{p: sub, toks: sub.toks}
	e, _ := c.starExprs(tree.Exprs)
	return e
}

// maxParticipleNesting bounds how many recursion-prone tokens (prefix
// operators, '**', 'lambda', 'else', 'await', ':=' and opening brackets)
// one logical line may hold for the participle parser; participle has no
// depth limit of its own, so such lines go to the hand-written parser,
// which reports "too many nested parentheses" where it nests too deep.
const maxParticipleNesting = maxDepth / 2

// tooDeepForParticiple reports whether a logical line of toks holds more
// than maxParticipleNesting recursion-prone tokens.
func tooDeepForParticiple(toks []Token) bool {
	n := 0
	for i := range toks {
		switch t := &toks[i]; t.Kind {
		case NEWLINE:
			n = 0
		case MINUS, PLUS, TILDE, DOUBLESTAR, LPAR, LSQB, LBRACE, COLONEQUAL:
			n++
		case NAME:
			switch t.Text {
			case "not", "lambda", "else", "await":
				n++
			}
		}
		if n > maxParticipleNesting {
			return true
		}
	}
	return false
}
