package grammar

import (
	"strings"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// fstringScan splits the body of one f-string token into literal parts and
// replacement fields, following CPython 3.11's string_parser.c.
type fstringScan struct {
	p    *parser
	tok  *Token
	text string // the whole token text
	end  int    // offset in text where the body ends
	raw  bool
}

func (f *fstringScan) fail(msg string) {
	f.p.failAt(f.tok, msg)
}

// parse scans literals and fields from *i until the end of the body or, in
// a format spec (recurse > 0), an unmatched '}'.
func (f *fstringScan) parse(i *int, recurse int, b *fsBuilder) {
	for {
		lit, more := f.literal(i, recurse)
		if lit != "" {
			b.lit.WriteString(f.p.decodeStr(f.tok, lit, f.raw))
		}
		if more {
			continue
		}
		if *i >= f.end || f.text[*i] == '}' {
			return
		}
		f.field(i, recurse, b)
	}
}

// literal scans literal text; more reports a doubled brace (the literal
// ends after its first brace and scanning continues).
func (f *fstringScan) literal(i *int, recurse int) (lit string, more bool) {
	s, start := *i, *i
	text, end := f.text, f.end
	for s < end {
		ch := text[s]
		s++
		if !f.raw && ch == '\\' && s < end {
			ch = text[s]
			s++
			if ch == 'N' {
				if s < end {
					c := text[s]
					s++
					if c == '{' {
						for s < end {
							c := text[s]
							s++
							if c == '}' {
								break
							}
						}
					}
				}
				continue
			}
		}
		if ch == '{' || ch == '}' {
			if recurse == 0 {
				if s < end && text[s] == ch {
					*i = s + 1
					return text[start:s], true
				}
				if ch == '}' {
					*i = s - 1
					f.fail("f-string: single '}' is not allowed")
				}
			}
			s--
			break
		}
	}
	*i = s
	return text[start:s], false
}

// field scans one replacement field starting at the '{' at *i.
func (f *fstringScan) field(i *int, recurse int, b *fsBuilder) {
	if recurse >= 2 {
		f.fail("f-string: expressions nested too deeply")
	}
	text, end := f.text, f.end
	s := *i + 1
	exprStart := s
	var quote byte
	triple := false
	var stack []byte
loop:
	for ; s < end; s++ {
		ch := text[s]
		if ch == '\\' {
			f.fail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if triple {
					if s+2 < end && text[s+1] == ch && text[s+2] == ch {
						s += 2
						quote, triple = 0, false
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		switch {
		case ch == '\'' || ch == '"':
			if s+2 < end && text[s+1] == ch && text[s+2] == ch {
				triple = true
				s += 2
			}
			quote = ch
		case ch == '[' || ch == '{' || ch == '(':
			if len(stack) >= maxParen {
				f.fail("f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case ch == '#':
			f.fail("f-string expression part cannot include '#'")
		case len(stack) == 0 && strings.IndexByte("!:}=<>", ch) >= 0:
			if s+1 < end {
				next := text[s+1]
				if next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>') {
					s++
					continue
				}
			}
			if ch == '<' || ch == '>' {
				continue
			}
			break loop
		case ch == ']' || ch == '}' || ch == ')':
			if len(stack) == 0 {
				f.fail("f-string: unmatched '" + string(ch) + "'")
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}') {
				f.fail("f-string: closing parenthesis '" + string(ch) + "' does not match opening parenthesis '" + string(open) + "'")
			}
		}
	}
	exprEnd := s
	if quote != 0 {
		f.fail("f-string: unterminated string")
	}
	if len(stack) > 0 {
		f.fail("f-string: unmatched '" + string(stack[len(stack)-1]) + "'")
	}
	if s >= end {
		f.fail("f-string: expecting '}'")
	}
	expr := f.compile(exprStart, exprEnd)
	conversion := -1
	debug := ""
	hasDebug := false
	if text[s] == '=' {
		s++
		for s < end && strings.IndexByte(" \t\n\r\f\v", text[s]) >= 0 {
			s++
		}
		if s >= end {
			f.fail("f-string: expecting '}'")
		}
		debug, hasDebug = text[exprStart:s], true
	}
	if text[s] == '!' {
		s++
		if s >= end {
			f.fail("f-string: expecting '}'")
		}
		conversion = int(text[s])
		s++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			f.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	var spec ast.Expr
	if s < end && text[s] == ':' {
		s++
		if s >= end {
			f.fail("f-string: expecting '}'")
		}
		// CPython gives a format spec the span of the token it is in.
		t := f.tok
		sb := &fsBuilder{pos: ast.Pos{Lineno: t.Line, ColOffset: t.Col, EndLineno: t.EndLine, EndColOffset: t.EndCol}, kind: b.kind}
		f.parse(&s, recurse+1, sb)
		spec = sb.finish()
	}
	if s >= end || text[s] != '}' {
		f.fail("f-string: expecting '}'")
	}
	s++
	if hasDebug {
		b.lit.WriteString(debug)
		if spec == nil && conversion == -1 {
			conversion = 'r'
		}
	}
	b.flush()
	b.values = append(b.values, &ast.FormattedValue{Value: expr, Conversion: conversion, FormatSpec: spec, Pos: b.pos})
	*i = s
}

// compile parses the expression text[start:end] of a replacement field the
// way CPython 3.11 does: as "(" + text + ")" in a sub-parser whose first
// line is shifted to the field's position in the source.
func (f *fstringScan) compile(start, end int) ast.Expr {
	exprText := f.text[start:end]
	if strings.Trim(exprText, " \t\n\r\f\v") == "" {
		f.fail("f-string: empty expression not allowed")
	}
	// fstring_find_expr_location
	lines, cols := 0, 0
	brace := start - 1
	newlineAfterBrace := true
	for j := start; j < len(f.text) && f.text[j] != '}' && f.text[j] != '\n'; j++ {
		if c := f.text[j]; c != ' ' && c != '\t' && c != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	if !newlineAfterBrace {
		j := brace
		for j > 0 && f.text[j] != '\n' {
			j--
		}
		cols += brace - j
		if f.text[j] == '\n' {
			cols--
		}
	}
	lines = strings.Count(f.text[:brace], "\n")
	startLine := f.tok.Line + lines
	startCol := f.tok.Col + cols
	if lines != 0 {
		startCol = cols
	}
	return f.p.subExpression("("+exprText+")", startLine, startCol)
}
