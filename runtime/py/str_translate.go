package py

import "strings"

// str.maketrans and str.translate.
func init() {
	if StrType.Attrs == nil {
		StrType.Attrs = map[string]Object{}
	}
	StrType.Attrs["maketrans"] = &StaticMethod{Func: NewBuiltin("maketrans", func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("maketrans", args, kw, []string{"x", "y", "z"}, 1)
		if e != nil {
			return nil, e
		}
		return makeTrans(a[0], a[1], a[2])
	})}
	defMethod(StrType, "translate", []string{"table"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return translate(self.(string), a[0])
	})
}

// makeTrans is str.maketrans(x[, y[, z]]): a dict from code points to
// code points, strings or None.
func makeTrans(x, y, z Object) (Object, *Exc) {
	table := NewDict()
	if y == nil {
		d, ok := x.(*Dict)
		if !ok {
			return nil, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for _, item := range d.Items() {
			k := item[0]
			if s, ok := k.(string); ok {
				r := []rune(s)
				if len(r) != 1 {
					return nil, Errorf(ValueError, "string keys in translate table must be of length 1")
				}
				k = int(r[0])
			} else if _, ok := k.(int); !ok {
				return nil, Errorf(TypeError, "keys in translate table must be strings or integers")
			}
			if e := table.Set(k, item[1]); e != nil {
				return nil, e
			}
		}
		return table, nil
	}
	xs, ok1 := x.(string)
	ys, ok2 := y.(string)
	if !ok1 || !ok2 {
		return nil, Errorf(TypeError, "maketrans() argument 2 must be str, not %s", TypeName(y))
	}
	xr, yr := []rune(xs), []rune(ys)
	if len(xr) != len(yr) {
		return nil, Errorf(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		if e := table.Set(int(xr[i]), int(yr[i])); e != nil {
			return nil, e
		}
	}
	if z != nil {
		zs, ok := z.(string)
		if !ok {
			return nil, Errorf(TypeError, "maketrans() argument 3 must be str, not %s", TypeName(z))
		}
		for _, r := range zs {
			if e := table.Set(int(r), None); e != nil {
				return nil, e
			}
		}
	}
	return table, nil
}

// translate is s.translate(table): each character is looked up by its
// code point; a missing key keeps it, None deletes it, an int or a str
// replaces it.
func translate(s string, table Object) (Object, *Exc) {
	var b strings.Builder
	for _, r := range s {
		v, e := GetItem(table, int(r))
		if e != nil {
			if e.Matches(LookupError) {
				b.WriteRune(r)
				continue
			}
			return nil, e
		}
		switch v := v.(type) {
		case NoneType:
		case int:
			if v < 0 || v > 0x10ffff {
				return nil, Errorf(ValueError, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(v))
		case string:
			b.WriteString(v)
		default:
			return nil, Errorf(TypeError, "character mapping must return integer, None or str")
		}
	}
	return b.String(), nil
}
