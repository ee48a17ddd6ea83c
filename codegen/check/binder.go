package check

import (
	"fmt"
	"strings"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// Info is the result of checking a module.
type Info struct {
	// Module is the module's scope; every other scope hangs below it.
	Module *Scope
	// Scopes maps each scope-introducing node (module, def, async def,
	// lambda, class, comprehension, generator expression) to its scope.
	Scopes map[ast.Node]*Scope
	// Diags holds errors and warnings, in source order.
	Diags []Diagnostic
}

// HasErrors reports whether any diagnostic is an error.
func (info *Info) HasErrors() bool {
	for _, d := range info.Diags {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// ScopeOf returns the scope a node introduces, or nil.
func (info *Info) ScopeOf(n ast.Node) *Scope { return info.Scopes[n] }

// Check resolves every name in mod and reports compile-time errors.
func Check(mod *ast.Module) *Info {
	b := &binder{info: &Info{Scopes: map[ast.Node]*Scope{}}}
	root := b.newScope(ModuleScope, "<module>", mod, nil)
	b.info.Module = root
	b.cur = root
	b.stmts(mod.Body)
	b.resolve(root)
	sortDiags(b.info.Diags)
	return b.info
}

// binder walks the tree once, creating scopes and recording which names each
// scope binds, declares and reads.
type binder struct {
	info *Info
	cur  *Scope
	// loops counts the loops enclosing the current statement within the
	// current function.
	loops int
	uses  []use
	// guarded counts the enclosing try bodies whose handlers catch
	// NameError: a read of an undefined name there is the program's own
	// business (a runtime NameError), not a compile error.
	guarded int
	// importGuarded counts the enclosing try bodies whose handlers catch
	// ImportError: an import of a module asyncgen lacks is then the
	// program's own business (a runtime ModuleNotFoundError).
	importGuarded int
}

// use records a read of a name, resolved after all bindings are known.
type use struct {
	scope   *Scope
	name    string
	pos     ast.Pos
	guarded bool // inside a try that catches NameError
}

func (b *binder) errorf(p *ast.Pos, kind, format string, a ...any) {
	b.info.Diags = append(b.info.Diags, Diagnostic{Pos: *p, Severity: Error, Kind: kind, Msg: fmt.Sprintf(format, a...)})
}

func (b *binder) unsupported(p *ast.Pos, what string) {
	b.errorf(p, "error", "not supported by asyncgen: %s", what)
}

func (b *binder) newScope(kind ScopeKind, name string, node ast.Node, parent *Scope) *Scope {
	s := &Scope{Kind: kind, Name: name, Node: node, Parent: parent, Symbols: map[string]*Symbol{}}
	s.QualName = qualName(parent, name)
	if parent != nil {
		parent.Children = append(parent.Children, s)
	}
	b.info.Scopes[node] = s
	return s
}

// qualName follows CPython's __qualname__ rules: functions nested in
// functions get "<locals>", classes do not.
func qualName(parent *Scope, name string) string {
	if parent == nil || parent.Kind == ModuleScope {
		return name
	}
	if parent.Kind == ClassScope {
		return parent.QualName + "." + name
	}
	return parent.QualName + ".<locals>." + name
}

// bind records that the current scope binds name.
func (b *binder) bind(name string) {
	sym := b.cur.symbol(name)
	sym.Bound = true
	if sym.Declared && sym.Kind == Global && b.cur.Kind != ModuleScope {
		// Binding a name declared global binds the module's variable.
		b.info.Module.symbol(name).Bound = true
	}
}

func (b *binder) read(name string, p *ast.Pos) {
	b.cur.symbol(name)
	b.uses = append(b.uses, use{scope: b.cur, name: name, pos: *p, guarded: b.guarded > 0})
	if name == "super" && b.cur.isFunctionLike() {
		// A function that mentions super may call it without arguments,
		// which needs the class being defined: as in CPython, it captures
		// the implicit __class__ cell of the enclosing class body.
		b.cur.symbol(ClassCell)
	}
}

func (b *binder) stmts(list []ast.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *binder) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		b.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *ast.AsyncFunctionDef:
		b.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *ast.ClassDef:
		b.class(s)
	case *ast.Return:
		fn := b.cur
		if fn.Kind != FunctionScope {
			b.errorf(&s.Pos, "SyntaxError", "'return' outside function")
		}
		b.expr(s.Value)
	case *ast.Delete:
		b.exprs(s.Targets)
	case *ast.Assign:
		b.expr(s.Value)
		b.exprs(s.Targets)
	case *ast.AugAssign:
		b.expr(s.Value)
		b.expr(s.Target)
	case *ast.AnnAssign:
		b.expr(s.Value)
		b.expr(s.Annotation)
		b.expr(s.Target)
	case *ast.For:
		b.forLoop(s.Target, s.Iter, s.Body, s.Orelse)
	case *ast.AsyncFor:
		b.requireAsync(&s.Pos, "'async for' outside async function")
		b.cur.Awaits = true
		b.forLoop(s.Target, s.Iter, s.Body, s.Orelse)
	case *ast.While:
		b.expr(s.Test)
		b.loops++
		b.stmts(s.Body)
		b.loops--
		b.stmts(s.Orelse)
	case *ast.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.With:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *ast.AsyncWith:
		b.requireAsync(&s.Pos, "'async with' outside async function")
		b.cur.Awaits = true
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *ast.Match:
		b.match(s)
	case *ast.Raise:
		b.expr(s.Exc)
		b.expr(s.Cause)
	case *ast.Try:
		b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *ast.TryStar:
		b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *ast.Assert:
		b.expr(s.Test)
		b.expr(s.Msg)
	case *ast.Import:
		for _, a := range s.Names {
			b.checkModule(a.Name, &s.Pos)
			if a.Asname != nil {
				b.bind(*a.Asname)
			} else {
				b.bind(ImportedName(a.Name))
			}
		}
	case *ast.ImportFrom:
		if s.Module != nil && *s.Module == "__future__" && s.Level == 0 {
			b.future(s)
			return
		}
		if s.Module != nil && s.Level == 0 {
			b.checkModule(*s.Module, &s.Pos)
		}
		for _, a := range s.Names {
			switch {
			case a.Name == "*":
				b.unsupported(&s.Pos, "'from ... import *'")
			case a.Asname != nil:
				b.bind(*a.Asname)
			default:
				b.bind(a.Name)
			}
		}
	case *ast.Global:
		b.declare(s.Names, &s.Pos, true)
	case *ast.Nonlocal:
		b.declare(s.Names, &s.Pos, false)
	case *ast.ExprStmt:
		b.expr(s.Value)
	case *ast.Break:
		if b.loops == 0 {
			b.errorf(&s.Pos, "SyntaxError", "'break' outside loop")
		}
	case *ast.Continue:
		if b.loops == 0 {
			b.errorf(&s.Pos, "SyntaxError", "'continue' not properly in loop")
		}
	case *ast.Pass:
	default:
		b.unsupported(s.Span(), "the "+s.TypeName()+" statement")
	}
}

// ImportedName is the name "import a.b.c" binds: "a".
func ImportedName(dotted string) string {
	top, _, _ := strings.Cut(dotted, ".")
	return top
}

// requireAsync reports msg unless the current scope is an async function.
// Statements never sit inside comprehensions, so b.cur is the function.
func (b *binder) requireAsync(p *ast.Pos, msg string) {
	if b.cur.Kind != FunctionScope || !b.cur.Async {
		b.errorf(p, "SyntaxError", "%s", msg)
	}
}

func (b *binder) forLoop(target, iter ast.Expr, body, orelse []ast.Stmt) {
	b.expr(iter)
	b.expr(target)
	b.loops++
	b.stmts(body)
	b.loops--
	b.stmts(orelse)
}

func (b *binder) withItems(items []*ast.WithItem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		b.expr(it.OptionalVars)
	}
}

