package pymod

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// JSON is the json module: dumps, dump, loads, load and JSONDecodeError,
// producing exactly CPython's text and error messages.
var JSON = &py.Module{Name: "json", Attrs: map[string]py.Object{}}

// JSONDecodeError is json.JSONDecodeError (json.decoder.JSONDecodeError),
// a ValueError with attributes msg, doc, pos, lineno and colno.
var JSONDecodeError = py.NewClass("JSONDecodeError", "json.decoder", py.ValueError)

// initJSON fills the module in on its first import (see Import).
func initJSON() {
	a := JSON.Attrs
	a["JSONDecodeError"] = JSONDecodeError
	a["dumps"] = fn("json", "dumps", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "dumps() takes 1 positional argument but %d were given", len(args))
		}
		enc, e := newEncoder("dumps", kw)
		if e != nil {
			return nil, e
		}
		return enc.encode(args[0])
	})
	a["dump"] = fn("json", "dump", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) != 2 {
			return nil, py.Errorf(py.TypeError, "dump() takes 2 positional arguments but %d were given", len(args))
		}
		enc, e := newEncoder("dump", kw)
		if e != nil {
			return nil, e
		}
		s, e := enc.encode(args[0])
		if e != nil {
			return nil, e
		}
		if _, e := py.CallMethod(args[1], "write", []py.Object{s}, nil); e != nil {
			return nil, e
		}
		return py.None, nil
	})
	a["loads"] = fn("json", "loads", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "loads() takes 1 positional argument but %d were given", len(args))
		}
		return jsonLoads(args[0], kw)
	})
	a["load"] = fn("json", "load", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "load() takes 1 positional argument but %d were given", len(args))
		}
		s, e := py.CallMethod(args[0], "read", nil, nil)
		if e != nil {
			return nil, e
		}
		return jsonLoads(s, kw)
	})
}

// encoder holds the options of one dumps call.
type encoder struct {
	skipKeys, ensureASCII, checkCircular, allowNaN, sortKeys bool
	indent                                                   *string
	itemSep, keySep                                          string
	def                                                      py.Object
	b                                                        strings.Builder
	seen                                                     map[any]bool
}

func newEncoder(fname string, kw []py.Kwarg) (*encoder, *py.Exc) {
	enc := &encoder{ensureASCII: true, checkCircular: true, allowNaN: true, itemSep: ", ", keySep: ": ", seen: map[any]bool{}}
	var seps py.Object
	truth := func(o py.Object) bool { t, _ := py.Truth(o); return t }
	for _, k := range kw {
		switch k.Name {
		case "skipkeys":
			enc.skipKeys = truth(k.Value)
		case "ensure_ascii":
			enc.ensureASCII = truth(k.Value)
		case "check_circular":
			enc.checkCircular = truth(k.Value)
		case "allow_nan":
			enc.allowNaN = truth(k.Value)
		case "sort_keys":
			enc.sortKeys = truth(k.Value)
		case "cls":
			if k.Value != py.None {
				return nil, py.Errorf(py.NotImplementedError, "json.%s: cls= is not supported", fname)
			}
		case "indent":
			switch v := k.Value.(type) {
			case py.NoneType:
			case string:
				enc.indent = &v
			case int:
				s := strings.Repeat(" ", max(v, 0))
				enc.indent = &s
			default:
				return nil, py.Errorf(py.TypeError, "can't multiply sequence by non-int of type '%s'", py.TypeName(v))
			}
		case "separators":
			seps = k.Value
		case "default":
			if k.Value != py.None {
				enc.def = k.Value
			}
		default:
			return nil, py.Errorf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k.Name)
		}
	}
	if enc.indent != nil {
		enc.itemSep = ","
	}
	if seps != nil && seps != py.None {
		items, e := py.ToSlice(seps)
		if e != nil {
			return nil, e
		}
		if len(items) != 2 {
			return nil, py.Errorf(py.ValueError, "too many values to unpack (expected 2)")
		}
		is, ok1 := items[0].(string)
		ks, ok2 := items[1].(string)
		if !ok1 || !ok2 {
			return nil, py.Errorf(py.TypeError, "make_encoder() argument 6 must be str, not %s", py.TypeName(items[0]))
		}
		enc.itemSep, enc.keySep = is, ks
	}
	return enc, nil
}

