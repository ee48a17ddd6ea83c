package py

import (
	"math/big"

	"github.com/asyncgen/asyncgen/runtime/pyfmt"
)

// Builtins maps the name of every builtin function and type to its value,
// for generated code that resolves builtin names dynamically. It is filled
// once by init and read-only afterwards.
var Builtins = map[string]Object{}

// builtinConstructors calls a built-in type: int(...), str(...), ...
var builtinConstructors = map[*Class]func(args []Object, kw []Kwarg) (Object, *Exc){}

func defBuiltin(name string, names []string, required int, fn func(a []Object) (Object, *Exc)) {
	Builtins[name] = NewBuiltin(name, func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs(name, args, kw, names, required)
		if e != nil {
			return nil, e
		}
		return fn(a)
	})
}

func defVarBuiltin(name string, fn func(args []Object, kw []Kwarg) (Object, *Exc)) {
	Builtins[name] = NewBuiltin(name, fn)
}

func defType(cls *Class, fn func(args []Object, kw []Kwarg) (Object, *Exc)) {
	builtinConstructors[cls] = fn
	Builtins[cls.Name] = cls
}

func init() {
	initBuiltinTypes()
	initBuiltinFuncs()
	initIterBuiltins()
	for _, c := range []*Class{BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception,
		ExceptionGroup, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
		AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
		MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError,
		BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError,
		FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
		ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
		StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError,
		ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, DeprecationWarning,
		RuntimeWarning, UserWarning} {
		Builtins[c.Name] = c
	}
	Builtins["EnvironmentError"] = OSError
	Builtins["IOError"] = OSError
	Builtins["None"] = None
	Builtins["NotImplemented"] = NotImplemented
	Builtins["Ellipsis"] = Ellipsis
}

