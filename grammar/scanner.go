package grammar

import (
	"fmt"
	"github.com/asyncgen/asyncgen/runtime/pyfmt"
	"unicode"
	"unicode/utf8"
)

// Limits CPython's tokenizer enforces.
const (
	maxIndent = 100 // MAXINDENT: nested indentation levels
	maxParen  = 200 // MAXLEVEL: nested brackets
)

// scanner turns Python source into tokens, the way CPython's tokenizer does:
// NEWLINE/INDENT/DEDENT, implicit line joining inside brackets, backslash
// continuation, comments skipped.
type scanner struct {
	src       string
	filename  string
	pos       int
	line      int
	lineStart int // offset of the first byte of the current line

	// baseLine and baseCol shift positions when scanning the expression of an
	// f-string replacement field (CPython's starting_lineno/col_offset).
	baseLine, baseCol int

	parens    []Token // open brackets
	indents   []int   // indentation columns, tabs to multiples of 8
	altInd    []int   // the same with tabs counted as 1
	atBOL     bool
	cont      bool // the current line continues the previous one (backslash)
	toks      []Token
	err       *SyntaxError
	lastLine  int // line of the last significant token (for EOF errors)
	pendingNL bool
}

func newScanner(filename, src string) *scanner {
	return &scanner{
		src:      src,
		filename: filename,
		line:     1,
		indents:  []int{0},
		altInd:   []int{0},
		atBOL:    true,
	}
}

// errorf records a syntax error at line/col (col 0-based) and stops scanning.
func (s *scanner) errorAt(kind string, line, col, endLine, endCol int, format string, args ...any) {
	if s.err != nil {
		return
	}
	s.err = &SyntaxError{
		Kind: kind, Msg: fmt.Sprintf(format, args...), Filename: s.filename,
		Line: line, Col: col, EndLine: endLine, EndCol: endCol,
		Text: lineText(s.src, line-s.baseLine),
	}
	if s.baseLine != 0 {
		s.err.Text = ""
	}
}

func (s *scanner) errorHere(format string, args ...any) {
	s.errorAt("SyntaxError", s.curLine(), s.curCol(s.pos), s.curLine(), s.curCol(s.pos), format, args...)
}

func (s *scanner) curLine() int { return s.line + s.baseLine }

// curCol is the column of offset off, which must lie on the current line.
func (s *scanner) curCol(off int) int {
	c := off - s.lineStart
	if s.line == 1 {
		c += s.baseCol
	}
	return c
}

// scanAll tokenizes the whole source. On error it stops and returns the
// tokens so far; s.err holds the error.
func (s *scanner) scanAll() []Token {
	s.toks = make([]Token, 0, len(s.src)/4+8)
	for s.err == nil {
		if !s.next() {
			break
		}
	}
	return s.toks
}

func (s *scanner) emit(k Kind, start, startLine, startCol int, text string) {
	s.toks = append(s.toks, Token{
		Kind: k, Text: text, Off: start,
		Line: startLine, Col: startCol,
		EndLine: s.curLine(), EndCol: s.curCol(s.pos),
	})
}

func (s *scanner) newline() {
	s.line++
	s.lineStart = s.pos
}

// indentation measures the indentation of a new logical line and emits
// INDENT/DEDENT tokens. It reports false for a blank or comment-only line.
func (s *scanner) indentation() {
	col, alt := 0, 0
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto done
		}
		s.pos++
	}