func (enc *encoder) encode(o py.Object) (py.Object, *py.Exc) {
	if e := enc.value(o, 0); e != nil {
		return nil, e
	}
	return enc.b.String(), nil
}

func (enc *encoder) newline(level int) {
	if enc.indent != nil {
		enc.b.WriteByte('\n')
		for i := 0; i < level; i++ {
			enc.b.WriteString(*enc.indent)
		}
	}
}

func (enc *encoder) float(f float64) (string, *py.Exc) {
	switch {
	case math.IsNaN(f):
		if enc.allowNaN {
			return "NaN", nil
		}
	case math.IsInf(f, 1):
		if enc.allowNaN {
			return "Infinity", nil
		}
	case math.IsInf(f, -1):
		if enc.allowNaN {
			return "-Infinity", nil
		}
	default:
		return py.Repr(f), nil
	}
	return "", py.Errorf(py.ValueError, "Out of range float values are not JSON compliant")
}

func (enc *encoder) enter(key any) *py.Exc {
	if !enc.checkCircular {
		return nil
	}
	if enc.seen[key] {
		return py.Errorf(py.ValueError, "Circular reference detected")
	}
	enc.seen[key] = true
	return nil
}

func (enc *encoder) value(o py.Object, level int) *py.Exc {
	b := &enc.b
	switch v := o.(type) {
	case py.NoneType:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case int, *big.Int:
		b.WriteString(py.Repr(v))
	case float64:
		s, e := enc.float(v)
		if e != nil {
			return e
		}
		b.WriteString(s)
	case string:
		writeJSONString(b, v, enc.ensureASCII)
	case *py.List:
		return enc.array(v, v.Items, level)
	case py.Tuple:
		return enc.array(nil, v, level)
	case *py.Dict:
		return enc.object(v, level)
	case *py.Instance:
		if t, ok := v.Native.(py.Tuple); ok && v.Class.IsSubclass(py.TupleType) {
			return enc.array(nil, t, level) // a namedtuple is a tuple
		}
		if v.Class.IsSubclass(IntEnumClass) {
			return enc.value(v.Attrs["_value_"], level) // an IntEnum member is an int
		}
		return enc.other(o, level)
	default:
		return enc.other(o, level)
	}
	return nil
}

// other encodes a value JSON has no form for: through the default
// function when there is one, else a TypeError.
func (enc *encoder) other(o py.Object, level int) *py.Exc {
	if enc.def == nil {
		return py.Errorf(py.TypeError, "Object of type %s is not JSON serializable", py.TypeName(o))
	}
	key := fmt.Sprintf("%p", o)
	if _, ok := o.(py.Typed); ok {
		if e := enc.enter(key); e != nil {
			return e
		}
		defer delete(enc.seen, key)
	}
	r, e := py.Call(enc.def, []py.Object{o}, nil)
	if e != nil {
		return e
	}
	return enc.value(r, level)
}

func (enc *encoder) array(l *py.List, items []py.Object, level int) *py.Exc {
	if len(items) == 0 {
		enc.b.WriteString("[]")
		return nil
	}
	if l != nil {
		if e := enc.enter(l); e != nil {
			return e
		}
		defer delete(enc.seen, l)
	}
	enc.b.WriteByte('[')
	enc.newline(level + 1)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			enc.b.WriteString(enc.itemSep)
			enc.newline(level + 1)
		}
		if e := enc.value(items[i], level+1); e != nil {
			return e
		}
	}
	enc.newline(level)
	enc.b.WriteByte(']')
	return nil
}

func (enc *encoder) object(d *py.Dict, level int) *py.Exc {
	if d.Len() == 0 {
		enc.b.WriteString("{}")
		return nil
	}
	if e := enc.enter(d); e != nil {
		return e
	}
	defer delete(enc.seen, d)
	items := d.Items()
	if enc.sortKeys {
		l := py.NewList()
		for _, it := range items {
			l.Append(it)
		}
		if e := l.Sort(nil, false); e != nil {
			return e
		}
		for i, it := range l.Items {
			items[i] = it.(py.Tuple)
		}
	}
	enc.b.WriteByte('{')
	enc.newline(level + 1)
	first := true
	for _, it := range items {
		var key string
		switch k := it[0].(type) {
		case string:
			key = k
		case float64:
			s, e := enc.float(k)
			if e != nil {
				return e
			}
			key = s
		case bool:
			key = strconv.FormatBool(k)
		case int, *big.Int:
			key = py.Repr(k)
		case py.NoneType:
			key = "null"
		default:
			if enc.skipKeys {
				continue
			}
			return py.Errorf(py.TypeError, "keys must be str, int, float, bool or None, not %s", py.TypeName(k))
		}
		if !first {
			enc.b.WriteString(enc.itemSep)
			enc.newline(level + 1)
		}
		first = false
		writeJSONString(&enc.b, key, enc.ensureASCII)
		enc.b.WriteString(enc.keySep)
		if e := enc.value(it[1], level+1); e != nil {
			return e
		}
	}
	enc.newline(level)
	enc.b.WriteByte('}')
	return nil
}

