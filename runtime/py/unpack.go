package py

// Unpack is "a, b, c = o": exactly n items, with CPython's messages.
func Unpack(o Object, n int) ([]Object, *Exc) {
	switch v := o.(type) {
	case Tuple:
		if len(v) == n {
			return v, nil
		}
	case *List:
		if len(v.Items) == n {
			return append([]Object(nil), v.Items...), nil
		}
	}
	it, e := Iter(o)
	if e != nil {
		if e.Matches(TypeError) {
			return nil, Errorf(TypeError, "cannot unpack non-iterable %s object", TypeName(o))
		}
		return nil, e
	}
	out := make([]Object, 0, n)
	for len(out) < n {
		v, ok, e := it.Next()
		if e != nil {
			return nil, e
		}
		if !ok {
			return nil, Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(out))
		}
		out = append(out, v)
	}
	if _, more, e := it.Next(); e != nil || more {
		if e != nil {
			return nil, e
		}
		return nil, Errorf(ValueError, "too many values to unpack (expected %d)", n)
	}
	return out, nil
}

// UnpackStar is "a, *rest, z = o" with before names ahead of the starred
// one and after names behind it. The result has before + 1 + after items,
// the starred one a *List.
func UnpackStar(o Object, before, after int) ([]Object, *Exc) {
	items, e := ToSlice(o)
	if e != nil {
		if e.Matches(TypeError) {
			return nil, Errorf(TypeError, "cannot unpack non-iterable %s object", TypeName(o))
		}
		return nil, e
	}
	if len(items) < before+after {
		return nil, Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]Object, 0, before+1+after)
	out = append(out, items[:before]...)
	out = append(out, NewList(append([]Object(nil), items[before:len(items)-after]...)...))
	return append(out, items[len(items)-after:]...), nil
}

// StarArgs expands "callee(*o)".
func StarArgs(callee, o Object) ([]Object, *Exc) {
	items, e := ToSlice(o)
	if e != nil && e.Matches(TypeError) {
		return nil, Errorf(TypeError, "%s() argument after * must be an iterable, not %s", FuncDisplayName(callee), TypeName(o))
	}
	return items, e
}

// StarKwargs expands "callee(**o)".
func StarKwargs(callee, o Object) ([]Kwarg, *Exc) {
	d, ok := o.(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "%s() argument after ** must be a mapping, not %s", FuncDisplayName(callee), TypeName(o))
	}
	out := make([]Kwarg, 0, d.Len())
	for _, it := range d.Items() {
		k, ok := it[0].(string)
		if !ok {
			return nil, Errorf(TypeError, "keywords must be strings")
		}
		out = append(out, Kwarg{k, it[1]})
	}
	return out, nil
}

// NameNotDefined is the NameError for reading an undefined global name.
func NameNotDefined(name string) *Exc {
	return Errorf(NameError, "name '%s' is not defined", name)
}

// UnboundLocal is the UnboundLocalError for reading a local variable
// before assignment.
func UnboundLocal(name string) *Exc {
	return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
}

// FuncDisplayName names a callable as CPython's call errors do:
// "__main__.f" for a script's function, "print" for a builtin.
func FuncDisplayName(callee Object) string {
	switch f := callee.(type) {
	case *Function:
		if f.Module == "" || f.Module == "builtins" {
			return f.QualName
		}
		return f.Module + "." + f.QualName
	case *Method:
		return FuncDisplayName(f.Func)
	case *Class:
		return classPath(f)
	}
	return TypeName(callee) + " object"
}
