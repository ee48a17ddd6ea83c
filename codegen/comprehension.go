package codegen

import (
	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// Comprehensions. CPython 3.11 runs a list, set or dict comprehension as a
// hidden function called at once with the iterator of its first iterable,
// which the enclosing scope evaluates. asyncgen compiles it inline instead
// (as CPython 3.12 does): the comprehension's own variables become fresh
// Go variables of the enclosing function, invisible to Python code outside
// it, so an await inside it suspends the enclosing coroutine exactly where
// CPython's awaited comprehension coroutine would. A generator expression
// is lazy, so it stays a function: a generator (or async generator) state
// machine receiving the first iterator as its only argument.

// inlineScope is a comprehension scope compiled inside its parent.
type inlineScope struct {
	scope *check.Scope
	vars  map[string]*jen.Statement // the comprehension's own variables
	cells map[string]bool           // variables captured by inner functions: vars holds a *py.Object
}

// lookup returns the symbol of name as seen from the innermost inline
// comprehension, skipping the comprehension scopes where it is free; nil
// means the function's own scope decides.
func (f *fn) lookup(name string) *check.Symbol {
	for i := len(f.inline) - 1; i >= 0; i-- {
		sym := f.inline[i].scope.Lookup(name)
		if sym != nil && sym.Kind != check.Free {
			return sym
		}
	}
	return f.scope.Lookup(name)
}

// inlineRef returns the Go lvalue of a comprehension variable, or nil when
// name is not one.
func (f *fn) inlineRef(name string) *jen.Statement {
	for i := len(f.inline) - 1; i >= 0; i-- {
		in := f.inline[i]
		sym := in.scope.Lookup(name)
		if sym == nil || sym.Kind == check.Free {
			continue
		}
		switch sym.Kind {
		case check.Local, check.Cell:
			if in.cells[name] {
				return jen.Parens(jen.Op("*").Add(in.vars[name]))
			}
			return in.vars[name].Clone()
		}
		return f.g.globalRef(name)
	}
	return nil
}

// inlineAddr returns a pointer to a comprehension variable captured by an
// inner function, or nil when name is not one.
func (f *fn) inlineAddr(name string) *jen.Statement {
	for i := len(f.inline) - 1; i >= 0; i-- {
		in := f.inline[i]
		sym := in.scope.Lookup(name)
		if sym == nil || sym.Kind == check.Free {
			continue
		}
		if in.cells[name] {
			return in.vars[name].Clone()
		}
		return nil
	}
	return nil
}

// enterInline starts compiling the body of comprehension scope s inside f:
// each of its variables gets a fresh slot; captured ones get a new cell
// each time the comprehension runs, as CPython's per-call frame does.
func (f *fn) enterInline(s *check.Scope) {
	in := &inlineScope{scope: s, vars: map[string]*jen.Statement{}, cells: map[string]bool{}}
	for _, name := range s.Names() {
		switch s.Lookup(name).Kind {
		case check.Local:
			in.vars[name] = f.slot("v", py("Object"))
		case check.Cell:
			in.vars[name] = f.slot("cell", jen.Op("*").Add(py("Object")))
			in.cells[name] = true
			f.b.plumbing(in.vars[name].Clone().Op("=").New(py("Object")))
		}
	}
	f.inline = append(f.inline, in)
}

// leaveInline ends an inline comprehension; its variables are cleared so
// they keep nothing alive.
func (f *fn) leaveInline() {
	in := f.inline[len(f.inline)-1]
	f.inline = f.inline[:len(f.inline)-1]
	for _, name := range in.scope.Names() {
		if v, ok := in.vars[name]; ok {
			f.b.plumbing(v.Clone().Op("=").Nil())
		}
	}
}

// comprehension compiles a list, set or dict comprehension inline.
func (f *fn) comprehension(e ast.Expr) *jen.Statement {
	var gens []*ast.Comprehension
	var empty jen.Code
	switch e := e.(type) {
	case *ast.ListComp:
		gens, empty = e.Generators, py("NewList").Call()
	case *ast.SetComp:
		gens, empty = e.Generators, jen.Op("&").Add(py("Set")).Values()
	case *ast.DictComp:
		gens, empty = e.Generators, py("NewDict").Call()
	}
	first := f.startLoop(gens[0].Iter, gens[0].IsAsync != 0, true)
	f.enterInline(f.g.info.ScopeOf(e))
	result := f.newVar("acc", resultType(e), f.spill)
	if _, isList := e.(*ast.ListComp); isList && first.counter && len(gens) == 1 && len(gens[0].Ifs) == 0 {
		// One element per item of a range: the list is made that long.
		empty = rt("ListFor").Call(jen.Op("&").Add(first.v.Clone()))
	}
	f.b.plumbing(result.Clone().Op("=").Add(empty))
	f.compLoops(gens, 0, first, func() {
		switch e := e.(type) {
		case *ast.ListComp:
			v := f.expr(e.Elt)
			f.b.emit(result.Clone().Dot("Append").Call(v))
		case *ast.SetComp:
			v := f.expr(e.Elt)
			f.b.emit(jen.Id(excVar).Op("=").Add(result.Clone().Dot("Add").Call(v)))
			f.check()
		case *ast.DictComp:
			k := f.operand(e.Key, e.Value)
			v := f.expr(e.Value)
			f.b.emit(jen.Id(excVar).Op("=").Add(result.Clone().Dot("Set").Call(k, v)))
			f.check()
		}
	})
	f.leaveInline()
	v := f.temp()
	f.b.plumbing(v.Clone().Op("=").Add(result))
	f.b.plumbing(result.Clone().Op("=").Nil())
	return v
}

// resultType is the Go type of the value a comprehension builds.
func resultType(e ast.Expr) jen.Code {
	switch e.(type) {
	case *ast.SetComp:
		return jen.Op("*").Add(py("Set"))
	case *ast.DictComp:
		return jen.Op("*").Add(py("Dict"))
	}
	return jen.Op("*").Add(py("List"))
}

// compLoops compiles the for clauses of a comprehension from gens[i] on,
// the innermost running inner for each element; it is gens[i]'s iterator
// when i is 0, already made by the enclosing scope.
func (f *fn) compLoops(gens []*ast.Comprehension, i int, it loopIter, inner func()) {
	g := gens[i]
	if i > 0 {
		it = f.startLoop(g.Iter, g.IsAsync != 0, true)
	}
	head, done := f.label("comp"), f.label("compdone")
	f.b.mark(head)
	f.b.at(g.Target.Span().Lineno, g.Target.Span().ColOffset)
	item := f.nextOf(it, g.IsAsync != 0, done)
	f.store(g.Target, item)
	for _, cond := range g.Ifs {
		c := f.truth(cond)
		f.b.gotoIf(jen.Op("!").Parens(c), head)
	}
	if i+1 < len(gens) {
		f.compLoops(gens, i+1, loopIter{}, inner)
	} else {
		inner()
	}
	f.b.jump(head)
	f.b.mark(done)
	f.b.plumbing(it.clear())
}

// genexp compiles a generator expression: the enclosing scope makes the
// iterator of the first iterable and passes it to a new generator (an
// async generator when the expression awaits or uses async for).
func (f *fn) genexp(e *ast.GeneratorExp) *jen.Statement {
	first := f.startLoop(e.Generators[0].Iter, e.Generators[0].IsAsync != 0, false).v
	s := f.g.info.ScopeOf(e)
	sm := f.g.machine(f, s, e, []string{genexpArg}, func(gf *fn) {
		arg := jen.Id(recv).Dot(goName(genexpArg))
		gf.compileWith(func() {
			gf.compLoops(e.Generators, 0, loopIter{v: arg}, func() {
				gf.yieldValue(gf.expr(e.Elt), e.Elt.Span().Lineno)
			})
		})
	})
	return f.value(sm.construct(f, []jen.Code{first}))
}

// genexpArg is the parameter of a generator expression's function, named
// as CPython names it; no Python identifier can clash with it.
const genexpArg = ".0"