// writeJSONString writes s as a JSON string literal the way CPython's
// encoder does (ensure_ascii escapes everything outside ' '..'~').
func writeJSONString(b *strings.Builder, s string, ascii bool) {
	const hex = "0123456789abcdef"
	u4 := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(hex[r>>12&0xf])
		b.WriteByte(hex[r>>8&0xf])
		b.WriteByte(hex[r>>4&0xf])
		b.WriteByte(hex[r&0xf])
	}
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				u4(r)
			case !ascii || r <= '~':
				b.WriteRune(r)
			case r > 0xffff:
				h, l := utf16.EncodeRune(r)
				u4(h)
				u4(l)
			default:
				u4(r)
			}
		}
	}
	b.WriteByte('"')
}

// decoder parses one document; pos counts code points as CPython's does.
type decoder struct {
	doc        string
	s          []rune
	objectHook py.Object
}

func jsonLoads(o py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	var doc string
	switch v := o.(type) {
	case string:
		doc = v
	case py.Bytes:
		doc = string(v)
	default:
		return nil, py.Errorf(py.TypeError, "the JSON object must be str, bytes or bytearray, not %s", py.TypeName(o))
	}
	d := &decoder{doc: doc, s: []rune(doc)}
	for _, k := range kw {
		switch k.Name {
		case "object_hook":
			if k.Value != py.None {
				d.objectHook = k.Value
			}
		case "cls":
			if k.Value != py.None {
				return nil, py.Errorf(py.NotImplementedError, "json.loads: cls= is not supported")
			}
		default:
			return nil, py.Errorf(py.TypeError, "loads() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	if len(d.s) > 0 && d.s[0] == '\ufeff' {
		return nil, d.err("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
	}
	i := d.ws(0)
	v, end, e := d.value(i)
	if e != nil {
		return nil, e
	}
	end = d.ws(end)
	if end != len(d.s) {
		return nil, d.err("Extra data", end)
	}
	return v, nil
}

// err is JSONDecodeError(msg, doc, pos).
func (d *decoder) err(msg string, pos int) *py.Exc {
	line := 1
	col := pos + 1
	for i := 0; i < pos && i < len(d.s); i++ {
		if d.s[i] == '\n' {
			line++
			col = pos - i
		}
	}
	e := py.NewExc(JSONDecodeError, fmt.Sprintf("%s: line %d column %d (char %d)", msg, line, col, pos))
	e.Attrs = map[string]py.Object{"msg": msg, "doc": d.doc, "pos": pos, "lineno": line, "colno": col}
	return e
}

func (d *decoder) ws(i int) int {
	for i < len(d.s) && (d.s[i] == ' ' || d.s[i] == '\t' || d.s[i] == '\n' || d.s[i] == '\r') {
		i++
	}
	return i
}

func (d *decoder) hasPrefix(i int, lit string) bool {
	n := utf8.RuneCountInString(lit)
	return i+n <= len(d.s) && string(d.s[i:i+n]) == lit
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// value parses the value starting at i, returning it and the index after.
func (d *decoder) value(i int) (py.Object, int, *py.Exc) {
	if i >= len(d.s) {
		return nil, 0, d.err("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, end, e := d.str(i + 1)
		return s, end, e
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && d.hasPrefix(i, "null"):
		return py.None, i + 4, nil
	case c == 't' && d.hasPrefix(i, "true"):
		return true, i + 4, nil
	case c == 'f' && d.hasPrefix(i, "false"):
		return false, i + 5, nil
	case c == 'N' && d.hasPrefix(i, "NaN"):
		return math.NaN(), i + 3, nil
	case c == 'I' && d.hasPrefix(i, "Infinity"):
		return math.Inf(1), i + 8, nil
	case c == '-' && d.hasPrefix(i, "-Infinity"):
		return math.Inf(-1), i + 9, nil
	case c == '-' || isDigit(c):
		return d.number(i)
	}
	return nil, 0, d.err("Expecting value", i)
}

// number matches (-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?.
func (d *decoder) number(i int) (py.Object, int, *py.Exc) {
	s := d.s
	j := i
	if s[j] == '-' {
		j++
	}
	switch {
	case j < len(s) && s[j] == '0':
		j++
	case j < len(s) && isDigit(s[j]):
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	default:
		return nil, 0, d.err("Expecting value", i)
	}
	isFloat := false
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		isFloat = true
		j += 2
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if k < len(s) && isDigit(s[k]) {
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			isFloat = true
			j = k
		}
	}
	text := string(s[i:j])
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return nil, 0, py.Errorf(py.ValueError, "could not convert string to float: %s", py.ReprString(text))
		}
		return f, j, nil
	}
	if n, err := strconv.Atoi(text); err == nil {
		return n, j, nil
	}
	n, _ := new(big.Int).SetString(text, 10)
	return n, j, nil
}

// str parses a string whose opening quote is at i-1.
func (d *decoder) str(i int) (py.Object, int, *py.Exc) {
	s := d.s
	begin := i - 1
	var b strings.Builder
	for {
		if i >= len(s) {
			return nil, 0, d.err("Unterminated string starting at", begin)
		}
		c := s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, nil
		case c < 0x20:
			return nil, 0, d.err("Invalid control character at", i)
		case c != '\\':
			b.WriteRune(c)
			i++
			continue
		}
		i++
		if i >= len(s) {
			return nil, 0, d.err("Unterminated string starting at", begin)
		}
		esc := map[rune]rune{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
		if r, ok := esc[s[i]]; ok {
			b.WriteRune(r)
			i++
			continue
		}
		if s[i] != 'u' {
			return nil, 0, d.err("Invalid \\escape", i-1)
		}
		r, ok := d.hex4(i + 1)
		if !ok {
			return nil, 0, d.err("Invalid \\uXXXX escape", i)
		}
		i += 5
		if utf16.IsSurrogate(r) && r < 0xdc00 && i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
			if r2, ok := d.hex4(i + 2); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
				r = utf16.DecodeRune(r, r2)
				i += 6
			} else if !ok {
				return nil, 0, d.err("Invalid \\uXXXX escape", i+1)
			}
		}
		b.WriteRune(r)
	}
}

