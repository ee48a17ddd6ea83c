package grammar

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/asyncgen/asyncgen/grammar/internal/pyunicode"
)

// numberValue decodes a NUMBER token into a Constant's value.
func (p *parser) numberValue(t *Token) any {
	s := strings.ReplaceAll(t.Text, "_", "")
	last := s[len(s)-1] | 0x20
	if last == 'j' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return complex(0, f)
	}
	base := 10
	digits := s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			base, digits = 16, s[2:]
		case 'o':
			base, digits = 8, s[2:]
		case 'b':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		f, _ := strconv.ParseFloat(s, 64) // out of range gives ±Inf, as CPython
		return f
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return int(v)
	}
	if base == 10 && len(digits) > 4300 {
		p.failAt(t, fmt.Sprintf("Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", len(digits)))
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		p.failAt(t, "invalid number literal")
	}
	return b
}

// strPrefix splits a STRING token into its flags and body.
type strLit struct {
	raw, bytes, f, u bool
	body             string
	bodyOff          int // offset of the body within the token text
}

func splitString(text string) strLit {
	var l strLit
	i := 0
	for ; text[i] != '\'' && text[i] != '"'; i++ {
		switch text[i] | 0x20 {
		case 'r':
			l.raw = true
		case 'b':
			l.bytes = true
		case 'f':
			l.f = true
		case 'u':
			l.u = true
		}
	}
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	l.bodyOff = i + q
	l.body = text[i+q : len(text)-q]
	return l
}

// strings parses one or more adjacent STRING tokens: a Constant (str or
// bytes) or, if any is an f-string, a JoinedStr.
func (p *parser) strings() ast.Expr {
	start := p.pos
	for p.kind() == STRING {
		p.next()
	}
	toks := p.toks[start:p.pos]
	pos := p.span(start)
	lits := make([]strLit, len(toks))
	fmode, bytesMode := false, false
	for i := range toks {
		lits[i] = splitString(toks[i].Text)
		if i == 0 {
			bytesMode = lits[i].bytes
		} else if lits[i].bytes != bytesMode {
			p.failKind("SyntaxError", pos.Lineno, pos.ColOffset, pos.EndLineno, pos.EndColOffset, "cannot mix bytes and nonbytes literals")
		}
		fmode = fmode || lits[i].f
	}
	if bytesMode {
		var b []byte
		for i := range toks {
			v := p.decodeBytes(&toks[i], lits[i])
			b = append(b, v...)
		}
		if b == nil {
			b = []byte{}
		}
		return &ast.Constant{Value: b, Pos: pos}
	}
	kind := ""
	if toks[0].Text[0] == 'u' {
		kind = "u"
	}
	if !fmode {
		var sb strings.Builder
		for i := range toks {
			sb.WriteString(p.decodeStr(&toks[i], lits[i].body, lits[i].raw))
		}
		return &ast.Constant{Value: sb.String(), Kind: kind, Pos: pos}
	}
	fb := &fsBuilder{pos: pos, kind: kind}
	for i := range toks {
		if !lits[i].f {
			fb.lit.WriteString(p.decodeStr(&toks[i], lits[i].body, lits[i].raw))
			continue
		}
		fs := &fstringScan{p: p, tok: &toks[i], text: toks[i].Text, end: lits[i].bodyOff + len(lits[i].body), raw: lits[i].raw}
		i0 := lits[i].bodyOff
		fs.parse(&i0, 0, fb)
	}
	return fb.finish()
}

// fsBuilder accumulates the values of a JoinedStr, merging adjacent literal
// text as CPython does.
type fsBuilder struct {
	pos    ast.Pos
	kind   string
	lit    strings.Builder
	values []ast.Expr
}

func (b *fsBuilder) flush() {
	if b.lit.Len() > 0 {
		b.values = append(b.values, &ast.Constant{Value: b.lit.String(), Kind: b.kind, Pos: b.pos})
		b.lit.Reset()
	}
}

func (b *fsBuilder) finish() *ast.JoinedStr {
	b.flush()
	if b.values == nil {
		b.values = []ast.Expr{}
	}
	return &ast.JoinedStr{Values: b.values, Pos: b.pos}
}

// decodeBytes decodes the body of a bytes literal.
func (p *parser) decodeBytes(t *Token, l strLit) []byte {
	for i := 0; i < len(l.body); i++ {
		if l.body[i] >= 0x80 {
			p.failAt(t, "bytes can only contain ASCII literal characters")
		}
	}
	if l.raw {
		return []byte(l.body)
	}
	s, err := decodeEscapes(l.body, true)
	if err != "" {
		p.failAt(t, err)
	}
	return []byte(s)
}

// decodeStr decodes the body of a str literal (or a literal part of an
// f-string).
func (p *parser) decodeStr(t *Token, body string, raw bool) string {
	if raw {
		return body
	}
	s, err := decodeEscapes(body, false)
	if err != "" {
		p.failAt(t, err)
	}
	return s
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c|0x20 >= 'a' && c|0x20 <= 'f':
		return int(c|0x20-'a') + 10
	}
	return -1
}

// appendWTF8 appends r in UTF-8, encoding surrogates like any other code
// point (Python strings may hold lone surrogates).
func appendWTF8(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

// decodeEscapes decodes Python's backslash escapes. It returns CPython's
// error message for a malformed escape.
func decodeEscapes(s string, isBytes bool) (string, string) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, ""
	}
	var b strings.Builder
	b.Grow(len(s))
	codec := "unicodeescape"
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		i++
		if i >= len(s) {
			if isBytes {
				return "", "(value error) Trailing \\ in string"
			}
			return "", fmt.Sprintf("(unicode error) '%s' codec can't decode byte 0x5c in position %d: \\ at end of string", codec, i-1)
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(c)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for n := 1; n < 3 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				appendWTF8(&b, rune(v))
			}
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if isBytes && c != 'x' {
				b.WriteByte('\\')
				b.WriteByte(c)
				continue
			}
			v := 0
			for k := 0; k < n; k++ {
				if i+k >= len(s) || hexVal(s[i+k]) < 0 {
					if isBytes {
						return "", fmt.Sprintf("(value error) invalid \\x escape at position %d", i-2)
					}
					return "", fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: truncated \\%c%s escape", codec, i-2, i+k-1, c, strings.Repeat("X", n))
				}
				v = v*16 + hexVal(s[i+k])
			}
			i += n
			if isBytes {
				b.WriteByte(byte(v))
			} else if v > 0x10FFFF {
				return "", fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: illegal Unicode character", codec, i-n-2, i-1)
			} else {
				appendWTF8(&b, rune(v))
			}
		case 'N':
			if isBytes {
				b.WriteString(`\N`)
				continue
			}
			end := strings.IndexByte(s[i:], '}')
			if i >= len(s) || s[i] != '{' || end < 0 {
				return "", fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: malformed \\N character escape", codec, i-2, min(i, len(s)-1))
			}
			name := s[i+1 : i+end]
			r, ok := pyunicode.Lookup(name)
			if !ok {
				return "", fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: unknown Unicode character name", codec, i-2, i+end)
			}
			appendWTF8(&b, r)
			i += end + 1
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), ""
}