func (b *binder) try(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt) {
	guard := catches(handlers, "NameError")
	if guard {
		b.guarded++
	}
	importGuard := catches(handlers, "ImportError", "ModuleNotFoundError")
	if importGuard {
		b.importGuarded++
	}
	b.stmts(body)
	if guard {
		b.guarded--
	}
	if importGuard {
		b.importGuarded--
	}
	for _, h := range handlers {
		b.expr(h.Type)
		if h.Name != nil {
			b.bind(*h.Name)
		}
		b.stmts(h.Body)
	}
	b.stmts(orelse)
	b.stmts(final)
}

// catches reports whether one of the handlers catches one of classes: a
// bare except, or a class (or tuple of classes) among them or their bases
// Exception and BaseException, named as the builtin.
func catches(handlers []*ast.ExceptHandler, classes ...string) bool {
	catches := func(e ast.Expr) bool {
		n, ok := e.(*ast.Name)
		if !ok {
			return false
		}
		for _, c := range append(classes, "Exception", "BaseException") {
			if n.Id == c {
				return true
			}
		}
		return false
	}
	for _, h := range handlers {
		switch t := h.Type.(type) {
		case nil:
			return true
		case *ast.Tuple:
			for _, e := range t.Elts {
				if catches(e) {
					return true
				}
			}
		default:
			if catches(t) {
				return true
			}
		}
	}
	return false
}

