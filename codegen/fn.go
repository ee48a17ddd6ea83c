package codegen

import (
	"strconv"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/dave/jennifer/jen"
)

const (
	pyPkg  = "github.com/asyncgen/asyncgen/runtime/py"
	rtPkg  = "github.com/asyncgen/asyncgen/runtime/rt"
	aioPkg = "github.com/asyncgen/asyncgen/runtime/asyncio"
)

// py and rt name an identifier of the runtime's packages. They write its
// qualified name as it is rendered instead of using jen.Qual, which is
// much slower and registers the package for the import block: codeVar and
// emitAPIVersion, which every file has, use jen.Qual for that.
func py(name string) *jen.Statement { return jen.Id("py." + name) }
func rt(name string) *jen.Statement { return jen.Id("rt." + name) }

// Names of the Go variables every compiled function has.
const (
	excVar    = "ag_exc"    // the exception being raised, routed to a handler
	sentVar   = "ag_sent"   // the value a suspended state machine is resumed with
	thrownVar = "ag_thrown" // the exception thrown in at a suspension
	recv      = "c"         // a state machine's receiver
)

// fn compiles one Python function body (or the module body) into a flat Go
// statement list.
type fn struct {
	g     *generator
	scope *check.Scope
	b     *body
	// machine is true for coroutines, generators and async generators: their
	// locals live in the state-machine struct and they can suspend.
	machine bool
	// code is the Go expression of the function's *py.Code.
	code string
	// structName is the state machine's Go type.
	structName string

	nlabels int
	ntemps  int
	locals  []field // Go-local temporaries, declared before the body
	fields  []field // state-machine fields beyond the user's locals
	// usesOK is set once a fast path declares ag_ok (see okVar).
	usesOK bool
	// ints maps the function's int locals to their Go ints (see
	// findIntLocals).
	ints map[string]string
	// loopTest is set while compiling a while loop's condition.
	loopTest bool
	// noIntPath is set while compiling the general path of an expression
	// that has an int path (see fastIntCall).
	noIntPath bool
	// usesAwaiter is set once the body resumes an awaiter (ag_r, ag_st).
	usesAwaiter bool
	// subs are the fields holding reusable state machines of awaited
	// direct async defs (see awaitDirect), by field name.
	subs map[string]bool
	// localRetval makes a state machine's ag_retval a Go local: set when
	// no finally block (try/finally, with) can run, and suspend, between
	// a return statement and the function's exit.
	localRetval bool
	// usesRetval is set once a return statement stores ag_retval.
	usesRetval bool
	states     []string   // resume labels; state i+1 resumes at states[i]
	handler    string     // where an exception raised now goes
	handling   []jen.Code // the exceptions being handled, innermost last
	loops      []*loop
	regions    []region // try/finally, with and except-clause regions, innermost last
	// spill forces temporaries into struct fields: set while compiling a
	// statement that contains a suspension, so values computed before the
	// suspension survive it.
	spill bool
	// parent is the enclosing function, for closures' free variables.
	parent *fn
	// inline lists the comprehensions being compiled inside this function,
	// innermost last; their variables shadow the function's.
	inline []*inlineScope
	// captures maps the comprehension cells a closure being compiled
	// captures to the Go parameters that bind them when it is created.
	captures map[string]*jen.Statement
}

type field struct {
	name string
	typ  jen.Code
}

type loop struct {
	brk, cont string
	depth     int // len(fn.regions) when the loop started
}

// region is code that must run when control leaves a block by break,
// continue or return: a finally block (*final) or the cleanup of an except
// clause (*cleanup).
type region interface{ isRegion() }

// final is a try/finally or a with statement: every exit from its body
// records why it left in the completion slot and runs the finally block,
// which then resumes that exit.
type final struct {
	entry  string         // label of the finally block
	record *jen.Statement // the rt.Completion slot
	exits  []exit         // break/continue/return exits routed through it
}

// cleanup is the end of an except clause: leaving it clears the handled
// exception and unbinds the "as" name.
type cleanup struct{ code []jen.Code }

func (*final) isRegion()   {}
func (*cleanup) isRegion() {}

// exit is a break, continue or return that passes through a finally block.
type exit struct {
	id     int    // the completion's Target
	target string // label to reach, or "" for a return
	depth  int    // region depth of the target
}

func (f *fn) label(prefix string) string {
	f.nlabels++
	return "ag_" + prefix + strconv.Itoa(f.nlabels)
}

// newVar returns a new generated variable: a state-machine field when
// inField is set in a state machine, else a Go local of the function.
func (f *fn) newVar(prefix string, typ jen.Code, inField bool) *jen.Statement {
	return jen.Id(f.newVarText(prefix, typ, inField))
}

