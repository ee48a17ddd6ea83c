package py

import "slices"

// Kwarg is one keyword argument of a call.
type Kwarg struct {
	Name  string
	Value Object
}

// Function is a Python function: a compiled "def", a lambda, or a builtin.
// Fn receives the positional arguments and keyword arguments exactly as
// the caller passed them; when Sig is set, Call binds them first (see
// Signature.Bind) and Fn receives one slot per parameter instead, with no
// keyword arguments.
type Function struct {
	Name     string
	QualName string
	Module   string
	// Builtin marks builtin functions (repr "<built-in function len>").
	Builtin bool
	// Sig, when set, makes Call bind arguments before calling Fn.
	Sig *Signature
	// Fn is the function's body.
	Fn func(args []Object, kw []Kwarg) (Object, *Exc)
	// Attrs holds function attributes (nil when none).
	Attrs map[string]Object
	// Code describes a compiled function's source (nil for builtins); reprs
	// such as a future's callbacks show its file and first line.
	Code *Code
}

// NewBuiltin returns a builtin function named name.
func NewBuiltin(name string, fn func(args []Object, kw []Kwarg) (Object, *Exc)) *Function {
	return &Function{Name: name, QualName: name, Module: "builtins", Builtin: true, Fn: fn}
}

// NewFunction returns a Python-level function whose arguments are bound
// with sig before fn runs.
func NewFunction(name, qualname string, sig *Signature, fn func(args []Object, kw []Kwarg) (Object, *Exc)) *Function {
	return &Function{Name: name, QualName: qualname, Module: "__main__", Sig: sig, Fn: fn}
}

// Signature describes a Python parameter list so that dynamic calls can be
// bound to slots: Params (positional-or-keyword, the first PosOnly of
// them positional-only), then KwOnly, then *args (a Tuple) when VarArgs,
// then **kwargs (a *Dict) when VarKw.
type Signature struct {
	Params     []string
	PosOnly    int
	KwOnly     []string
	VarArgs    bool
	VarKw      bool
	Defaults   []Object          // defaults of the last len(Defaults) Params
	KwDefaults map[string]Object // defaults of keyword-only parameters
}

// Bind maps a call's arguments to parameter slots, with CPython's errors
// ("f() missing 1 required positional argument: 'x'", ...). fname is
// the function's name as messages show it.
func (s *Signature) Bind(fname string, args []Object, kw []Kwarg) ([]Object, *Exc) {
	np, nk := len(s.Params), len(s.KwOnly)
	if len(args) == np && len(kw) == 0 && nk == 0 && !s.VarArgs && !s.VarKw {
		// Every parameter is given by position: the slots are the
		// arguments, which callers never reuse.
		return args, nil
	}
	n := np + nk
	if s.VarArgs {
		n++
	}
	if s.VarKw {
		n++
	}
	slots := make([]Object, n)
	if len(args) > np && !s.VarArgs {
		return nil, tooManyPositional(fname, s, len(args))
	}
	copy(slots, args[:min(len(args), np)])
	if s.VarArgs {
		extra := Tuple{}
		if len(args) > np {
			extra = slices.Clone(Tuple(args[np:]))
		}
		slots[np+nk] = extra
	}
	var kwd *Dict
	if s.VarKw {
		kwd = NewDict()
		slots[n-1] = kwd
	}
	for _, k := range kw {
		i := slices.Index(s.Params, k.Name)
		if i >= 0 && i < s.PosOnly {
			i = -1
		}
		if i >= 0 {
			if i < len(args) {
				return nil, Errorf(TypeError, "%s() got multiple values for argument '%s'", fname, k.Name)
			}
			slots[i] = k.Value
			continue
		}
		if j := slices.Index(s.KwOnly, k.Name); j >= 0 {
			slots[np+j] = k.Value
			continue
		}
		if kwd != nil {
			kwd.SetStr(k.Name, k.Value)
			continue
		}
		return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k.Name)
	}
	var missing []string
	firstDefault := np - len(s.Defaults)
	for i := 0; i < np; i++ {
		if slots[i] != nil {
			continue
		}
		if i >= firstDefault {
			slots[i] = s.Defaults[i-firstDefault]
			continue
		}
		missing = append(missing, s.Params[i])
	}
	if len(missing) > 0 {
		return nil, missingArgs(fname, "positional", missing)
	}
	for j, name := range s.KwOnly {
		if slots[np+j] != nil {
			continue
		}
		if d, ok := s.KwDefaults[name]; ok {
			slots[np+j] = d
			continue
		}
		missing = append(missing, name)
	}
	if len(missing) > 0 {
		return nil, missingArgs(fname, "keyword-only", missing)
	}
	return slots, nil
}

func tooManyPositional(fname string, s *Signature, given int) *Exc {
	np := len(s.Params)
	want := sprintf("%d", np)
	if len(s.Defaults) > 0 {
		want = sprintf("from %d to %d", np-len(s.Defaults), np)
	}
	plural := "s"
	if np == 1 && len(s.Defaults) == 0 {
		plural = ""
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	return Errorf(TypeError, "%s() takes %s positional argument%s but %d %s given", fname, want, plural, given, was)
}

func missingArgs(fname, kind string, names []string) *Exc {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		for i, q := range quoted[:len(quoted)-1] {
			if i > 0 {
				list += ", "
			}
			list += q
		}
		list += ", and " + quoted[len(quoted)-1]
	}
	plural := "s"
	if len(names) == 1 {
		plural = ""
	}
	return Errorf(TypeError, "%s() missing %d required %s argument%s: %s", fname, len(names), kind, plural, list)
}

// Method is a bound method: Func called with Self prepended.
type Method struct {
	Self Object
	Func Object
}

// Call calls callable with positional args and keyword args (kw may be
// nil): functions, bound methods, classes (instantiation), and instances
// with __call__.
func Call(callable Object, args []Object, kw []Kwarg) (Object, *Exc) {
	switch f := callable.(type) {
	case *Function:
		if f.Sig != nil {
			slots, e := f.Sig.Bind(f.QualName, args, kw)
			if e != nil {
				return nil, e
			}
			return f.Fn(slots, nil)
		}
		return f.Fn(args, kw)
	case *Method:
		full := make([]Object, 0, len(args)+1)
		full = append(append(full, f.Self), args...)
		return Call(f.Func, full, kw)
	case *Class:
		return f.instantiate(args, kw)
	case *Instance:
		if m, ok := f.Class.Lookup("__call__"); ok {
			return Call(&Method{Self: f, Func: m}, args, kw)
		}
	case Caller:
		return f.PyCall(args, kw)
	}
	return nil, Errorf(TypeError, "'%s' object is not callable", TypeName(callable))
}

// Caller is implemented by runtime objects that are called like functions
// (operator.itemgetter and its kind): Call and callable() honour it.
type Caller interface {
	PyCall(args []Object, kw []Kwarg) (Object, *Exc)
}

// Call0 calls callable with no arguments.
func Call0(callable Object) (Object, *Exc) { return Call(callable, nil, nil) }

// Call1 calls callable with one positional argument.
func Call1(callable, a Object) (Object, *Exc) { return Call(callable, []Object{a}, nil) }

// StaticMethod wraps a function defined with @staticmethod.
type StaticMethod struct{ Func Object }

// ClassMethod wraps a function defined with @classmethod.
type ClassMethod struct{ Func Object }

// Property is a @property: Get is called with the instance; Set (may be
// nil) with the instance and the value.
type Property struct {
	Get, Set, Del Object
}