func (b *binder) declare(names []string, p *ast.Pos, global bool) {
	word := "nonlocal"
	if global {
		word = "global"
	}
	if !global && b.cur.Kind == ModuleScope {
		b.errorf(p, "SyntaxError", "nonlocal declaration not allowed at module level")
		return
	}
	for _, name := range names {
		sym, seen := b.cur.Symbols[name]
		if seen && !sym.Declared {
			if sym.Param {
				b.errorf(p, "SyntaxError", "name '%s' is parameter and %s", name, word)
				continue
			}
			verb := "used"
			if sym.Bound {
				verb = "assigned to"
			}
			b.errorf(p, "SyntaxError", "name '%s' is %s prior to %s declaration", name, verb, word)
			continue
		}
		sym = b.cur.symbol(name)
		sym.Declared = true
		if global {
			sym.Kind = Global
		} else {
			sym.Kind = Free
		}
	}
}

func (b *binder) function(node ast.Node, name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr, returns ast.Expr, async bool) {
	b.exprs(decorators)
	b.argDefaults(args)
	b.argAnnotations(args)
	b.expr(returns)
	b.bind(name)
	b.enterFunction(node, name, args, func() { b.stmts(body) }, async)
}

func (b *binder) argDefaults(args *ast.Arguments) {
	if args == nil {
		return
	}
	b.exprs(args.Defaults)
	for _, d := range args.KwDefaults {
		b.expr(d)
	}
}

func (b *binder) argAnnotations(args *ast.Arguments) {
	if args == nil {
		return
	}
	for _, a := range allArgs(args) {
		b.expr(a.Annotation)
	}
}

// allArgs lists a signature's parameters in CPython's order.
func allArgs(args *ast.Arguments) []*ast.Arg {
	var out []*ast.Arg
	out = append(out, args.Posonlyargs...)
	out = append(out, args.Args...)
	if args.Vararg != nil {
		out = append(out, args.Vararg)
	}
	out = append(out, args.Kwonlyargs...)
	if args.Kwarg != nil {
		out = append(out, args.Kwarg)
	}
	return out
}

func (b *binder) enterFunction(node ast.Node, name string, args *ast.Arguments, body func(), async bool) {
	outer, outerLoops := b.cur, b.loops
	s := b.newScope(FunctionScope, name, node, outer)
	s.Async = async
	b.cur, b.loops = s, 0
	if args != nil {
		for _, a := range allArgs(args) {
			sym := s.symbol(a.Arg)
			if sym.Param {
				b.errorf(&a.Pos, "SyntaxError", "duplicate argument '%s' in function definition", a.Arg)
			}
			sym.Param, sym.Bound = true, true
		}
	}
	body()
	b.cur, b.loops = outer, outerLoops
}

func (b *binder) class(c *ast.ClassDef) {
	b.exprs(c.DecoratorList)
	b.exprs(c.Bases)
	for _, k := range c.Keywords {
		b.expr(k.Value)
		if k.Arg != nil && *k.Arg == "metaclass" {
			b.unsupported(&k.Pos, "metaclasses")
		}
	}
	if len(c.Bases) > 1 {
		b.unsupported(&c.Pos, "multiple inheritance (class "+c.Name+" has several bases)")
	}
	b.bind(c.Name)
	outer, outerLoops := b.cur, b.loops
	b.cur, b.loops = b.newScope(ClassScope, c.Name, c, outer), 0
	b.stmts(c.Body)
	b.cur, b.loops = outer, outerLoops
}

func (b *binder) exprs(list []ast.Expr) {
	for _, e := range list {
		b.expr(e)
	}
}

