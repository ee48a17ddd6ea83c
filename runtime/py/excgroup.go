package py

import "fmt"

// Exception groups (PEP 654). A BaseExceptionGroup or ExceptionGroup is an
// *Exc whose Args are (message, excs) and whose Group holds the
// sub-exceptions; str() adds " (N sub-exceptions)" to the message.

// NewExceptionGroup returns BaseExceptionGroup(msg, excs), which is an
// ExceptionGroup when every member is an Exception, as CPython decides.
func NewExceptionGroup(msg string, excs []*Exc) *Exc {
	cls := ExceptionGroup
	for _, e := range excs {
		if !e.Matches(Exception) {
			cls = BaseExceptionGroup
		}
	}
	return newGroup(cls, msg, excs)
}

func newGroup(cls *Class, msg string, excs []*Exc) *Exc {
	items := make([]Object, len(excs))
	for i, e := range excs {
		items[i] = e
	}
	return &Exc{Class: cls, Args: Tuple{msg, NewList(items...)}, Group: append([]*Exc(nil), excs...)}
}

// initGroup checks and records the arguments of BaseExceptionGroup(msg,
// excs) called from Python, choosing ExceptionGroup when the built-in
// BaseExceptionGroup is given only Exceptions.
func initGroup(exc *Exc, args []Object) *Exc {
	name := exc.Class.Name
	if len(args) != 2 {
		return Errorf(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := args[0].(string); !ok {
		return Errorf(TypeError, "argument 1 must be str, not %s", TypeName(args[0]))
	}
	switch args[1].(type) {
	case *List, Tuple:
	default:
		return Errorf(TypeError, "second argument (exceptions) must be a sequence")
	}
	items, e := ToSlice(args[1])
	if e != nil {
		return e
	}
	if len(items) == 0 {
		return Errorf(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	allExceptions := true
	for i, it := range items {
		sub, ok := it.(*Exc)
		if !ok {
			return Errorf(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		exc.Group = append(exc.Group, sub)
		allExceptions = allExceptions && sub.Matches(Exception)
	}
	switch {
	case exc.Class == BaseExceptionGroup && allExceptions:
		exc.Class = ExceptionGroup
	case exc.Class.IsSubclass(Exception) && !allExceptions:
		return Errorf(TypeError, "Cannot nest BaseExceptions in an %s", name)
	}
	return nil
}

// groupMessage is str() of an exception group.
func groupMessage(e *Exc) string {
	msg := ""
	if len(e.Args) > 0 {
		msg = Str(e.Args[0])
	}
	n := len(e.Group)
	s := "s"
	if n == 1 {
		s = ""
	}
	return fmt.Sprintf("%s (%d sub-exception%s)", msg, n, s)
}

// Split divides a group into the part whose leaf exceptions satisfy
// match and the rest, each keeping the group's nesting, message, class,
// traceback, cause and context (CPython's split and derive); either is nil
// when empty. A group whose every leaf matches is returned whole.
func (e *Exc) Split(match func(*Exc) bool) (matched, rest *Exc) {
	if match(e) {
		return e, nil
	}
	if e.Group == nil {
		return nil, e
	}
	var in, out []*Exc
	for _, sub := range e.Group {
		m, r := sub.Split(match)
		if m != nil {
			in = append(in, m)
		}
		if r != nil {
			out = append(out, r)
		}
	}
	return e.derive(in), e.derive(out)
}

// derive is a copy of group e holding excs instead of its members.
func (e *Exc) derive(excs []*Exc) *Exc {
	if len(excs) == 0 {
		return nil
	}
	if len(excs) == len(e.Group) {
		same := true
		for i, x := range excs {
			same = same && x == e.Group[i]
		}
		if same {
			return e // a complete subset is the group itself
		}
	}
	msg := ""
	if len(e.Args) > 0 {
		msg, _ = e.Args[0].(string)
	}
	var d *Exc
	if e.Class == ExceptionGroup || e.Class == BaseExceptionGroup {
		d = NewExceptionGroup(msg, excs)
	} else {
		d = newGroup(e.Class, msg, excs)
	}
	d.Traceback = append([]Frame(nil), e.Traceback...)
	d.Cause, d.Context, d.SuppressContext = e.Cause, e.Context, e.SuppressContext
	return d
}

// Leaves returns the exceptions of a group that are not groups themselves,
// depth first, or e itself when it is not a group.
func (e *Exc) Leaves() []*Exc {
	if e.Group == nil {
		return []*Exc{e}
	}
	var out []*Exc
	for _, sub := range e.Group {
		out = append(out, sub.Leaves()...)
	}
	return out
}

// initGroupMethods defines the split, subgroup and derive methods of
// exception groups.
func initGroupMethods() {
	excMethods["split"] = NewBuiltin("split", func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("split", args[1:], kw, []string{"matcher_value"}, 1)
		if e != nil {
			return nil, e
		}
		matched, rest, e := splitBy(args[0].(*Exc), a[0])
		if e != nil {
			return nil, e
		}
		return Tuple{excOrNone(matched), excOrNone(rest)}, nil
	})
	excMethods["subgroup"] = NewBuiltin("subgroup", func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("subgroup", args[1:], kw, []string{"matcher_value"}, 1)
		if e != nil {
			return nil, e
		}
		matched, _, e := splitBy(args[0].(*Exc), a[0])
		if e != nil {
			return nil, e
		}
		return excOrNone(matched), nil
	})
	excMethods["derive"] = NewBuiltin("derive", func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("derive", args[1:], kw, []string{"excs"}, 1)
		if e != nil {
			return nil, e
		}
		g := args[0].(*Exc)
		msg := Object("")
		if len(g.Args) > 0 {
			msg = g.Args[0]
		}
		return Call(BaseExceptionGroup, []Object{msg, a[0]}, nil)
	})
}

func excOrNone(e *Exc) Object {
	if e == nil {
		return None
	}
	return e
}

// splitBy is group.split(condition): condition is an exception class, a
// tuple of them, or a predicate called with each exception (groups
// included, outermost first).
func splitBy(g *Exc, condition Object) (matched, rest *Exc, err *Exc) {
	var match func(*Exc) bool
	switch c := condition.(type) {
	case *Class, Tuple:
		if _, e := classMatches(ExceptionGroup, c); e != nil {
			return nil, nil, Errorf(TypeError, "expected a function, exception type or tuple of exception types")
		}
		match = func(x *Exc) bool {
			ok, _ := classMatches(x.Class, c)
			return ok
		}
	default:
		if !IsCallable(condition) {
			return nil, nil, Errorf(TypeError, "expected a function, exception type or tuple of exception types")
		}
		match = func(x *Exc) bool {
			if err != nil {
				return false
			}
			r, e := Call(condition, []Object{x}, nil)
			if e == nil {
				var ok bool
				if ok, e = Truth(r); e == nil {
					return ok
				}
			}
			err = e
			return false
		}
	}
	matched, rest = g.Split(match)
	if err != nil {
		return nil, nil, err
	}
	return matched, rest, nil
}
