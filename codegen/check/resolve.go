package check

import (
	"sort"
	"strings"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// builtinNames are the names of Python's builtins module.
var builtinNames = setOf(`ArithmeticError AssertionError AttributeError BaseException
BaseExceptionGroup BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError
ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError
DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup
FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError
ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError
KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError
NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning
PermissionError ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError
RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit
TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError
UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning
ZeroDivisionError abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr
classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec exit
filter float format frozenset getattr globals hasattr hash help hex id input int isinstance
issubclass iter len license list locals map max memoryview min next object oct open ord pow
print property quit range repr reversed round set setattr slice sorted staticmethod str sum
super tuple type vars zip __name__ __file__ __doc__`)

// rejectedBuiltins need a runtime compiler or frame introspection, or are
// not in the runtime yet (bytearray, complex, dir).
var rejectedBuiltins = setOf(`eval exec compile globals locals vars breakpoint help
copyright credits license memoryview bytearray complex dir`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// IsBuiltin reports whether name is one of Python's builtins.
func IsBuiltin(name string) bool { return builtinNames[name] }

// AcceptedBuiltins lists, sorted, the builtin names compiled code may use:
// the runtime provides each (a test in codegen checks it), except the
// module constants __name__, __file__ and __doc__, which the compiler
// supplies.
func AcceptedBuiltins() []string {
	var out []string
	for name := range builtinNames {
		if !rejectedBuiltins[name] {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// resolve decides the kind of every symbol, following CPython's symtable
// rules, then checks every read against the bindings.
func (b *binder) resolve(s *Scope) {
	for _, name := range s.order {
		b.resolveSymbol(s, s.Symbols[name])
	}
	for _, c := range s.Children {
		b.resolve(c)
	}
	if s.Kind == ModuleScope {
		b.checkReads()
	}
}

func (b *binder) resolveSymbol(s *Scope, sym *Symbol) {
	switch {
	case sym.Declared && sym.Kind == Global:
		b.info.Module.symbol(sym.Name)
	case sym.Declared && sym.Kind == Free:
		if sym.Owner != nil {
			return
		}
		owner := b.findOwner(s.Parent, sym.Name)
		if owner == nil {
			b.info.Diags = append(b.info.Diags, Diagnostic{Pos: b.declPos(s), Severity: Error,
				Kind: "SyntaxError", Msg: "no binding for nonlocal '" + sym.Name + "' found"})
			sym.Kind = Global
			return
		}
		b.capture(s, sym, owner)
	case s.Kind == ModuleScope:
		sym.Kind = Global
	case sym.Bound:
		// Local (or Cell, once an inner scope captures it).
	default:
		if owner := b.findOwner(s.Parent, sym.Name); owner != nil {
			b.capture(s, sym, owner)
			return
		}
		sym.Kind = Global
	}
}

// declPos is the position of the node that introduced s.
func (b *binder) declPos(s *Scope) ast.Pos {
	if n, ok := s.Node.(ast.Positioned); ok {
		return *n.Span()
	}
	return ast.Pos{Lineno: 1}
}

// findOwner returns the nearest enclosing function scope, from s outwards,
// whose local the name is; class scopes are skipped, as in CPython.
func (b *binder) findOwner(s *Scope, name string) *Scope {
	for ; s != nil && s.Kind != ModuleScope; s = s.Parent {
		if s.Kind == ClassScope {
			if name == ClassCell {
				// The class body provides __class__ to its methods.
				s.symbol(name).Bound = true
				return s
			}
			continue
		}
		sym := s.Symbols[name]
		if sym == nil {
			continue
		}
		if sym.Kind == Global {
			return nil
		}
		if sym.Bound && (sym.Kind == Local || sym.Kind == Cell) && !sym.Declared {
			return s
		}
		if sym.Declared && sym.Kind == Free {
			if sym.Owner == nil {
				b.resolveSymbol(s, sym)
			}
			return sym.Owner
		}
	}
	return nil
}

// capture makes sym a free variable of s referring to owner's local, and
// threads it through every scope in between.
func (b *binder) capture(s *Scope, sym *Symbol, owner *Scope) {
	sym.Kind, sym.Owner = Free, owner
	owner.Symbols[sym.Name].Kind = Cell
	for p := s.Parent; p != owner; p = p.Parent {
		if mid := p.Symbols[sym.Name]; mid != nil && p.Kind == ClassScope && mid.Bound && !mid.Declared {
			// A class body's own binding of the name stays a class
			// attribute; nested functions reach past it.
			continue
		}
		mid := p.symbol(sym.Name)
		if mid.Kind != Free {
			mid.Kind, mid.Owner = Free, owner
		}
	}
}

// checkReads reports reads of names bound nowhere, and of builtins that
// asyncgen cannot compile.
func (b *binder) checkReads() {
	mod := b.info.Module
	for _, u := range b.uses {
		sym := u.scope.Symbols[u.name]
		if sym.Kind != Global {
			continue
		}
		if g := mod.Symbols[u.name]; g != nil && g.Bound {
			continue
		}
		switch {
		case rejectedBuiltins[u.name]:
			b.info.Diags = append(b.info.Diags, Diagnostic{Pos: u.pos, Severity: Error, Kind: "error",
				Msg: "not supported by asyncgen: " + u.name + "()"})
		case builtinNames[u.name]:
			sym.Kind = Builtin
		case u.guarded:
			// Looked up at run time, where it raises NameError: the module
			// gets a global that is never bound.
			mod.symbol(u.name)
		default:
			b.info.Diags = append(b.info.Diags, Diagnostic{Pos: u.pos, Severity: Error, Kind: "NameError",
				Msg: "name '" + u.name + "' is not defined"})
		}
	}
}

func sortDiags(d []Diagnostic) {
	sort.SliceStable(d, func(i, j int) bool {
		if d[i].Pos.Lineno != d[j].Pos.Lineno {
			return d[i].Pos.Lineno < d[j].Pos.Lineno
		}
		return d[i].Pos.ColOffset < d[j].Pos.ColOffset
	})
}