done:
	if s.pos >= len(s.src) {
		return // blank last line
	}
	switch s.src[s.pos] {
	case '#', '\n', '\\':
		if s.src[s.pos] != '\\' {
			return // blank line: no indentation processing
		}
	}
	s.atBOL = false
	top := len(s.indents) - 1
	line, c := s.curLine(), s.curCol(s.pos)
	switch {
	case col == s.indents[top]:
		if alt != s.altInd[top] {
			s.errorAt("TabError", line, 0, line, 0, "inconsistent use of tabs and spaces in indentation")
		}
	case col > s.indents[top]:
		if top+1 >= maxIndent {
			s.errorAt("IndentationError", line, c, line, c, "too many levels of indentation")
			return
		}
		if alt <= s.altInd[top] {
			s.errorAt("TabError", line, 0, line, 0, "inconsistent use of tabs and spaces in indentation")
			return
		}
		s.indents = append(s.indents, col)
		s.altInd = append(s.altInd, alt)
		s.toks = append(s.toks, Token{Kind: INDENT, Off: s.pos, Line: line, Col: c, EndLine: line, EndCol: c})
	default:
		for top > 0 && col < s.indents[top] {
			top--
			s.toks = append(s.toks, Token{Kind: DEDENT, Off: s.pos, Line: line, Col: c, EndLine: line, EndCol: c})
		}
		s.indents, s.altInd = s.indents[:top+1], s.altInd[:top+1]
		if col != s.indents[top] {
			s.errorAt("IndentationError", line, c, line, c, "unindent does not match any outer indentation level")
			return
		}
		if alt != s.altInd[top] {
			s.errorAt("TabError", line, 0, line, 0, "inconsistent use of tabs and spaces in indentation")
		}
	}
}

// next scans one token (or several INDENT/DEDENT tokens). It returns false
// after the final EOF token.
func (s *scanner) next() bool {
	if s.atBOL && len(s.parens) == 0 && !s.cont {
		s.indentation()
		if s.err != nil {
			return false
		}
	}
	s.cont = false
	// Skip blanks and comments.
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == ' ' || c == '\t' || c == '\f' {
			s.pos++
			continue
		}
		if c == '#' {
			for s.pos < len(s.src) && s.src[s.pos] != '\n' {
				s.pos++
			}
			continue
		}
		break
	}
	if s.pos >= len(s.src) {
		return s.eof()
	}
	start := s.pos
	line, col := s.curLine(), s.curCol(s.pos)
	c := s.src[s.pos]
	switch {
	case c == '\n':
		s.pos++
		if len(s.parens) > 0 || s.atBOL {
			s.newline()
			return true
		}
		s.emit(NEWLINE, start, line, col, "")
		s.newline()
		s.atBOL = true
		return true
	case c == '\\':
		s.pos++
		if s.pos >= len(s.src) {
			s.errorAt("SyntaxError", line, col+1, line, col+1, "unexpected EOF while parsing")
			return false
		}
		if s.src[s.pos] != '\n' {
			s.errorAt("SyntaxError", line, col+1, line, col+1, "unexpected character after line continuation character")
			return false
		}
		s.pos++
		s.newline()
		if s.pos >= len(s.src) {
			s.errorAt("SyntaxError", line, col+1, line, col+1, "unexpected EOF while parsing")
			return false
		}
		s.cont = true
		return true
	case c >= '0' && c <= '9' || c == '.' && s.pos+1 < len(s.src) && isDigit(s.src[s.pos+1]):
		s.number()
		return true
	case c == '"' || c == '\'':
		s.str(start, line, col)
		return true
	case isNameStart(c):
		s.name(start, line, col)
		return true
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRuneInString(s.src[s.pos:])
		if r == utf8.RuneError && n == 1 {
			s.errorAt("SyntaxError", line, col, line, col, "(unicode error) 'utf-8' codec can't decode byte 0x%02x", c)
			return false
		}
		if isIDStart(r) {
			s.name(start, line, col)
			return true
		}
		if !pyfmt.IsPrintable(r) {
			s.errorAt("SyntaxError", line, col, line, col, "invalid non-printable character U+%04X", r)
		} else {
			s.errorAt("SyntaxError", line, col, line, col, "invalid character '%c' (U+%04X)", r, r)
		}
		return false
	}
	return s.operator(start, line, col)
}

// eof emits the final NEWLINE, DEDENTs and EOF, or reports unclosed brackets.
func (s *scanner) eof() bool {
	if len(s.parens) > 0 {
		p := s.parens[len(s.parens)-1]
		s.errorAt("SyntaxError", p.Line, p.Col, p.Line, p.Col, "'%s' was never closed", p.Kind)
		return false
	}
	line, col := s.curLine(), s.curCol(s.pos)
	if !s.atBOL && len(s.toks) > 0 {
		s.emit(NEWLINE, s.pos, line, col, "")
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.emit(DEDENT, s.pos, line, col, "")
	}
	s.emit(EOF, s.pos, line, col, "")
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isNameChar(c byte) bool { return isNameStart(c) || isDigit(c) }

// isIDStart and isIDContinue approximate Unicode's XID_Start/XID_Continue.
func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r)
}