func initBuiltinTypes() {
	defType(IntType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("int", args, kw, []string{"x", "base"}, 0)
		if e != nil {
			return nil, e
		}
		if a[0] == nil {
			return 0, nil
		}
		if a[1] != nil {
			base, e := Index(a[1])
			if e != nil {
				return nil, e
			}
			switch s := a[0].(type) {
			case string:
				return IntFromString(s, base)
			case Bytes:
				return IntFromString(string(s), base)
			}
			return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
		}
		return ToInt(a[0])
	})
	defType(FloatType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("float", args, kw, []string{"x"}, 0)
		if e != nil {
			return nil, e
		}
		if a[0] == nil {
			return 0.0, nil
		}
		return ToFloat(a[0])
	})
	defType(StrType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("str", args, kw, []string{"object", "encoding", "errors"}, 0)
		if e != nil {
			return nil, e
		}
		if a[0] == nil {
			return "", nil
		}
		if b, ok := a[0].(Bytes); ok && a[1] != nil {
			enc, _ := a[1].(string)
			errs, _ := a[2].(string)
			return BytesDecode(b, enc, errs)
		}
		return StrE(a[0])
	})
	defType(BoolType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("bool", args, kw, []string{"x"}, 0)
		if e != nil {
			return nil, e
		}
		if a[0] == nil {
			return false, nil
		}
		return Truth(a[0])
	})
	defType(ListType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("list", args, kw, []string{"iterable"}, 0)
		if e != nil {
			return nil, e
		}
		if a[0] == nil {
			return NewList(), nil
		}
		items, e := ToSlice(a[0])
		if e != nil {
			return nil, e
		}
		return NewList(append([]Object{}, items...)...), nil
	})
	defType(TupleType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("tuple", args, kw, []string{"iterable"}, 0)
		if e != nil {
			return nil, e
		}
		if a[0] == nil {
			return Tuple{}, nil
		}
		if t, ok := a[0].(Tuple); ok {
			return t, nil
		}
		items, e := ToSlice(a[0])
		if e != nil {
			return nil, e
		}
		return Tuple(append([]Object{}, items...)), nil
	})
	defType(DictType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) > 1 {
			return nil, Errorf(TypeError, "dict expected at most 1 argument, got %d", len(args))
		}
		d := NewDict()
		if len(args) == 1 {
			if e := d.Update(args[0]); e != nil {
				return nil, e
			}
		}
		for _, k := range kw {
			d.SetStr(k.Name, k.Value)
		}
		return d, nil
	})
	setCtor := func(name string, frozen bool) func(args []Object, kw []Kwarg) (Object, *Exc) {
		return func(args []Object, kw []Kwarg) (Object, *Exc) {
			a, e := bindArgs(name, args, kw, []string{"iterable"}, 0)
			if e != nil {
				return nil, e
			}
			if frozen {
				if f, ok := a[0].(*FrozenSet); ok {
					return f, nil
				}
			}
			return setFrom(a[0], frozen)
		}
	}
	defType(SetType, setCtor("set", false))
	defType(FrozenSetType, setCtor("frozenset", true))
	defType(BytesType, func(args []Object, kw []Kwarg) (Object, *Exc) { return NewBytes(args) })
	defType(RangeType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "range() takes no keyword arguments")
		}
		n := make([]int, len(args))
		for i, x := range args {
			v, e := Index(x)
			if e != nil {
				return nil, e
			}
			n[i] = v
		}
		switch len(n) {
		case 1:
			return NewRange(0, n[0], 1)
		case 2:
			return NewRange(n[0], n[1], 1)
		case 3:
			return NewRange(n[0], n[1], n[2])
		case 0:
			return nil, Errorf(TypeError, "range expected at least 1 argument, got 0")
		}
		return nil, Errorf(TypeError, "range expected at most 3 arguments, got %d", len(n))
	})
	defType(SliceType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None), nil
		case 2:
			return NewSlice(args[0], args[1], None), nil
		case 3:
			return NewSlice(args[0], args[1], args[2]), nil
		}
		return nil, Errorf(TypeError, "slice expected at least 1 argument, got %d", len(args))
	})
	defType(TypeType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
		}
		return TypeOf(args[0]), nil
	})
	defType(ObjectClass, func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, Errorf(TypeError, "object() takes no arguments")
		}
		return NewInstance(ObjectClass), nil
	})
	defType(PropertyType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("property", args, kw, []string{"fget", "fset", "fdel"}, 0)
		if e != nil {
			return nil, e
		}
		return &Property{Get: a[0], Set: a[1], Del: a[2]}, nil
	})
	defType(StaticMethodType, func(args []Object, kw []Kwarg) (Object, *Exc) { return &StaticMethod{Func: args[0]}, nil })
	defType(ClassMethodType, func(args []Object, kw []Kwarg) (Object, *Exc) { return &ClassMethod{Func: args[0]}, nil })
}

