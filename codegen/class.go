package codegen

import (
	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// A class body runs as a Go closure called at the class statement, the way
// CPython runs it as a function: its names are Go variables of the closure
// (classVar), a name it reads but has not bound falls back to the module's
// globals and the builtins (classLoad), and when it ends rt.NewClass builds
// the class from the bound names. Methods are functions nested in the
// closure; they never see the class's names, except the implicit
// __class__ variable that super() without arguments reads.

// classDef compiles a class statement in CPython's order: decorators, then
// bases, then the body, then the class object, decorated innermost first
// and bound to its name.
func (f *fn) classDef(s *ast.ClassDef) {
	for _, k := range s.Keywords {
		f.g.errorf(k, "not supported by asyncgen: keyword arguments in a class statement")
		return
	}
	for _, b := range s.Bases {
		if _, ok := b.(*ast.Starred); ok {
			f.g.errorf(b, "not supported by asyncgen: starred bases in a class statement")
			return
		}
	}
	parts := append(nodesOf(s.DecoratorList), nodesOf(s.Bases)...)
	f.simple(parts, func() {
		decs := make([]*jen.Statement, len(s.DecoratorList))
		for i, d := range s.DecoratorList {
			decs[i] = f.expr(d)
		}
		bases := f.elements(s.Bases)
		body := f.classBody(s)
		f.b.at(s.Lineno, s.ColOffset)
		v := f.op(body.Call(jen.Index().Add(py("Object")).Values(bases...)))
		for i := len(decs) - 1; i >= 0; i-- {
			v = f.op(py("Call").Call(decs[i], jen.Index().Add(py("Object")).Values(v), jen.Nil()))
		}
		f.b.at(s.Lineno, s.ColOffset)
		f.storeName(s.Name, v)
	})
}

// classBody compiles the body of a class statement into a Go function
// literal taking the evaluated bases and returning the new class.
func (f *fn) classBody(s *ast.ClassDef) *jen.Statement {
	scope := f.g.info.ScopeOf(s)
	cf := f.g.newFn(f, scope, s, false)
	annotated := false
	for _, st := range s.Body {
		if name, node := unsupportedSpecial(st); name != "" {
			f.g.errorf(node, "not supported by asyncgen: %s in a class body (the runtime would ignore it)", name)
		}
		if a, ok := st.(*ast.AnnAssign); ok {
			annotated = true
			cf.classAnnotation(a)
			continue
		}
		if a := nestedAnnotation(st); a != nil {
			f.g.errorf(a, "not supported by asyncgen yet: an annotated assignment nested in a statement of a class body")
		}
		cf.stmt(st)
	}

	var attrs []jen.Code
	if doc, ok := docstring(s.Body); ok {
		attrs = append(attrs, jen.Values(jen.Dict{jen.Id("Name"): jen.Lit("__doc__"), jen.Id("Value"): jen.Lit(doc)}))
	}
	if annotated {
		attrs = append(attrs, jen.Values(jen.Dict{jen.Id("Name"): jen.Lit("__annotations__"), jen.Id("Value"): jen.Id("ag_ann")}))
	}
	var vars []string
	cell := jen.Nil()
	for _, name := range scope.Names() {
		sym := scope.Lookup(name)
		switch {
		case sym.Kind == check.Cell && name == check.ClassCell:
			vars = append(vars, classVar(name))
			cell = jen.Op("&").Id(classVar(name))
		case sym.Kind == check.Local:
			vars = append(vars, classVar(name))
			attrs = append(attrs, jen.Values(jen.Dict{jen.Id("Name"): jen.Lit(name), jen.Id("Value"): jen.Id(classVar(name))}))
		}
	}
	cf.b.at(s.Lineno, s.ColOffset)
	cf.b.ret(rt("NewClass").Call(jen.Lit(s.Name), jen.Lit(scope.QualName), jen.Id("ag_bases"),
		jen.Index().Add(rt("ClassAttr")).Values(attrs...), cell))
	cf.b.mark("ag_raise")
	cf.b.ret(jen.Nil(), jen.Id(excVar))

	decls := cf.prologue()
	if annotated {
		decls = append(decls, jen.Id("ag_ann").Op(":=").Add(py("NewDict")).Call())
		vars = append(vars, "ag_ann")
	}
	if len(vars) > 0 {
		lhs := make([]jen.Code, len(vars))
		rhs := make([]jen.Code, len(vars))
		for i, v := range vars {
			if v != "ag_ann" {
				decls = append(decls, jen.Var().Id(v).Add(py("Object")))
			}
			lhs[i], rhs[i] = jen.Id("_"), jen.Id(v)
		}
		decls = append(decls, jen.List(lhs...).Op("=").List(rhs...))
	}
	stmts := append(decls, cf.b.render()...)
	return jen.Func().Params(jen.Id("ag_bases").Index().Add(py("Object"))).
		Params(py("Object"), jen.Op("*").Add(py("Exc"))).Block(stmts...)
}

// classAnnotation compiles an annotated assignment of a class body: the
// value is stored first, then the annotation is evaluated and, for a
// plain name, recorded in __annotations__ (which @dataclass reads).
func (f *fn) classAnnotation(a *ast.AnnAssign) {
	f.b.at(a.Lineno, a.ColOffset)
	if a.Value != nil {
		f.store(a.Target, f.expr(a.Value))
	}
	ann := f.expr(a.Annotation)
	if name, ok := a.Target.(*ast.Name); ok && a.Simple != 0 {
		f.b.emit(jen.Id("ag_ann").Dot("SetStr").Call(jen.Lit(name.Id), ann))
	}
}

// unsupportedSpecials are special names whose definition in a class body
// changes how Python creates, finds or finalizes objects in ways the
// runtime does not implement: compiling them would silently change the
// program.
var unsupportedSpecials = map[string]bool{
	"__getattr__": true, "__getattribute__": true, "__new__": true, "__del__": true,
	"__init_subclass__": true, "__set_name__": true, "__class_getitem__": true,
	"__get__": true, "__set__": true, "__delete__": true,
	"__instancecheck__": true, "__subclasscheck__": true, "__prepare__": true,
}

// unsupportedSpecial returns the special name a class-body statement
// defines, when it is one of unsupportedSpecials.
func unsupportedSpecial(st ast.Stmt) (string, ast.Node) {
	switch d := st.(type) {
	case *ast.FunctionDef:
		if unsupportedSpecials[d.Name] {
			return d.Name, d
		}
	case *ast.AsyncFunctionDef:
		if unsupportedSpecials[d.Name] {
			return d.Name, d
		}
	case *ast.Assign:
		for _, t := range d.Targets {
			if n, ok := t.(*ast.Name); ok && unsupportedSpecials[n.Id] {
				return n.Id, n
			}
		}
	case *ast.AnnAssign:
		if n, ok := d.Target.(*ast.Name); ok && unsupportedSpecials[n.Id] {
			return n.Id, n
		}
	}
	return "", nil
}

// nestedAnnotation returns an annotated assignment inside a compound
// statement of a class body (not inside a nested def or class), or nil.
func nestedAnnotation(st ast.Stmt) *ast.AnnAssign {
	var found *ast.AnnAssign
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
			return false
		case *ast.AnnAssign:
			if found == nil {
				found = n
			}
		}
		return found == nil
	})
	return found
}

