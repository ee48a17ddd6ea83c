package py

import (
	"strings"

	"github.com/asyncgen/asyncgen/runtime/pyfmt"
)

func initStrMethods() {
	S := StrType
	str := func(o Object) string { return o.(string) }
	defMethod(S, "split", []string{"sep", "maxsplit"}, 0, func(self Object, a []Object) (Object, *Exc) {
		sep, has, e := optStr("split", a[0])
		if e != nil {
			return nil, e
		}
		n, e := intArg(a[1], -1)
		if e != nil {
			return nil, e
		}
		return StrSplit(str(self), sep, has, n)
	})
	defMethod(S, "rsplit", []string{"sep", "maxsplit"}, 0, func(self Object, a []Object) (Object, *Exc) {
		sep, has, e := optStr("rsplit", a[0])
		if e != nil {
			return nil, e
		}
		n, e := intArg(a[1], -1)
		if e != nil {
			return nil, e
		}
		return StrRSplit(str(self), sep, has, n)
	})
	defMethod(S, "join", []string{"iterable"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return StrJoin(str(self), a[0])
	})
	for _, w := range []struct {
		name  string
		which byte
	}{{"strip", 'b'}, {"lstrip", 'l'}, {"rstrip", 'r'}} {
		w := w
		defMethod(S, w.name, []string{"chars"}, 0, func(self Object, a []Object) (Object, *Exc) {
			chars, has, e := optStr(w.name, a[0])
			if e != nil {
				return nil, e
			}
			return StrStrip(str(self), chars, has, w.which), nil
		})
	}
	defMethod(S, "replace", []string{"old", "new", "count"}, 2, func(self Object, a []Object) (Object, *Exc) {
		old, e := strArg("replace", a[0])
		if e != nil {
			return nil, e
		}
		nw, e := strArg("replace", a[1])
		if e != nil {
			return nil, e
		}
		n, e := intArg(a[2], -1)
		if e != nil {
			return nil, e
		}
		return StrReplace(str(self), old, nw, n), nil
	})
	finders := []struct {
		name  string
		rev   bool
		raise bool
	}{{"find", false, false}, {"rfind", true, false}, {"index", false, true}, {"rindex", true, true}}
	for _, f := range finders {
		f := f
		defMethod(S, f.name, []string{"sub", "start", "end"}, 1, func(self Object, a []Object) (Object, *Exc) {
			sub, ok := a[0].(string)
			if !ok {
				return nil, Errorf(TypeError, "must be str, not %s", TypeName(a[0]))
			}
			var i int
			var e *Exc
			if f.rev {
				i, e = StrRFind(str(self), sub, a[1:]...)
			} else {
				i, e = StrFind(str(self), sub, a[1:]...)
			}
			if e != nil {
				return nil, e
			}
			if i < 0 && f.raise {
				return nil, Errorf(ValueError, "substring not found")
			}
			return i, nil
		})
	}
	defMethod(S, "count", []string{"sub", "start", "end"}, 1, func(self Object, a []Object) (Object, *Exc) {
		sub, ok := a[0].(string)
		if !ok {
			return nil, Errorf(TypeError, "must be str, not %s", TypeName(a[0]))
		}
		return StrCount(str(self), sub, a[1:]...)
	})
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		defMethod(S, name, []string{"prefix", "start", "end"}, 1, func(self Object, a []Object) (Object, *Exc) {
			s := str(self)
			bs, be, ok, e := subRange(s, a[1:])
			if e != nil || !ok {
				return false, e
			}
			s = s[bs:be]
			var cands []Object
			switch p := a[0].(type) {
			case string:
				cands = []Object{p}
			case Tuple:
				cands = p
			default:
				return nil, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeName(a[0]))
			}
			for _, c := range cands {
				p, ok := c.(string)
				if !ok {
					return nil, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, TypeName(c))
				}
				if (name == "startswith" && strings.HasPrefix(s, p)) || (name == "endswith" && strings.HasSuffix(s, p)) {
					return true, nil
				}
			}
			return false, nil
		})
	}
	simple := map[string]func(string) string{
		"upper": StrUpper, "lower": StrLower, "title": StrTitle, "capitalize": StrCapitalize,
		"swapcase": StrSwapCase, "casefold": StrLower,
	}
	for name, fn := range simple {
		fn := fn
		defMethod(S, name, nil, 0, func(self Object, a []Object) (Object, *Exc) { return fn(str(self)), nil })
	}
	preds := map[string]func(string) bool{
		"isdigit":      func(s string) bool { return strAll(s, isDigitRune) },
		"isdecimal":    func(s string) bool { return strAll(s, isDecimalRune) },
		"isnumeric":    func(s string) bool { return strAll(s, isNumericRune) },
		"isalpha":      func(s string) bool { return strAll(s, isLetterRune) },
		"isalnum":      func(s string) bool { return strAll(s, isAlnumRune) },
		"isspace":      func(s string) bool { return strAll(s, isPySpace) },
		"isupper":      StrIsUpper,
		"islower":      StrIsLower,
		"istitle":      StrIsTitle,
		"isidentifier": StrIsIdentifier,
		"isascii":      isASCII,
		"isprintable": func(s string) bool {
			for _, r := range s {
				if !pyfmt.IsPrintable(r) {
					return false
				}
			}
			return true
		},
	}
	for name, fn := range preds {
		fn := fn
		defMethod(S, name, nil, 0, func(self Object, a []Object) (Object, *Exc) { return fn(str(self)), nil })
	}
	for _, p := range []struct {
		name  string
		align byte
	}{{"center", '^'}, {"ljust", '<'}, {"rjust", '>'}} {
		p := p
		defMethod(S, p.name, []string{"width", "fillchar"}, 1, func(self Object, a []Object) (Object, *Exc) {
			w, e := Index(a[0])
			if e != nil {
				return nil, e
			}
			fill := " "
			if a[1] != nil {
				f, ok := a[1].(string)
				if !ok || StrLen(f) != 1 {
					return nil, Errorf(TypeError, "The fill character must be exactly one character long")
				}
				fill = f
			}
			return StrPad(str(self), w, fill, p.align), nil
		})
	}
	defMethod(S, "zfill", []string{"width"}, 1, func(self Object, a []Object) (Object, *Exc) {
		w, e := Index(a[0])
		if e != nil {
			return nil, e
		}
		return StrZFill(str(self), w), nil
	})
	defMethod(S, "partition", []string{"sep"}, 1, func(self Object, a []Object) (Object, *Exc) {
		sep, e := strArg("partition", a[0])
		if e != nil {
			return nil, e
		}
		return StrPartition(str(self), sep, false)
	})
	defMethod(S, "rpartition", []string{"sep"}, 1, func(self Object, a []Object) (Object, *Exc) {
		sep, e := strArg("rpartition", a[0])
		if e != nil {
			return nil, e
		}
		return StrPartition(str(self), sep, true)
	})
	defMethod(S, "splitlines", []string{"keepends"}, 0, func(self Object, a []Object) (Object, *Exc) {
		k, e := boolArg(a[0])
		if e != nil {
			return nil, e
		}
		return StrSplitLines(str(self), k), nil
	})
	defMethod(S, "encode", []string{"encoding", "errors"}, 0, func(self Object, a []Object) (Object, *Exc) {
		enc, _, e := optStr("encode", a[0])
		if e != nil {
			return nil, e
		}
		errs, _, e := optStr("encode", a[1])
		if e != nil {
			return nil, e
		}
		return StrEncode(str(self), enc, errs)
	})
	defVarMethod(S, "format", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		return StrFormat(str(self), args, kw)
	})
	defMethod(S, "expandtabs", []string{"tabsize"}, 0, func(self Object, a []Object) (Object, *Exc) {
		n, e := intArg(a[0], 8)
		if e != nil {
			return nil, e
		}
		return StrExpandTabs(str(self), n), nil
	})
	defMethod(S, "removeprefix", []string{"prefix"}, 1, func(self Object, a []Object) (Object, *Exc) {
		p, e := strArg("removeprefix", a[0])
		if e != nil {
			return nil, e
		}
		return strings.TrimPrefix(str(self), p), nil
	})
	defMethod(S, "removesuffix", []string{"suffix"}, 1, func(self Object, a []Object) (Object, *Exc) {
		p, e := strArg("removesuffix", a[0])
		if e != nil {
			return nil, e
		}
		return strings.TrimSuffix(str(self), p), nil
	})

	B := BytesType
	defMethod(B, "decode", []string{"encoding", "errors"}, 0, func(self Object, a []Object) (Object, *Exc) {
		enc, _, e := optStr("decode", a[0])
		if e != nil {
			return nil, e
		}
		errs, _, e := optStr("decode", a[1])
		if e != nil {
			return nil, e
		}
		return BytesDecode(self.(Bytes), enc, errs)
	})
	defMethod(B, "hex", nil, 0, func(self Object, a []Object) (Object, *Exc) { return BytesHex(self.(Bytes)), nil })
	defMethod(B, "upper", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		return Bytes(strings.ToUpper(string(self.(Bytes)))), nil
	})
	defMethod(B, "lower", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		return Bytes(strings.ToLower(string(self.(Bytes)))), nil
	})
	defMethod(B, "startswith", []string{"prefix"}, 1, func(self Object, a []Object) (Object, *Exc) {
		p, _ := a[0].(Bytes)
		return strings.HasPrefix(string(self.(Bytes)), string(p)), nil
	})
	defMethod(B, "endswith", []string{"suffix"}, 1, func(self Object, a []Object) (Object, *Exc) {
		p, _ := a[0].(Bytes)
		return strings.HasSuffix(string(self.(Bytes)), string(p)), nil
	})
	defMethod(B, "strip", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		return Bytes(strings.TrimSpace(string(self.(Bytes)))), nil
	})
	defMethod(B, "find", []string{"sub"}, 1, func(self Object, a []Object) (Object, *Exc) {
		p, _ := a[0].(Bytes)
		return strings.Index(string(self.(Bytes)), string(p)), nil
	})
	defMethod(B, "count", []string{"sub"}, 1, func(self Object, a []Object) (Object, *Exc) {
		p, _ := a[0].(Bytes)
		return strings.Count(string(self.(Bytes)), string(p)), nil
	})
	defMethod(B, "split", []string{"sep"}, 0, func(self Object, a []Object) (Object, *Exc) {
		var out []Object
		if a[0] == nil || a[0] == None {
			for _, f := range strings.Fields(string(self.(Bytes))) {
				out = append(out, Bytes(f))
			}
		} else {
			for _, f := range strings.Split(string(self.(Bytes)), string(a[0].(Bytes))) {
				out = append(out, Bytes(f))
			}
		}
		return NewList(out...), nil
	})
	defMethod(B, "join", []string{"iterable"}, 1, func(self Object, a []Object) (Object, *Exc) {
		items, e := ToSlice(a[0])
		if e != nil {
			return nil, e
		}
		parts := make([]string, len(items))
		for i, x := range items {
			b, ok := x.(Bytes)
			if !ok {
				return nil, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(x))
			}
			parts[i] = string(b)
		}
		return Bytes(strings.Join(parts, string(self.(Bytes)))), nil
	})
}
