package rt

import "github.com/asyncgen/asyncgen/runtime/py"

// except* (PEP 654). The compiled try statement keeps three things: the
// exception that arrived (orig), the part of it no clause has matched yet
// (rest, a group) and what the clauses raised. Each clause splits rest by
// its type and runs its body with the matching part, if any; afterwards
// StarEnd decides what propagates.

// StarStart returns the group the except* clauses split: exc itself when
// it is a group, else a group of just exc (CPython's wrapping of a naked
// exception), which keeps exc's traceback.
func StarStart(exc *py.Exc) *py.Exc {
	if exc.Group != nil {
		return exc
	}
	g := py.NewExceptionGroup("", []*py.Exc{exc})
	g.Traceback = append([]py.Frame(nil), exc.Traceback...)
	return g
}

// StarMatch splits rest by the type (a class or a tuple of classes) of an
// except* clause: the matching part and what remains, either nil.
func StarMatch(rest *py.Exc, typ py.Object) (match, remaining *py.Exc, err *py.Exc) {
	classes, err := starClasses(typ)
	if err != nil {
		return nil, rest, err
	}
	if rest == nil {
		return nil, nil, nil
	}
	match, remaining = rest.Split(func(e *py.Exc) bool {
		for _, c := range classes {
			if e.Matches(c) {
				return true
			}
		}
		return false
	})
	return match, remaining, nil
}

func starClasses(typ py.Object) ([]*py.Class, *py.Exc) {
	var items []py.Object
	if t, ok := typ.(py.Tuple); ok {
		items = t
	} else {
		items = []py.Object{typ}
	}
	classes := make([]*py.Class, len(items))
	for i, it := range items {
		c, ok := it.(*py.Class)
		if !ok || !c.IsSubclass(py.BaseException) {
			return nil, py.Errorf(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		if c.IsSubclass(py.BaseExceptionGroup) {
			return nil, py.Errorf(py.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		classes[i] = c
	}
	return classes, nil
}

// StarEnd returns the exception that leaves a try statement with except*
// clauses, or nil: raised lists what the clauses raised (a bare raise
// re-raises the clause's match) and rest what no clause matched. Parts of
// orig that propagate again keep orig's nesting; new exceptions from the
// clauses join them in a new ExceptionGroup. A naked exception that nobody
// handled propagates naked.
func StarEnd(orig *py.Exc, raised []*py.Exc, rest *py.Exc) *py.Exc {
	all := raised
	if rest != nil {
		all = append(all, rest)
	}
	if len(all) == 0 {
		return nil
	}
	origLeaves := map[*py.Exc]bool{}
	for _, l := range orig.Leaves() {
		origLeaves[l] = true
	}
	var fresh []*py.Exc
	keepLeaves := map[*py.Exc]bool{}
	for _, e := range all {
		leaves := e.Leaves()
		own := true
		for _, l := range leaves {
			own = own && origLeaves[l]
		}
		if !own {
			fresh = append(fresh, e)
			continue
		}
		for _, l := range leaves {
			keepLeaves[l] = true
		}
	}
	if orig.Group == nil {
		// Only one clause can have seen a naked exception.
		if len(fresh) > 0 {
			return fresh[0]
		}
		return orig
	}
	keep, _ := orig.Split(func(e *py.Exc) bool { return e.Group == nil && keepLeaves[e] })
	if keep != nil {
		fresh = append(fresh, keep)
	}
	if len(fresh) == 1 {
		return fresh[0]
	}
	return py.NewExceptionGroup("", fresh)
}