func initBuiltinFuncs() {
	defBuiltin("len", []string{"obj"}, 1, func(a []Object) (Object, *Exc) { return Len(a[0]) })
	defBuiltin("repr", []string{"obj"}, 1, func(a []Object) (Object, *Exc) { return ReprE(a[0]) })
	defBuiltin("ascii", []string{"obj"}, 1, func(a []Object) (Object, *Exc) { return Ascii(a[0]) })
	defBuiltin("abs", []string{"x"}, 1, func(a []Object) (Object, *Exc) { return Abs(a[0]) })
	defBuiltin("divmod", []string{"x", "y"}, 2, func(a []Object) (Object, *Exc) { return DivMod(a[0], a[1]) })
	defBuiltin("pow", []string{"base", "exp", "mod"}, 2, func(a []Object) (Object, *Exc) {
		if a[2] != nil && a[2] != None {
			return PowMod(a[0], a[1], a[2])
		}
		return Pow(a[0], a[1])
	})
	defBuiltin("round", []string{"number", "ndigits"}, 1, func(a []Object) (Object, *Exc) { return Round(a[0], a[1]) })
	defBuiltin("hash", []string{"obj"}, 1, func(a []Object) (Object, *Exc) { return Hash(a[0]) })
	defBuiltin("id", []string{"obj"}, 1, func(a []Object) (Object, *Exc) { return identityHash(a[0]), nil })
	defBuiltin("callable", []string{"obj"}, 1, func(a []Object) (Object, *Exc) { return IsCallable(a[0]), nil })
	defBuiltin("chr", []string{"i"}, 1, func(a []Object) (Object, *Exc) {
		n, e := Index(a[0])
		if e != nil {
			return nil, e
		}
		if n < 0 || n > 0x10ffff {
			return nil, Errorf(ValueError, "chr() arg not in range(0x110000)")
		}
		return string(rune(n)), nil
	})
	defBuiltin("ord", []string{"c"}, 1, func(a []Object) (Object, *Exc) {
		switch s := a[0].(type) {
		case string:
			rs := []rune(s)
			if len(rs) != 1 {
				return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(rs))
			}
			return int(rs[0]), nil
		case Bytes:
			if len(s) != 1 {
				return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(s))
			}
			return int(s[0]), nil
		}
		return nil, Errorf(TypeError, "ord() expected string of length 1, but %s found", TypeName(a[0]))
	})
	for _, b := range []struct {
		name string
		base int
	}{{"hex", 16}, {"oct", 8}, {"bin", 2}} {
		b := b
		defBuiltin(b.name, []string{"number"}, 1, func(a []Object) (Object, *Exc) {
			s, bg, ok := asInt(a[0])
			if !ok {
				if r, found, e := callDunder(a[0], "__index__"); found {
					if e != nil {
						return nil, e
					}
					s, bg, ok = asInt(r)
				}
			}
			if !ok {
				return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(a[0]))
			}
			return IntToBase(toBig(s, bg), b.base), nil
		})
	}
	defBuiltin("format", []string{"value", "format_spec"}, 1, func(a []Object) (Object, *Exc) {
		spec := ""
		if a[1] != nil {
			s, e := strArg("format", a[1])
			if e != nil {
				return nil, e
			}
			spec = s
		}
		return Format(a[0], spec)
	})
	defBuiltin("isinstance", []string{"obj", "class_or_tuple"}, 2, func(a []Object) (Object, *Exc) { return IsInstance(a[0], a[1]) })
	defBuiltin("issubclass", []string{"cls", "class_or_tuple"}, 2, func(a []Object) (Object, *Exc) {
		c, ok := a[0].(*Class)
		if !ok {
			return nil, Errorf(TypeError, "issubclass() arg 1 must be a class")
		}
		return classMatches(c, a[1])
	})
	defBuiltin("getattr", []string{"object", "name", "default"}, 2, func(a []Object) (Object, *Exc) {
		name, ok := a[1].(string)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(a[1]))
		}
		v, e := GetAttr(a[0], name)
		if e != nil && a[2] != nil && e.Matches(AttributeError) {
			return a[2], nil
		}
		return v, e
	})
	defBuiltin("setattr", []string{"obj", "name", "value"}, 3, func(a []Object) (Object, *Exc) {
		name, ok := a[1].(string)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(a[1]))
		}
		return None, SetAttr(a[0], name, a[2])
	})
	defBuiltin("hasattr", []string{"obj", "name"}, 2, func(a []Object) (Object, *Exc) {
		name, ok := a[1].(string)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(a[1]))
		}
		return HasAttr(a[0], name)
	})
	defBuiltin("delattr", []string{"obj", "name"}, 2, func(a []Object) (Object, *Exc) {
		name, _ := a[1].(string)
		return None, DelAttr(a[0], name)
	})
	defVarBuiltin("print", func(args []Object, kw []Kwarg) (Object, *Exc) { return None, Print(args, kw) })
	defBuiltin("input", []string{"prompt"}, 0, func(a []Object) (Object, *Exc) {
		prompt := ""
		if a[0] != nil {
			s, e := StrE(a[0])
			if e != nil {
				return nil, e
			}
			prompt = s
		}
		return Input(prompt)
	})
	defVarBuiltin("open", Open)
	defBuiltin("vars", []string{"object"}, 1, func(a []Object) (Object, *Exc) {
		r, e := GetAttr(a[0], "__dict__")
		if e != nil {
			return nil, Errorf(TypeError, "vars() argument must have __dict__ attribute")
		}
		return r, nil
	})
}

