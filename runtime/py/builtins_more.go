package py

// The rest of CPython's builtin names the checker accepts: the warning
// classes a program may raise or catch, UnicodeTranslateError, exit and
// quit, aiter and anext.
var (
	// UnicodeTranslateError is the builtin of that name.
	UnicodeTranslateError = NewClass("UnicodeTranslateError", "builtins", UnicodeError)
	// BytesWarning and the following are the builtin warning classes.
	BytesWarning              = NewClass("BytesWarning", "builtins", Warning)
	EncodingWarning           = NewClass("EncodingWarning", "builtins", Warning)
	FutureWarning             = NewClass("FutureWarning", "builtins", Warning)
	ImportWarning             = NewClass("ImportWarning", "builtins", Warning)
	PendingDeprecationWarning = NewClass("PendingDeprecationWarning", "builtins", Warning)
	ResourceWarning           = NewClass("ResourceWarning", "builtins", Warning)
	SyntaxWarning             = NewClass("SyntaxWarning", "builtins", Warning)
	UnicodeWarning            = NewClass("UnicodeWarning", "builtins", Warning)
)

func init() {
	for _, c := range []*Class{UnicodeTranslateError, BytesWarning, EncodingWarning, FutureWarning,
		ImportWarning, PendingDeprecationWarning, ResourceWarning, SyntaxWarning, UnicodeWarning} {
		Builtins[c.Name] = c
	}
	exit := func(name string) {
		defBuiltin(name, []string{"code"}, 0, func(a []Object) (Object, *Exc) {
			if a[0] == nil {
				return nil, NewExc(SystemExit)
			}
			return nil, NewExc(SystemExit, a[0])
		})
	}
	exit("exit")
	exit("quit")
	defBuiltin("aiter", []string{"async_iterable"}, 1, func(a []Object) (Object, *Exc) {
		if g, ok := a[0].(*AsyncGenerator); ok {
			return g, nil
		}
		if _, e := GetAttr(a[0], "__aiter__"); e != nil {
			return nil, Errorf(TypeError, "'%s' object is not an async iterable", TypeName(a[0]))
		}
		return CallMethod(a[0], "__aiter__", nil, nil)
	})
	Builtins["anext"] = NewBuiltin("anext", func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "anext() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, Errorf(TypeError, "anext expected at least 1 argument, got %d", len(args))
		}
		var aw Object
		if g, ok := args[0].(*AsyncGenerator); ok {
			aw = g.ANext()
		} else {
			if _, e := GetAttr(args[0], "__anext__"); e != nil {
				return nil, Errorf(TypeError, "'%s' object is not an async iterator", TypeName(args[0]))
			}
			r, e := CallMethod(args[0], "__anext__", nil, nil)
			if e != nil {
				return nil, e
			}
			aw = r
		}
		if len(args) == 1 {
			return aw, nil
		}
		inner, ok := aw.(Awaiter)
		if !ok {
			return nil, Errorf(TypeError, "'%s' object is not awaitable", TypeName(aw))
		}
		return &anextDefault{inner: inner, def: args[1]}, nil
	})
}

// anextDefault is the awaitable of anext(it, default): it returns default
// instead of raising StopAsyncIteration.
type anextDefault struct {
	inner Awaiter
	def   Object
}

func (a *anextDefault) Resume(sent Object, thrown *Exc) (Object, Status, *Exc) {
	r, st, e := a.inner.Resume(sent, thrown)
	if st == Raised && e.Matches(StopAsyncIteration) {
		return a.def, Returned, nil
	}
	return r, st, e
}