func (s *scanner) name(start, line, col int) {
	ascii := true
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if isNameChar(c) {
			s.pos++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(s.src[s.pos:])
		if !isIDContinue(r) {
			break
		}
		ascii = false
		s.pos += n
	}
	// A string prefix?
	if s.pos < len(s.src) && (s.src[s.pos] == '"' || s.src[s.pos] == '\'') && ascii && isStringPrefix(s.src[start:s.pos]) {
		s.str(start, line, col)
		return
	}
	text := s.src[start:s.pos]
	if !ascii {
		text = nfkc(text)
	}
	s.emit(NAME, start, line, col, text)
}

func isStringPrefix(p string) bool {
	switch len(p) {
	case 1:
		switch p[0] | 0x20 {
		case 'r', 'u', 'b', 'f':
			return true
		}
	case 2:
		a, b := p[0]|0x20, p[1]|0x20
		return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'))
	}
	return false
}

// str scans a string literal whose prefix starts at start; s.pos is at the
// opening quote.
func (s *scanner) str(start, line, col int) {
	q := s.src[s.pos]
	triple := s.pos+2 < len(s.src) && s.src[s.pos+1] == q && s.src[s.pos+2] == q
	if triple {
		s.pos += 3
	} else {
		s.pos++
	}
	for {
		if s.pos >= len(s.src) {
			if triple {
				detected := s.curLine()
				if s.lineStart == s.pos && s.line > 1 {
					detected-- // the source's last line ended with its newline
				}
				s.errorAt("SyntaxError", line, col, line, col, "unterminated triple-quoted string literal (detected at line %d)", detected)
			} else {
				s.errorAt("SyntaxError", line, col, line, col, "unterminated string literal (detected at line %d)", s.curLine())
			}
			return
		}
		c := s.src[s.pos]
		switch {
		case c == '\\':
			s.pos++
			if s.pos < len(s.src) {
				if s.src[s.pos] == '\n' {
					s.pos++
					s.newline()
				} else {
					s.pos++
				}
			}
			continue
		case c == '\n':
			if !triple {
				s.errorAt("SyntaxError", line, col, line, col, "unterminated string literal (detected at line %d)", s.curLine())
				return
			}
			s.pos++
			s.newline()
			continue
		case c == q:
			if !triple {
				s.pos++
				s.emit(STRING, start, line, col, s.src[start:s.pos])
				return
			}
			if s.pos+2 < len(s.src) && s.src[s.pos+1] == q && s.src[s.pos+2] == q {
				s.pos += 3
				s.emit(STRING, start, line, col, s.src[start:s.pos])
				return
			}
		}
		s.pos++
	}
}

