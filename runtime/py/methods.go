package py

import (
	"math"
	"math/big"
	"math/bits"
	"strings"
)

// builtinMethods holds the methods of built-in types by class and name.
// It is filled once by init and read-only afterwards.
var builtinMethods = map[*Class]map[string]*Function{}

// classStatics holds class-level functions of built-in types such as
// dict.fromkeys (read-only after init).
var classStatics = map[*Class]map[string]Object{}

// excMethods holds the methods every exception has.
var excMethods = map[string]*Function{}

type methodFn func(self Object, a []Object) (Object, *Exc)

// defMethod registers a method of cls taking the named parameters (the
// first required of them mandatory).
func defMethod(cls *Class, name string, names []string, required int, fn methodFn) {
	if builtinMethods[cls] == nil {
		builtinMethods[cls] = map[string]*Function{}
	}
	f := &Function{Name: name, QualName: cls.Name + "." + name, Module: "builtins", Builtin: true}
	f.Fn = func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "unbound method %s.%s() needs an argument", cls.Name, name)
		}
		self := args[0]
		if !TypeOf(self).IsSubclass(cls) {
			return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, cls.Name, TypeName(self))
		}
		a, e := bindArgs(name, args[1:], kw, names, required)
		if e != nil {
			return nil, e
		}
		return fn(self, a)
	}
	builtinMethods[cls][name] = f
}

// defVarMethod registers a method receiving its raw arguments.
func defVarMethod(cls *Class, name string, fn func(self Object, args []Object, kw []Kwarg) (Object, *Exc)) {
	if builtinMethods[cls] == nil {
		builtinMethods[cls] = map[string]*Function{}
	}
	f := &Function{Name: name, QualName: cls.Name + "." + name, Module: "builtins", Builtin: true}
	f.Fn = func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) == 0 || !TypeOf(args[0]).IsSubclass(cls) {
			return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects needs an argument", name, cls.Name)
		}
		return fn(args[0], args[1:], kw)
	}
	builtinMethods[cls][name] = f
}

