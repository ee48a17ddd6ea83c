package rt

import "github.com/asyncgen/asyncgen/runtime/py"

// The match statement (PEP 634). Generated code tests a subject against
// each case's pattern with these helpers, binding captures as it goes.

// MatchValue is a value pattern (a literal or a dotted name): subj == v.
func MatchValue(subj, v py.Object) (bool, *py.Exc) {
	r, e := py.Eq(subj, v)
	if e != nil {
		return false, e
	}
	return py.Truth(r)
}

// MatchSingleton is the pattern None, True or False: identity, so 1 does
// not match True.
func MatchSingleton(subj, v py.Object) bool {
	switch v := v.(type) {
	case bool:
		b, ok := subj.(bool)
		return ok && b == v
	}
	return subj == py.None
}

// MatchSequence tests a sequence pattern of n subpatterns, the one at
// index star (-1 when none) a *rest: subj must be a sequence other than
// str, bytes and bytearray, of length n (at least n-1 with a star). It
// returns one value per subpattern, the starred one a list.
func MatchSequence(subj py.Object, n, star int) ([]py.Object, bool, *py.Exc) {
	var items []py.Object
	switch v := subj.(type) {
	case *py.List:
		items = v.Items
	case py.Tuple:
		items = v
	case *py.Range:
		var e *py.Exc
		if items, e = py.ToSlice(v); e != nil {
			return nil, false, e
		}
	default:
		return nil, false, nil
	}
	if star < 0 {
		if len(items) != n {
			return nil, false, nil
		}
		return append([]py.Object(nil), items...), true, nil
	}
	if len(items) < n-1 {
		return nil, false, nil
	}
	out := make([]py.Object, 0, n)
	out = append(out, items[:star]...)
	tail := n - 1 - star
	out = append(out, py.NewList(append([]py.Object(nil), items[star:len(items)-tail]...)...))
	out = append(out, items[len(items)-tail:]...)
	return out, true, nil
}

// MatchMapping tests a mapping pattern: subj must be a dict holding every
// key; it returns their values.
func MatchMapping(subj py.Object, keys []py.Object) ([]py.Object, bool, *py.Exc) {
	d, ok := subj.(*py.Dict)
	if !ok {
		return nil, false, nil
	}
	out := make([]py.Object, len(keys))
	for i, k := range keys {
		v, found, e := d.Get(k)
		if e != nil {
			return nil, false, e
		}
		if !found {
			return nil, false, nil
		}
		out[i] = v
	}
	return out, true, nil
}

// MappingRest is the **rest of a mapping pattern: a new dict of the items
// of subj whose keys the pattern did not name.
func MappingRest(subj py.Object, keys []py.Object) (py.Object, *py.Exc) {
	d := subj.(*py.Dict)
	rest := py.NewDict()
	for _, item := range d.Items() {
		named := false
		for _, k := range keys {
			eq, e := py.Eq(item[0], k)
			if e != nil {
				return nil, e
			}
			if t, _ := py.Truth(eq); t {
				named = true
				break
			}
		}
		if !named {
			if e := rest.Set(item[0], item[1]); e != nil {
				return nil, e
			}
		}
	}
	return rest, nil
}

// selfMatching are the built-in classes whose single positional
// subpattern matches the subject itself (int(n), str(s), ...).
var selfMatching = map[*py.Class]bool{
	py.BoolType: true, py.BytesType: true, py.DictType: true, py.FloatType: true,
	py.FrozenSetType: true, py.IntType: true, py.ListType: true, py.SetType: true,
	py.StrType: true, py.TupleType: true,
}

// MatchClass tests a class pattern cls(p1, ..., k1=q1, ...): subj must be
// an instance of cls with every attribute named; positional subpatterns
// take the attributes cls.__match_args__ names. It returns the values for
// the npos positional subpatterns followed by those of kwNames.
func MatchClass(subj, cls py.Object, npos int, kwNames []string) ([]py.Object, bool, *py.Exc) {
	c, ok := cls.(*py.Class)
	if !ok {
		return nil, false, py.Errorf(py.TypeError, "called match pattern must be a class")
	}
	if !py.TypeOf(subj).IsSubclass(c) {
		return nil, false, nil
	}
	names := make([]string, 0, npos+len(kwNames))
	out := make([]py.Object, 0, npos+len(kwNames))
	if npos > 0 {
		if selfMatching[c] {
			if npos > 1 {
				return nil, false, py.Errorf(py.TypeError, "%s() accepts 1 positional sub-pattern (%d given)", c.Name, npos)
			}
			out = append(out, subj)
		} else {
			ma, found := c.Lookup("__match_args__")
			var args []py.Object
			if found {
				t, ok := ma.(py.Tuple)
				if !ok {
					return nil, false, py.Errorf(py.TypeError, "%s.__match_args__ must be a tuple (got %s)", c.Name, py.TypeName(ma))
				}
				args = t
			}
			if npos > len(args) {
				return nil, false, py.Errorf(py.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", c.Name, len(args), plural(len(args)), npos)
			}
			for _, a := range args[:npos] {
				name, ok := a.(string)
				if !ok {
					return nil, false, py.Errorf(py.TypeError, "__match_args__ elements must be strings (got %s)", py.TypeName(a))
				}
				names = append(names, name)
			}
		}
	}
	names = append(names, kwNames...)
	for _, name := range names {
		v, e := py.GetAttr(subj, name)
		if e != nil {
			if e.Matches(py.AttributeError) {
				return nil, false, nil
			}
			return nil, false, e
		}
		out = append(out, v)
	}
	return out, true, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
