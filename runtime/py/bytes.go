package py

import (
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// Bytes is Python's bytes (immutable).
type Bytes string

// BytesDecode is b.decode(encoding, errors).
func BytesDecode(b Bytes, encoding, errors string) (string, *Exc) {
	s := string(b)
	switch normEncoding(encoding) {
	case "utf-8":
		if utf8.ValidString(s) {
			return s, nil
		}
		var out strings.Builder
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				switch errors {
				case "ignore":
				case "replace":
					out.WriteRune('\uFFFD')
				default:
					return "", NewExc(UnicodeDecodeError, sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", s[i], i))
				}
				i++
				continue
			}
			out.WriteString(s[i : i+n])
			i += n
		}
		return out.String(), nil
	case "ascii":
		var out strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				switch errors {
				case "ignore":
					continue
				case "replace":
					out.WriteRune('\uFFFD')
					continue
				}
				return "", NewExc(UnicodeDecodeError, sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", s[i], i))
			}
			out.WriteByte(s[i])
		}
		return out.String(), nil
	case "latin-1":
		rs := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			rs[i] = rune(s[i])
		}
		return string(rs), nil
	}
	return "", Errorf(LookupError, "unknown encoding: %s", encoding)
}

// BytesHex is b.hex().
func BytesHex(b Bytes) string { return hex.EncodeToString([]byte(b)) }

// NewBytes is bytes(x): from an int (zeros), an iterable of ints, or a str
// with an encoding.
func NewBytes(args []Object) (Object, *Exc) {
	if len(args) == 0 {
		return Bytes(""), nil
	}
	switch v := args[0].(type) {
	case string:
		if len(args) < 2 {
			return nil, Errorf(TypeError, "string argument without an encoding")
		}
		enc, _ := args[1].(string)
		errs := "strict"
		if len(args) > 2 {
			errs, _ = args[2].(string)
		}
		return StrEncode(v, enc, errs)
	case int:
		if v < 0 {
			return nil, Errorf(ValueError, "negative count")
		}
		return Bytes(make([]byte, v)), nil
	case Bytes:
		return v, nil
	}
	items, e := ToSlice(args[0])
	if e != nil {
		return nil, Errorf(TypeError, "cannot convert '%s' object to bytes", TypeName(args[0]))
	}
	out := make([]byte, len(items))
	for i, x := range items {
		n, e := Index(x)
		if e != nil {
			return nil, e
		}
		if n < 0 || n > 255 {
			return nil, Errorf(ValueError, "bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return Bytes(out), nil
}

// DictView is a dict's keys(), values() or items() view.
type DictView struct {
	d    *Dict
	kind int // 0 keys, 1 values, 2 items
}

// Type implements Typed.
func (v *DictView) Type() *Class {
	switch v.kind {
	case 0:
		return DictKeysType
	case 1:
		return DictValuesType
	}
	return DictItemsType
}

func (v *DictView) items() []Object {
	switch v.kind {
	case 0:
		return v.d.Keys()
	case 1:
		return v.d.Values()
	}
	its := v.d.Items()
	out := make([]Object, len(its))
	for i, t := range its {
		out[i] = t
	}
	return out
}