// newVarText is newVar returning the variable's Go text.
func (f *fn) newVarText(prefix string, typ jen.Code, inField bool) string {
	f.ntemps++
	name := "ag_" + prefix + strconv.Itoa(f.ntemps)
	if f.machine && inField {
		f.fields = append(f.fields, field{name, typ})
		return recv + "." + name
	}
	f.locals = append(f.locals, field{name, typ})
	return name
}

// temp returns a new py.Object temporary, spilled to the state machine
// while compiling a statement that suspends.
func (f *fn) temp() *jen.Statement { return f.newVar("t", objectType, f.spill) }

// stringTemp returns a new temporary of Go type string.
func (f *fn) stringTemp() *jen.Statement { return f.newVar("s", stringType, f.spill) }

// boolTemp returns a new temporary of Go type bool.
func (f *fn) boolTemp() *jen.Statement { return f.newVar("c", boolType, f.spill) }

// slot returns a new variable of type typ that survives suspensions.
func (f *fn) slot(prefix string, typ jen.Code) *jen.Statement { return f.newVar(prefix, typ, true) }

// check routes a non-nil ag_exc raised at the current line to the current
// handler, adding this frame to its traceback. The assignment that set
// ag_exc, when it is the statement just emitted, becomes the if's init
// statement: "if t, ag_exc = call(); ag_exc != nil {" takes one Go
// statement and one //line directive where two would take two of each.
func (f *fn) check() {
	cond := jen.Id(excVar + " != nil")
	if init := f.b.takeAssign(); init != nil {
		f.b.emit(jen.If(init, cond).Block(f.raiseHere()...))
		return
	}
	f.b.emit(jen.If(cond).Block(f.raiseHere()...))
}

// raiseHere returns the statements that record the frame and jump to the
// handler, for an exception in ag_exc raised at the current line.
func (f *fn) raiseHere() []jen.Code {
	// Prerendered Go: these are most of the statements of a function.
	stmts := make([]jen.Code, 1, 3)
	stmts[0] = jen.Id(excVar + ".AddFrame(" + f.code + ".Frame(" + strconv.Itoa(f.b.line) + "))")
	if ctx := f.handlingNow(); ctx != nil {
		stmts = append(stmts, rt("SetContext").Call(jen.Id(excVar), ctx))
	}
	return append(stmts, jen.Id("goto "+f.b.use(f.handler)))
}

// reraise jumps to the handler with ag_exc, adding no frame (a bare raise,
// or an exception leaving a finally block).
func (f *fn) reraise() { f.b.jump(f.handler) }

// handlingNow returns the exception being handled at this point, if any,
// which becomes the __context__ of a new exception.
func (f *fn) handlingNow() jen.Code {
	if len(f.handling) == 0 {
		return nil
	}
	return f.handling[len(f.handling)-1]
}

// ref returns the Go expression of a generated slot by name.
func (f *fn) ref(name string) *jen.Statement {
	if f.machine && !(name == "ag_retval" && f.localRetval) {
		return jen.Id(recv + "." + name)
	}
	return jen.Id(name)
}

// varRef returns the Go expression (an lvalue) of Python name in this scope.
func (f *fn) varRef(name string) *jen.Statement {
	if v := f.inlineRef(name); v != nil {
		return v
	}
	sym := f.scope.Lookup(name)
	kind := check.Global
	if sym != nil {
		kind = sym.Kind
	}
	switch kind {
	case check.Local, check.Cell:
		if f.scope.Kind == check.ClassScope {
			return jen.Id(classVar(name))
		}
		if f.scope.Kind == check.ModuleScope {
			return f.g.globalRef(name)
		}
		if f.machine {
			return jen.Id(recv + "." + goName(name))
		}
		return jen.Id(goName(name))
	case check.Free:
		if f.machine {
			return jen.Parens(jen.Op("*").Id(recv).Dot(goName(name)))
		}
		return f.outerRef(name)
	}
	return f.g.globalRef(name)
}

// outerRef is a free variable of a plain (closure) function: the Go closure
// captures whatever the enclosing function calls it.
func (f *fn) outerRef(name string) *jen.Statement {
	p := f.parent
	for p != nil && p.scope.Kind == check.ClassScope && name != check.ClassCell {
		p = p.parent // a class body's names are not visible to its methods
	}
	if p != nil {
		if c, ok := p.captures[name]; ok {
			return jen.Parens(jen.Op("*").Add(c.Clone()))
		}
		return p.varRef(name)
	}
	return jen.Id(goName(name))
}

// varAddr returns a pointer to the variable name, for capture by an inner
// state machine.
func (f *fn) varAddr(name string) *jen.Statement {
	if f.scope.Kind == check.ClassScope && name != check.ClassCell {
		return f.parent.varAddr(name) // methods reach past the class body
	}
	if p := f.inlineAddr(name); p != nil {
		return p
	}
	sym := f.scope.Lookup(name)
	if sym != nil && sym.Kind == check.Free && f.machine {
		return jen.Id(recv).Dot(goName(name))
	}
	return jen.Op("&").Add(f.varRef(name))
}