func init() {
	initStrMethods()
	initContainerMethods()
	initNumberMethods()
	excMethods["add_note"] = NewBuiltin("add_note", func(args []Object, kw []Kwarg) (Object, *Exc) {
		e := args[0].(*Exc)
		notes, _ := e.Attrs["__notes__"].(*List)
		if notes == nil {
			notes = NewList()
			if e.Attrs == nil {
				e.Attrs = map[string]Object{}
			}
			e.Attrs["__notes__"] = notes
		}
		notes.Append(args[1])
		return None, nil
	})
	excMethods["with_traceback"] = NewBuiltin("with_traceback", func(args []Object, kw []Kwarg) (Object, *Exc) {
		return args[0], nil
	})
}

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
				if !isPrintable(r) {
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

func isLetterRune(r rune) bool { return isLetter(r) }

func initContainerMethods() {
	L := ListType
	lst := func(o Object) *List { return o.(*List) }
	defMethod(L, "append", []string{"object"}, 1, func(self Object, a []Object) (Object, *Exc) {
		lst(self).Append(a[0])
		return None, nil
	})
	defMethod(L, "extend", []string{"iterable"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return None, lst(self).Extend(a[0])
	})
	defMethod(L, "insert", []string{"index", "object"}, 2, func(self Object, a []Object) (Object, *Exc) {
		i, e := Index(a[0])
		if e != nil {
			return nil, e
		}
		lst(self).Insert(i, a[1])
		return None, nil
	})
	defMethod(L, "pop", []string{"index"}, 0, func(self Object, a []Object) (Object, *Exc) {
		i, e := intArg(a[0], -1)
		if e != nil {
			return nil, e
		}
		return lst(self).Pop(i)
	})
	defMethod(L, "remove", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return None, lst(self).Remove(a[0])
	})
	defMethod(L, "index", []string{"value", "start", "stop"}, 1, func(self Object, a []Object) (Object, *Exc) {
		items := lst(self).Items
		start, e := intArg(a[1], 0)
		if e != nil {
			return nil, e
		}
		stop, e := intArg(a[2], len(items))
		if e != nil {
			return nil, e
		}
		s, _, _, _, _ := (&Slice{start, stop, None}).Indices(len(items))
		_, t, _, _, _ := (&Slice{start, stop, None}).Indices(len(items))
		for i := s; i < t; i++ {
			eq, e := eqOrIs(items[i], a[0])
			if e != nil {
				return nil, e
			}
			if eq {
				return i, nil
			}
		}
		return nil, Errorf(ValueError, "%s is not in list", Repr(a[0]))
	})
	defMethod(L, "count", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return lst(self).Count(a[0])
	})
	defVarMethod(L, "sort", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) > 0 {
			return nil, Errorf(TypeError, "sort() takes no positional arguments")
		}
		a, e := bindArgs("sort", nil, kw, []string{"key", "reverse"}, 0)
		if e != nil {
			return nil, e
		}
		rev, e := boolArg(a[1])
		if e != nil {
			return nil, e
		}
		return None, lst(self).Sort(a[0], rev)
	})
	defMethod(L, "reverse", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		lst(self).Reverse()
		return None, nil
	})
	defMethod(L, "copy", nil, 0, func(self Object, a []Object) (Object, *Exc) { return lst(self).Copy(), nil })
	defMethod(L, "clear", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		lst(self).Items = []Object{}
		return None, nil
	})

	T := TupleType
	defMethod(T, "index", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		for i, x := range self.(Tuple) {
			eq, e := eqOrIs(x, a[0])
			if e != nil {
				return nil, e
			}
			if eq {
				return i, nil
			}
		}
		return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
	})
	defMethod(T, "count", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return countObjects(self.(Tuple), a[0])
	})

	D := DictType
	dct := func(o Object) *Dict { return o.(*Dict) }
	defMethod(D, "get", []string{"key", "default"}, 1, func(self Object, a []Object) (Object, *Exc) {
		v, ok, e := dct(self).Get(a[0])
		if e != nil {
			return nil, e
		}
		if !ok {
			if a[1] == nil {
				return None, nil
			}
			return a[1], nil
		}
		return v, nil
	})
	defMethod(D, "keys", nil, 0, func(self Object, a []Object) (Object, *Exc) { return &DictView{dct(self), 0}, nil })
	defMethod(D, "values", nil, 0, func(self Object, a []Object) (Object, *Exc) { return &DictView{dct(self), 1}, nil })
	defMethod(D, "items", nil, 0, func(self Object, a []Object) (Object, *Exc) { return &DictView{dct(self), 2}, nil })
	defMethod(D, "pop", []string{"key", "default"}, 1, func(self Object, a []Object) (Object, *Exc) {
		if a[1] == nil {
			return dct(self).Pop(a[0])
		}
		return dct(self).Pop(a[0], a[1])
	})
	defMethod(D, "popitem", nil, 0, func(self Object, a []Object) (Object, *Exc) { return dct(self).PopItem() })
	defMethod(D, "setdefault", []string{"key", "default"}, 1, func(self Object, a []Object) (Object, *Exc) {
		def := a[1]
		if def == nil {
			def = None
		}
		return dct(self).SetDefault(a[0], def)
	})
	defVarMethod(D, "update", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) > 1 {
			return nil, Errorf(TypeError, "update expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			if e := dct(self).Update(args[0]); e != nil {
				return nil, e
			}
		}
		for _, k := range kw {
			dct(self).SetStr(k.Name, k.Value)
		}
		return None, nil
	})
	defMethod(D, "copy", nil, 0, func(self Object, a []Object) (Object, *Exc) { return dct(self).Copy(), nil })
	defMethod(D, "clear", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		dct(self).Clear()
		return None, nil
	})
	classStatics[D] = map[string]Object{"fromkeys": NewBuiltin("fromkeys", func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("fromkeys", args, kw, []string{"iterable", "value"}, 1)
		if e != nil {
			return nil, e
		}
		v := a[1]
		if v == nil {
			v = None
		}
		keys, e := ToSlice(a[0])
		if e != nil {
			return nil, e
		}
		d := NewDict()
		for _, k := range keys {
			if e := d.Set(k, v); e != nil {
				return nil, e
			}
		}
		return d, nil
	})}

	for _, cls := range []*Class{SetType, FrozenSetType} {
		cls := cls
		frozen := cls == FrozenSetType
		elems := func(o Object) *setTable { t, _ := setElems(o); return t }
		defVarMethod(cls, "union", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
			r := elems(self).copyTable()
			for _, x := range args {
				if t, ok := setElems(x); ok && t == elems(self) {
					continue
				}
				if e := r.update(x); e != nil {
					return nil, e
				}
			}
			return setOf(r, frozen), nil
		})
		defVarMethod(cls, "intersection", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
			r := elems(self)
			if len(args) == 0 {
				return setOf(r.copyTable(), frozen), nil
			}
			for _, x := range args {
				var e *Exc
				if r, e = setIntersection(r, x); e != nil {
					return nil, e
				}
			}
			return setOf(r, frozen), nil
		})
		defVarMethod(cls, "difference", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
			if len(args) == 0 {
				return setOf(elems(self).copyTable(), frozen), nil
			}
			r, e := setDifference(elems(self), args[0])
			if e != nil {
				return nil, e
			}
			for _, x := range args[1:] {
				if e := r.differenceUpdate(x); e != nil {
					return nil, e
				}
			}
			return setOf(r, frozen), nil
		})
		defMethod(cls, "symmetric_difference", []string{"other"}, 1, func(self Object, a []Object) (Object, *Exc) {
			r, e := setSymmetricDifference(elems(self), a[0])
			if e != nil {
				return nil, e
			}
			return setOf(r, frozen), nil
		})
		asTable := func(o Object) (*setTable, *Exc) {
			if t, ok := setElems(o); ok {
				return t, nil
			}
			r := &setTable{}
			r.ensure()
			return r, r.update(o)
		}
		defMethod(cls, "issubset", []string{"other"}, 1, func(self Object, a []Object) (Object, *Exc) {
			o, e := asTable(a[0])
			if e != nil {
				return nil, e
			}
			return isSubset(elems(self), o)
		})
		defMethod(cls, "issuperset", []string{"other"}, 1, func(self Object, a []Object) (Object, *Exc) {
			o, e := asTable(a[0])
			if e != nil {
				return nil, e
			}
			return isSubset(o, elems(self))
		})
		defMethod(cls, "isdisjoint", []string{"other"}, 1, func(self Object, a []Object) (Object, *Exc) {
			o, e := asTable(a[0])
			if e != nil {
				return nil, e
			}
			disjoint := true
			e = o.each(func(k Object, h int) *Exc {
				i, e := elems(self).lookup(k, h)
				if i >= 0 {
					disjoint = false
				}
				return e
			})
			return disjoint, e
		})
		defMethod(cls, "copy", nil, 0, func(self Object, a []Object) (Object, *Exc) {
			if frozen {
				return self, nil
			}
			return setOf(elems(self).copyTable(), frozen), nil
		})
	}
	St := SetType
	set := func(o Object) *Set { return o.(*Set) }
	defMethod(St, "add", []string{"elem"}, 1, func(self Object, a []Object) (Object, *Exc) { return None, set(self).Add(a[0]) })
	defMethod(St, "discard", []string{"elem"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return None, set(self).Discard(a[0])
	})
	defMethod(St, "remove", []string{"elem"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return None, set(self).Remove(a[0])
	})
	defMethod(St, "pop", nil, 0, func(self Object, a []Object) (Object, *Exc) { return set(self).Pop() })
	defMethod(St, "clear", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		set(self).Clear()
		return None, nil
	})
	defVarMethod(St, "update", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		for _, x := range args {
			if e := set(self).inPlace(opOr, x); e != nil {
				return nil, e
			}
		}
		return None, nil
	})
	defVarMethod(St, "intersection_update", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		s := set(self)
		r := &s.setTable
		for _, x := range args {
			var e *Exc
			if r, e = setIntersection(r, x); e != nil {
				return nil, e
			}
		}
		s.setTable = *r
		return None, nil
	})
	defVarMethod(St, "difference_update", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		for _, x := range args {
			if e := set(self).inPlace(opSub, x); e != nil {
				return nil, e
			}
		}
		return None, nil
	})
	defMethod(St, "symmetric_difference_update", []string{"other"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return None, set(self).inPlace(opXor, a[0])
	})

	R := RangeType
	defMethod(R, "index", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		r := self.(*Range)
		if n, ok := a[0].(int); ok && r.Contains(n) {
			return (n - r.Start) / r.Step, nil
		}
		return nil, Errorf(ValueError, "%s is not in range", Repr(a[0]))
	})
	defMethod(R, "count", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		if n, ok := a[0].(int); ok && self.(*Range).Contains(n) {
			return 1, nil
		}
		return 0, nil
	})
}

func initNumberMethods() {
	defMethod(IntType, "bit_length", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		s, b, _ := asInt(self)
		if b != nil {
			return b.BitLen(), nil
		}
		return bits.Len64(uint64(absInt(s))), nil
	})
	defMethod(IntType, "bit_count", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		s, b, _ := asInt(self)
		x := new(big.Int).Abs(toBig(s, b))
		n := 0
		for _, w := range x.Bits() {
			n += bits.OnesCount(uint(w))
		}
		return n, nil
	})
	defMethod(IntType, "conjugate", nil, 0, func(self Object, a []Object) (Object, *Exc) { return Pos(self) })
	defMethod(FloatType, "is_integer", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		f := self.(float64)
		return f == math.Trunc(f) && !math.IsInf(f, 0), nil
	})
	defMethod(FloatType, "conjugate", nil, 0, func(self Object, a []Object) (Object, *Exc) { return self, nil })
}