// IsCallable is callable(o).
func IsCallable(o Object) bool {
	switch v := o.(type) {
	case *Function, *Method, *Class, Caller:
		return true
	case *Instance:
		_, ok := v.Class.Lookup("__call__")
		return ok
	}
	return false
}

// IsInstance is isinstance(o, classinfo) where classinfo is a class or a
// tuple of them.
func IsInstance(o, classinfo Object) (bool, *Exc) { return classMatches(TypeOf(o), classinfo) }

func classMatches(c *Class, classinfo Object) (bool, *Exc) {
	switch ci := classinfo.(type) {
	case *Class:
		return c.IsSubclass(ci), nil
	case Tuple:
		for _, x := range ci {
			ok, e := classMatches(c, x)
			if e != nil || ok {
				return ok, e
			}
		}
		return false, nil
	}
	return false, Errorf(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// IntToBase is hex/oct/bin of an int: "0x1f", "-0b101".
func IntToBase(v *big.Int, base int) string {
	prefix := map[int]string{16: "0x", 8: "0o", 2: "0b"}[base]
	s := new(big.Int).Abs(v).Text(base)
	if v.Sign() < 0 {
		return "-" + prefix + s
	}
	return prefix + s
}

// Round is round(number[, ndigits]).
func Round(n, ndigits Object) (Object, *Exc) {
	hasDigits := ndigits != nil && ndigits != None
	switch v := n.(type) {
	case float64:
		if !hasDigits {
			return RoundToInt(v)
		}
		d, e := Index(ndigits)
		if e != nil {
			return nil, e
		}
		r, err := pyfmt.RoundFloat(v, d)
		if err != nil {
			return nil, fmtErr(err)
		}
		return r, nil
	case int, bool, *big.Int:
		if !hasDigits {
			return Pos(v)
		}
		d, e := Index(ndigits)
		if e != nil {
			return nil, e
		}
		p, _ := Pos(v)
		return RoundInt(p, d), nil
	case *Instance:
		args := []Object{}
		if hasDigits {
			args = append(args, ndigits)
		}
		if r, found, e := callDunder(v, "__round__", args...); found {
			return r, e
		}
	}
	return nil, Errorf(TypeError, "type %s doesn't define __round__ method", TypeName(n))
}

// Sum is sum(iterable, start).
func Sum(iterable, start Object) (Object, *Exc) {
	switch start.(type) {
	case string:
		return nil, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case Bytes:
		return nil, Errorf(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	it, e := Iter(iterable)
	if e != nil {
		return nil, e
	}
	acc := start
	// Fast path: machine ints.
	if n, ok := acc.(int); ok {
		for {
			v, more, e := it.Next()
			if e != nil {
				return nil, e
			}
			if !more {
				return n, nil
			}
			if x, ok := v.(int); ok {
				if s, ok := AddInt(n, x); ok {
					n = s
					continue
				}
			}
			r, e := Add(n, v)
			if e != nil {
				return nil, e
			}
			acc = r
			break
		}
	}
	if f, ok := acc.(float64); ok {
		// CPython sums floats with plain double additions too.
		for {
			v, more, e := it.Next()
			if e != nil {
				return nil, e
			}
			if !more {
				return f, nil
			}
			if x, ok := v.(float64); ok {
				f += x
				continue
			}
			r, e := Add(f, v)
			if e != nil {
				return nil, e
			}
			acc = r
			break
		}
	}
	for {
		v, more, e := it.Next()
		if e != nil {
			return nil, e
		}
		if !more {
			return acc, nil
		}
		if acc, e = Add(acc, v); e != nil {
			return nil, e
		}
	}
}

// MinMax is min(...) (max false) or max(...) with key and default.
func MinMax(isMax bool, args []Object, kw []Kwarg) (Object, *Exc) {
	name := "min"
	if isMax {
		name = "max"
	}
	var key, def Object
	hasDef := false
	for _, k := range kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "default":
			def, hasDef = k.Value, true
		default:
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
	}
	var items []Object
	switch len(args) {
	case 0:
		return nil, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
	case 1:
		var e *Exc
		if items, e = ToSlice(args[0]); e != nil {
			return nil, e
		}
		if len(items) == 0 {
			if hasDef {
				return def, nil
			}
			return nil, Errorf(ValueError, "%s() arg is an empty sequence", name)
		}
	default:
		if hasDef {
			return nil, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args
	}
	best := items[0]
	bestKey := best
	if key != nil && key != None {
		var e *Exc
		if bestKey, e = Call(key, []Object{best}, nil); e != nil {
			return nil, e
		}
	}
	for _, x := range items[1:] {
		k := x
		if key != nil && key != None {
			var e *Exc
			if k, e = Call(key, []Object{x}, nil); e != nil {
				return nil, e
			}
		}
		var better bool
		var e *Exc
		if isMax {
			better, e = Gt(k, bestKey)
		} else {
			better, e = Lt(k, bestKey)
		}
		if e != nil {
			return nil, e
		}
		if better {
			best, bestKey = x, k
		}
	}
	return best, nil
}

// Sorted is sorted(iterable, key=..., reverse=...).
func Sorted(iterable, key Object, reverse bool) (*List, *Exc) {
	items, e := ToSlice(iterable)
	if e != nil {
		return nil, e
	}
	l := NewList(append([]Object{}, items...)...)
	return l, l.Sort(key, reverse)
}

func initIterBuiltins() {
	defBuiltin("iter", []string{"object"}, 1, func(a []Object) (Object, *Exc) { return Iter(a[0]) })
	defBuiltin("next", []string{"iterator", "default"}, 1, func(a []Object) (Object, *Exc) {
		if a[1] != nil {
			return NextBuiltin(a[0], a[1])
		}
		return NextBuiltin(a[0])
	})
	defBuiltin("sum", []string{"iterable", "start"}, 1, func(a []Object) (Object, *Exc) {
		start := a[1]
		if start == nil {
			start = 0
		}
		return Sum(a[0], start)
	})
	defVarBuiltin("min", func(args []Object, kw []Kwarg) (Object, *Exc) { return MinMax(false, args, kw) })
	defVarBuiltin("max", func(args []Object, kw []Kwarg) (Object, *Exc) { return MinMax(true, args, kw) })
	defVarBuiltin("sorted", func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "sorted expected 1 argument, got %d", len(args))
		}
		a, e := bindArgs("sorted", nil, kw, []string{"key", "reverse"}, 0)
		if e != nil {
			return nil, e
		}
		rev, e := boolArg(a[1])
		if e != nil {
			return nil, e
		}
		return Sorted(args[0], a[0], rev)
	})
	defBuiltin("any", []string{"iterable"}, 1, func(a []Object) (Object, *Exc) { return anyAll(a[0], true) })
	defBuiltin("all", []string{"iterable"}, 1, func(a []Object) (Object, *Exc) { return anyAll(a[0], false) })
	defBuiltin("reversed", []string{"sequence"}, 1, func(a []Object) (Object, *Exc) { return Reversed(a[0]) })
	defBuiltin("enumerate", []string{"iterable", "start"}, 1, func(a []Object) (Object, *Exc) {
		start := Object(0)
		if a[1] != nil {
			start = a[1]
		}
		return Enumerate(a[0], start)
	})
	defVarBuiltin("zip", func(args []Object, kw []Kwarg) (Object, *Exc) {
		strict := false
		for _, k := range kw {
			if k.Name != "strict" {
				return nil, Errorf(TypeError, "zip() got an unexpected keyword argument '%s'", k.Name)
			}
			strict, _ = Truth(k.Value)
		}
		return Zip(strict, args...)
	})
	defVarBuiltin("map", func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) < 2 {
			return nil, Errorf(TypeError, "map() must have at least two arguments.")
		}
		return Map(args[0], args[1:]...)
	})
	defBuiltin("filter", []string{"function", "iterable"}, 2, func(a []Object) (Object, *Exc) { return Filter(a[0], a[1]) })
}
