package check

import (
	"sort"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// ScopeKind is the kind of a Python scope.
type ScopeKind uint8

const (
	// ModuleScope is the module's top level.
	ModuleScope ScopeKind = iota
	// FunctionScope is a def, async def or lambda body.
	FunctionScope
	// ClassScope is a class body.
	ClassScope
	// ComprehensionScope is the hidden function of a comprehension or a
	// generator expression.
	ComprehensionScope
)

// ClassCell is the implicit variable of a class body that holds the class
// once it is created; methods that use super() or __class__ capture it.
const ClassCell = "__class__"

// SymbolKind says where a name lives.
type SymbolKind uint8

const (
	// Local names are bound in their scope and used only there.
	Local SymbolKind = iota
	// Cell names are locals that an inner function captures.
	Cell
	// Free names are locals of an enclosing function.
	Free
	// Global names live in the module (module-level names, names declared
	// global, and names a function reads but binds nowhere).
	Global
	// Builtin names are read but bound nowhere in the module, e.g. print.
	Builtin
)

func (k SymbolKind) String() string {
	return [...]string{"local", "cell", "free", "global", "builtin"}[k]
}

// Symbol is one name in one scope.
type Symbol struct {
	Name string
	Kind SymbolKind
	// Param marks a function parameter.
	Param bool
	// Bound reports whether the scope binds the name (assignment, def,
	// import, for target, except ... as, parameter).
	Bound bool
	// Declared marks an explicit global or nonlocal statement.
	Declared bool
	// Owner is the scope whose local (cell) a Free symbol refers to.
	Owner *Scope
}

// Scope is the symbol table of a module, class, function or comprehension.
type Scope struct {
	Kind ScopeKind
	// Name is the function's or class's name, "<module>", "<lambda>",
	// "<listcomp>", "<genexpr>", ...
	Name string
	// QualName is CPython's __qualname__ ("C.method", "f.<locals>.g").
	QualName string
	// Node is the *ast.Module, *ast.FunctionDef, *ast.AsyncFunctionDef,
	// *ast.Lambda, *ast.ClassDef or comprehension expression.
	Node   ast.Node
	Parent *Scope
	// Children lists the nested scopes in source order.
	Children []*Scope
	// Symbols maps every name the scope mentions to its symbol.
	Symbols map[string]*Symbol

	// Async marks an async def (or a comprehension that awaits).
	Async bool
	// Generator marks a scope that contains yield (or a generator
	// expression).
	Generator bool
	// Awaits marks a scope whose own body contains await, async for or
	// async with.
	Awaits bool

	order []string
}

// IsCoroutine reports whether the scope compiles to a state machine that
// suspends: a coroutine, a generator or an async generator.
func (s *Scope) IsCoroutine() bool { return s.Async || s.Generator }

// Names returns the scope's names in the order they were first seen, which
// keeps generated code deterministic.
func (s *Scope) Names() []string { return s.order }

// Lookup returns the symbol for name, or nil when the scope never mentions it.
func (s *Scope) Lookup(name string) *Symbol { return s.Symbols[name] }

// CellNames returns the scope's locals that inner functions capture, sorted.
func (s *Scope) CellNames() []string { return s.namesOf(Cell) }

// FreeNames returns the scope's free variables, sorted.
func (s *Scope) FreeNames() []string { return s.namesOf(Free) }

func (s *Scope) namesOf(kind SymbolKind) []string {
	var out []string
	for name, sym := range s.Symbols {
		if sym.Kind == kind {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

func (s *Scope) symbol(name string) *Symbol {
	if sym, ok := s.Symbols[name]; ok {
		return sym
	}
	sym := &Symbol{Name: name, Kind: Local}
	s.Symbols[name] = sym
	s.order = append(s.order, name)
	return sym
}

// isFunctionLike reports whether names bound in s are function locals.
func (s *Scope) isFunctionLike() bool {
	return s.Kind == FunctionScope || s.Kind == ComprehensionScope
}