func (b *binder) expr(e ast.Expr) {
	if e == nil {
		return
	}
	switch e := e.(type) {
	case *ast.Name:
		if e.Ctx == ast.Load {
			b.read(e.Id, &e.Pos)
		} else {
			b.bind(e.Id)
		}
	case *ast.NamedExpr:
		b.expr(e.Value)
		b.walrusTarget(e)
	case *ast.Lambda:
		b.argDefaults(e.Args)
		b.enterFunction(e, "<lambda>", e.Args, func() { b.expr(e.Body) }, false)
	case *ast.ListComp:
		b.comprehension(e, "<listcomp>", e.Generators, e.Elt)
	case *ast.SetComp:
		b.comprehension(e, "<setcomp>", e.Generators, e.Elt)
	case *ast.DictComp:
		b.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		b.comprehension(e, "<genexpr>", e.Generators, e.Elt)
	case *ast.Await:
		b.await(e)
	case *ast.Yield:
		b.yield(&e.Pos, false)
		b.expr(e.Value)
	case *ast.YieldFrom:
		b.yield(&e.Pos, true)
		b.expr(e.Value)
	case *ast.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	default:
		ast.Inspect(e, func(n ast.Node) bool {
			if n == ast.Node(e) {
				return true
			}
			if x, ok := n.(ast.Expr); ok {
				b.expr(x)
				return false
			}
			return true
		})
	}
}

func (b *binder) await(e *ast.Await) {
	s := b.cur
	for s.Kind == ComprehensionScope {
		s.Async = true
		s = s.Parent
	}
	switch {
	case s.Kind == FunctionScope && s.Async:
		if b.cur.Kind == ComprehensionScope {
			// The comprehension is awaited in place by the async function.
			s.Awaits = true
		}
		b.cur.Awaits = true
	case s.Kind == FunctionScope:
		b.errorf(&e.Pos, "SyntaxError", "'await' outside async function")
	default:
		b.errorf(&e.Pos, "SyntaxError", "'await' outside function")
	}
	b.expr(e.Value)
}

func (b *binder) yield(p *ast.Pos, from bool) {
	s := b.cur
	switch s.Kind {
	case FunctionScope:
		if s.Name == "<lambda>" {
			b.unsupported(p, "yield inside lambda")
		}
		if from && s.Async {
			b.errorf(p, "SyntaxError", "'yield from' inside async function")
		}
		s.Generator = true
	case ComprehensionScope:
		b.errorf(p, "SyntaxError", "'yield' inside %s", comprehensionWord(s.Name))
	default:
		b.errorf(p, "SyntaxError", "'yield' outside function")
	}
}

func comprehensionWord(name string) string {
	switch name {
	case "<genexpr>":
		return "generator expression"
	case "<setcomp>":
		return "set comprehension"
	case "<dictcomp>":
		return "dict comprehension"
	}
	return "list comprehension"
}

// walrusTarget binds the target of := in the nearest enclosing scope that is
// not a comprehension, as PEP 572 says.
func (b *binder) walrusTarget(e *ast.NamedExpr) {
	name, ok := e.Target.(*ast.Name)
	if !ok {
		b.expr(e.Target)
		return
	}
	if b.cur.Kind != ComprehensionScope {
		b.bind(name.Id)
		return
	}
	target := b.cur
	for target.Kind == ComprehensionScope {
		target = target.Parent
	}
	if target.Kind == ClassScope {
		b.errorf(&e.Pos, "SyntaxError", "assignment expression within a comprehension cannot be used in a class body")
		return
	}
	target.symbol(name.Id).Bound = true
	for s := b.cur; s != target; s = s.Parent {
		sym := s.symbol(name.Id)
		if target.Kind == ModuleScope {
			sym.Kind, sym.Declared = Global, true
		} else {
			sym.Kind, sym.Declared = Free, true
		}
	}
}

// comprehension creates the hidden function of a comprehension: its first
// iterable is evaluated outside it, everything else inside.
func (b *binder) comprehension(node ast.Expr, name string, gens []*ast.Comprehension, elts ...ast.Expr) {
	if len(gens) == 0 {
		return
	}
	b.expr(gens[0].Iter)
	outer := b.cur
	s := b.newScope(ComprehensionScope, name, node, outer)
	s.Generator = name == "<genexpr>"
	b.cur = s
	for i, g := range gens {
		if i > 0 {
			b.expr(g.Iter)
		}
		b.expr(g.Target)
		b.exprs(g.Ifs)
		if g.IsAsync != 0 {
			b.asyncComprehension(s, node)
		}
	}
	b.exprs(elts)
	b.cur = outer
}

func (b *binder) asyncComprehension(s *Scope, node ast.Expr) {
	s.Async, s.Awaits = true, true
	fn := s.Parent
	for fn.Kind == ComprehensionScope {
		fn.Async = true
		fn = fn.Parent
	}
	if s.Generator {
		return // an async generator expression may appear anywhere
	}
	if fn.Kind != FunctionScope || !fn.Async {
		b.errorf(node.Span(), "SyntaxError", "asynchronous comprehension outside of an asynchronous function")
		return
	}
	fn.Awaits = true
}