func (d *decoder) hex4(i int) (rune, bool) {
	if i+4 > len(d.s) {
		return 0, false
	}
	var r rune
	for _, c := range d.s[i : i+4] {
		var v rune
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | v
	}
	return r, true
}

func (d *decoder) array(i int) (py.Object, int, *py.Exc) {
	l := py.NewList()
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == ']' {
		return l, i + 1, nil
	}
	for {
		v, end, e := d.value(i)
		if e != nil {
			return nil, 0, e
		}
		l.Append(v)
		i = d.ws(end)
		if i < len(d.s) && d.s[i] == ']' {
			return l, i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, 0, d.err("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

func (d *decoder) object(i int) (py.Object, int, *py.Exc) {
	obj := py.NewDict()
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.hook(obj, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, 0, d.err("Expecting property name enclosed in double quotes", i)
		}
		k, end, e := d.str(i + 1)
		if e != nil {
			return nil, 0, e
		}
		i = d.ws(end)
		if i >= len(d.s) || d.s[i] != ':' {
			return nil, 0, d.err("Expecting ':' delimiter", i)
		}
		i = d.ws(i + 1)
		v, end, e := d.value(i)
		if e != nil {
			return nil, 0, e
		}
		obj.SetStr(k.(string), v)
		i = d.ws(end)
		if i < len(d.s) && d.s[i] == '}' {
			return d.hook(obj, i+1)
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, 0, d.err("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

func (d *decoder) hook(obj *py.Dict, end int) (py.Object, int, *py.Exc) {
	if d.objectHook == nil {
		return obj, end, nil
	}
	r, e := py.Call(d.objectHook, []py.Object{obj}, nil)
	return r, end, e
}