// number scans a numeric literal; the value is decoded by the parser.
func (s *scanner) number() {
	start := s.pos
	line, col := s.curLine(), s.curCol(s.pos)
	src := s.src
	digits := func(ok func(byte) bool, kind string) bool {
		// digits with single underscores between them
		if s.pos >= len(src) || !ok(src[s.pos]) {
			return false
		}
		for s.pos < len(src) {
			c := src[s.pos]
			if ok(c) {
				s.pos++
				continue
			}
			if c == '_' {
				if s.pos+1 < len(src) && ok(src[s.pos+1]) {
					s.pos++
					continue
				}
				s.pos++
				s.errorHere("invalid %s literal", kind)
				return false
			}
			break
		}
		return true
	}
	dec := func(c byte) bool { return isDigit(c) }
	if src[s.pos] == '0' && s.pos+1 < len(src) && (src[s.pos+1]|0x20 == 'x' || src[s.pos+1]|0x20 == 'o' || src[s.pos+1]|0x20 == 'b') {
		var ok func(byte) bool
		var kind string
		switch src[s.pos+1] | 0x20 {
		case 'x':
			ok, kind = func(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }, "hexadecimal"
		case 'o':
			ok, kind = func(c byte) bool { return c >= '0' && c <= '7' }, "octal"
		default:
			ok, kind = func(c byte) bool { return c == '0' || c == '1' }, "binary"
		}
		s.pos += 2
		if s.pos < len(src) && src[s.pos] == '_' {
			s.pos++
		}
		if !digits(ok, kind) {
			if s.err != nil {
				return
			}
			if s.pos < len(src) && isDigit(src[s.pos]) && kind != "hexadecimal" {
				s.pos++
				s.errorAt("SyntaxError", line, s.curCol(s.pos-1), line, s.curCol(s.pos-1), "invalid digit '%c' in %s literal", src[s.pos-1], kind)
				return
			}
			s.errorHere("invalid %s literal", kind)
			return
		}
		if s.pos < len(src) && isDigit(src[s.pos]) && kind != "hexadecimal" {
			s.errorAt("SyntaxError", line, s.curCol(s.pos), line, s.curCol(s.pos), "invalid digit '%c' in %s literal", src[s.pos], kind)
			return
		}
		s.endNumber(start, line, col, kind)
		return
	}
	isFloat := false
	if src[s.pos] != '.' {
		if !digits(dec, "decimal") {
			return
		}
	}
	if s.pos < len(src) && src[s.pos] == '.' {
		isFloat = true
		s.pos++
		if s.pos < len(src) && isDigit(src[s.pos]) {
			if !digits(dec, "decimal") {
				return
			}
		}
	}
	if s.pos < len(src) && src[s.pos]|0x20 == 'e' {
		save := s.pos
		s.pos++
		if s.pos < len(src) && (src[s.pos] == '+' || src[s.pos] == '-') {
			s.pos++
		}
		if s.pos >= len(src) || !isDigit(src[s.pos]) {
			if s.err == nil {
				// "1else": e starts a keyword
				s.pos = save
				if !s.keywordFollows() {
					s.pos = save + 1
					s.errorAt("SyntaxError", line, s.curCol(start), line, s.curCol(s.pos), "invalid decimal literal")
				}
				return
			}
		}
		if !digits(dec, "decimal") {
			return
		}
		isFloat = true
	}
	if s.pos < len(src) && src[s.pos]|0x20 == 'j' {
		s.pos++
		isFloat = true
	}
	if !isFloat {
		// leading zeros
		t := src[start:s.pos]
		if len(t) > 1 && t[0] == '0' {
			for i := 0; i < len(t); i++ {
				if t[i] != '0' && t[i] != '_' {
					s.errorAt("SyntaxError", line, col, line, s.curCol(s.pos), "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
					return
				}
			}
		}
	}
	s.endNumber(start, line, col, "decimal")
}

// keywordFollows reports whether the text at s.pos starts one of the
// keywords CPython allows right after a number (with a warning).
func (s *scanner) keywordFollows() bool {
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(s.src)-s.pos >= len(kw) && s.src[s.pos:s.pos+len(kw)] == kw {
			return true
		}
	}
	return false
}

func (s *scanner) endNumber(start, line, col int, kind string) {
	if s.pos < len(s.src) {
		c := s.src[s.pos]
		var r rune = rune(c)
		if c >= utf8.RuneSelf {
			r, _ = utf8.DecodeRuneInString(s.src[s.pos:])
		}
		if isNameChar(c) || c >= utf8.RuneSelf && isIDStart(r) {
			if !s.keywordFollows() {
				s.pos++
				s.errorAt("SyntaxError", line, s.curCol(s.pos-1), line, s.curCol(s.pos-1), "invalid %s literal", kind)
				return
			}
		}
	}
	s.emit(NUMBER, start, line, col, s.src[start:s.pos])
}

var closer = map[byte]Kind{')': LPAR, ']': LSQB, '}': LBRACE}