// docstring returns the docstring of a body, if its first statement is a
// string literal.
func docstring(body []ast.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	e, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return "", false
	}
	c, ok := e.Value.(*ast.Constant)
	if !ok {
		return "", false
	}
	s, ok := c.Value.(string)
	return s, ok
}

// classVar is the Go variable of a name bound in a class body. The prefix
// keeps it from hiding a variable of the enclosing function that the
// class's methods capture.
func classVar(name string) string { return "ag_cls_" + goName(name) }

// classLoad reads a name a class body binds: the class's variable, then
// the module global, then the builtin, as CPython's LOAD_NAME does. It
// returns nil for names the class body does not bind.
func (f *fn) classLoad(name string) *jen.Statement {
	sym := f.scope.Lookup(name)
	if sym == nil || sym.Kind != check.Local {
		return nil
	}
	t := f.temp()
	f.b.emit(t.Clone().Op("=").Id(classVar(name)))
	if g := f.g.info.Module.Lookup(name); g != nil && (g.Kind == check.Global || g.Kind == check.Local) {
		f.b.emit(jen.If(t.Clone().Op("==").Nil()).Block(t.Clone().Op("=").Add(f.g.globalRef(name))))
	}
	if check.IsBuiltin(name) {
		f.b.emit(jen.If(t.Clone().Op("==").Nil()).Block(t.Clone().Op("=").Add(f.g.builtin(name))))
	}
	f.b.emit(jen.If(t.Clone().Op("==").Nil()).Block(
		append([]jen.Code{jen.Id(excVar).Op("=").Add(rt("NameError").Call(jen.Lit(name)))}, f.raiseHere()...)...))
	return t
}

// superCall compiles super() without arguments: super(__class__, first
// argument of the function). It returns nil for any other call.
func (f *fn) superCall(e *ast.Call) *jen.Statement {
	name, ok := e.Func.(*ast.Name)
	if !ok || name.Id != "super" || len(e.Args) > 0 || len(e.Keywords) > 0 {
		return nil
	}
	if sym := f.scope.Lookup("super"); sym == nil || sym.Kind != check.Builtin {
		return nil
	}
	var self jen.Code
	if args := functionArgs(f.scope.Node); args != nil {
		switch {
		case len(args.Posonlyargs) > 0:
			self = f.readVar(args.Posonlyargs[0].Arg)
		case len(args.Args) > 0:
			self = f.readVar(args.Args[0].Arg)
		}
	}
	if cell := f.scope.Lookup(check.ClassCell); self != nil && cell != nil && cell.Kind == check.Free {
		return f.op(rt("Super").Call(f.varRef(check.ClassCell), self))
	}
	return f.op(rt("SuperOutsideMethod").Call(jen.Lit(self != nil)))
}

// functionArgs returns the parameters of a def, async def or lambda node.
func functionArgs(n ast.Node) *ast.Arguments {
	switch d := n.(type) {
	case *ast.FunctionDef:
		return d.Args
	case *ast.AsyncFunctionDef:
		return d.Args
	case *ast.Lambda:
		return d.Args
	}
	return nil
}
