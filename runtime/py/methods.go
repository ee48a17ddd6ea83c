package py

import (
	"math"
	"math/big"
	"math/bits"
	"sync"
)

// builtinMethods holds the methods of built-in types by class and name.
// The methods of str, bytes, the containers and the numbers are added on
// the first lookup of any method (see ensureMethods), those of other
// packages' runtime types by their init functions; read-only afterwards.
// Readers call ensureMethods first.
var builtinMethods = map[*Class]map[string]*Function{}

// methodsOnce guards the lazy part of builtinMethods and excMethods.
var methodsOnce sync.Once

// ensureMethods fills in the methods of the built-in types once: a program
// that never looks one up does not pay for building them at start-up.
func ensureMethods() { methodsOnce.Do(initMethods) }

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

func initMethods() {
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
	initGroupMethods()
}

func isLetterRune(r rune) bool { return isLetter(r) }

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