func (s *scanner) operator(start, line, col int) bool {
	src := s.src[s.pos:]
	k, n := matchOperator(src)
	if n == 0 {
		r, _ := utf8.DecodeRuneInString(src)
		if src[0] == '$' || src[0] == '?' || src[0] == '`' {
			s.pos++
			s.emit(errorToken, start, line, col, src[:1])
			s.errorAt("SyntaxError", line, col, line, col+1, "invalid syntax")
			return false
		}
		if !pyfmt.IsPrintable(r) {
			s.errorAt("SyntaxError", line, col, line, col, "invalid non-printable character U+%04X", r)
		} else {
			s.errorAt("SyntaxError", line, col, line, col, "invalid character '%c' (U+%04X)", r, r)
		}
		return false
	}
	s.pos += n
	switch k {
	case LPAR, LSQB, LBRACE:
		if len(s.parens) >= maxParen {
			s.errorAt("SyntaxError", line, col, line, col, "too many nested parentheses")
			return false
		}
		s.emit(k, start, line, col, "")
		s.parens = append(s.parens, s.toks[len(s.toks)-1])
		return true
	case RPAR, RSQB, RBRACE:
		if len(s.parens) == 0 {
			s.errorAt("SyntaxError", line, col, line, col, "unmatched '%c'", src[0])
			return false
		}
		open := s.parens[len(s.parens)-1]
		if open.Kind != closer[src[0]] {
			if open.Line != line {
				s.errorAt("SyntaxError", line, col, line, col, "closing parenthesis '%c' does not match opening parenthesis '%s' on line %d", src[0], open.Kind, open.Line)
			} else {
				s.errorAt("SyntaxError", line, col, line, col, "closing parenthesis '%c' does not match opening parenthesis '%s'", src[0], open.Kind)
			}
			return false
		}
		s.parens = s.parens[:len(s.parens)-1]
	}
	s.emit(k, start, line, col, "")
	return true
}

// matchOperator returns the longest operator at the start of src.
func matchOperator(src string) (Kind, int) {
	c := src[0]
	var c1, c2 byte
	if len(src) > 1 {
		c1 = src[1]
	}
	if len(src) > 2 {
		c2 = src[2]
	}
	switch c {
	case '(':
		return LPAR, 1
	case ')':
		return RPAR, 1
	case '[':
		return LSQB, 1
	case ']':
		return RSQB, 1
	case '{':
		return LBRACE, 1
	case '}':
		return RBRACE, 1
	case ',':
		return COMMA, 1
	case ';':
		return SEMI, 1
	case '~':
		return TILDE, 1
	case ':':
		if c1 == '=' {
			return COLONEQUAL, 2
		}
		return COLON, 1
	case '.':
		if c1 == '.' && c2 == '.' {
			return ELLIPSIS, 3
		}
		return DOT, 1
	case '+':
		if c1 == '=' {
			return PLUSEQUAL, 2
		}
		return PLUS, 1
	case '-':
		if c1 == '=' {
			return MINEQUAL, 2
		}
		if c1 == '>' {
			return RARROW, 2
		}
		return MINUS, 1
	case '*':
		if c1 == '*' {
			if c2 == '=' {
				return DOUBLESTAREQUAL, 3
			}
			return DOUBLESTAR, 2
		}
		if c1 == '=' {
			return STAREQUAL, 2
		}
		return STAR, 1
	case '/':
		if c1 == '/' {
			if c2 == '=' {
				return DOUBLESLASHEQUAL, 3
			}
			return DOUBLESLASH, 2
		}
		if c1 == '=' {
			return SLASHEQUAL, 2
		}
		return SLASH, 1
	case '|':
		if c1 == '=' {
			return VBAREQUAL, 2
		}
		return VBAR, 1
	case '&':
		if c1 == '=' {
			return AMPEREQUAL, 2
		}
		return AMPER, 1
	case '^':
		if c1 == '=' {
			return CIRCUMFLEXEQUAL, 2
		}
		return CIRCUMFLEX, 1
	case '%':
		if c1 == '=' {
			return PERCENTEQUAL, 2
		}
		return PERCENT, 1
	case '@':
		if c1 == '=' {
			return ATEQUAL, 2
		}
		return AT, 1
	case '=':
		if c1 == '=' {
			return EQEQUAL, 2
		}
		return EQUAL, 1
	case '!':
		if c1 == '=' {
			return NOTEQUAL, 2
		}
		return EXCLAMATION, 1
	case '<':
		if c1 == '<' {
			if c2 == '=' {
				return LEFTSHIFTEQUAL, 3
			}
			return LEFTSHIFT, 2
		}
		if c1 == '=' {
			return LESSEQUAL, 2
		}
		if c1 == '>' {
			return NOTEQUAL, 2 // only with barry_as_FLUFL; the parser rejects it
		}
		return LESS, 1
	case '>':
		if c1 == '>' {
			if c2 == '=' {
				return RIGHTSHIFTEQUAL, 3
			}
			return RIGHTSHIFT, 2
		}
		if c1 == '=' {
			return GREATEREQUAL, 2
		}
		return GREATER, 1
	}
	return 0, 0
}
