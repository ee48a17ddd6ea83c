package codegen

import (
	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// Int loops.
//
// A loop "for x in range(...)" whose target is an int local and whose body
// is a straight run of int statements (assignments and in-place updates
// of int locals with int expressions: total += f(i), y = y * 2 % m) runs,
// when every local it reads holds an int as it starts, as a Go for loop on
// Go int variables that the Go compiler keeps in registers. When a step
// would not give Python's result (see intfunc.go), the loop stores its
// variables back into the int locals and the range counter and goes on in
// the general loop at the start of that statement, which redoes it: the
// int statements before it in the iteration have no effect but their
// stores, which are done. The general loop stays whole, and runs instead
// of the int loop when a local does not hold an int.

// intLoop is the plan of an int loop.
type intLoop struct {
	target string
	// reads are the locals the body reads before (or without) assigning
	// them: each must hold an int when the loop starts.
	reads []string
	// outputs are the locals the body assigns before reading them, with
	// the index of the statement that first assigns each.
	outputs []string
	first   map[string]int
	vars    map[string]string // Go int variable of each local
}

// planIntLoop returns the plan of an int loop over it with target and
// body, or nil when the loop does not qualify.
func (f *fn) planIntLoop(it loopIter, target ast.Expr, body []ast.Stmt, async bool) *intLoop {
	n, ok := target.(*ast.Name)
	if !ok || async || !it.counter || f.intLocal(n.Id) == nil || len(body) == 0 || len(f.inline) > 0 {
		return nil
	}
	p := &intLoop{target: n.Id, first: map[string]int{}, vars: map[string]string{}}
	seen := map[string]bool{n.Id: true}
	read := func(e ast.Expr) {
		ast.Inspect(e, func(x ast.Node) bool {
			name, ok := x.(*ast.Name)
			if ok && !seen[name.Id] {
				if sym := f.scope.Lookup(name.Id); sym != nil && sym.Kind == check.Local {
					seen[name.Id] = true
					p.reads = append(p.reads, name.Id)
				}
			}
			return true
		})
	}
	for k, s := range body {
		name, value, ok := intAssignment(s)
		if !ok || f.intLocal(name) == nil || !f.intExpr(value) {
			return nil
		}
		read(value)
		if !seen[name] {
			seen[name] = true
			p.outputs = append(p.outputs, name)
			p.first[name] = k
		}
	}
	return p
}

// emitIntLoop writes the int loop of plan p before the general loop of it
// (which starts at head); resume[k] labels the general code of the body's
// statement k, done the general loop's normal end.
func (f *fn) emitIntLoop(p *intLoop, it loopIter, body []ast.Stmt, head, done string, resume []string) {
	f.okVar()
	for _, name := range append(append([]string{p.target}, p.reads...), p.outputs...) {
		p.vars[name] = f.newVarText("i", intType, false)
	}
	// Every local the body reads must hold an int.
	for _, name := range p.reads {
		f.b.emit(jen.If(jen.Id(p.vars[name]+", ag_ok = "+f.intRead(name)), jen.Id("!ag_ok")).Block(jen.Id("goto " + f.b.use(head))))
	}
	cur, step, left := f.newVarText("cur", intType, false), f.newVarText("step", intType, false), f.newVarText("left", uintType, false)
	looped := f.newVarText("looped", boolType, false)
	budget := f.newVarText("budget", intType, false)
	f.b.emit(jen.Id(cur + ", " + step + ", " + left + " = ").Add(it.v.Clone()).Id(".Counter()"))
	f.b.emit(jen.If(jen.Id(left + " == 0")).Block(jen.Id("goto " + f.b.use(head))))
	f.b.emit(jen.Id(looped + ", " + budget + " = false, rt.CallBudget()"))
	deopts := make([]string, len(body))
	var loop []jen.Code
	for k, s := range body {
		deopts[k] = f.label("deopt")
		m := &intEmitter{
			g:      f.g,
			emit:   func(c jen.Code) { loop = append(loop, c) },
			temp:   func() string { return f.newVarText("n", intType, false) },
			fail:   func() string { return "goto " + f.b.use(deopts[k]) },
			leaf:   func(name string) string { return p.vars[name] },
			budget: budget,
		}
		name, value, _ := intAssignment(s)
		loop = append(loop, jen.Id(p.vars[name]+" = "+m.expr(value)))
	}
	loop = append([]jen.Code{jen.Id(p.vars[p.target] + ", " + cur + ", " + left + " = " + cur + ", " + cur + "+" + step + ", " + left + "-1")}, loop...)
	loop = append(loop, jen.Id(looped+" = true"))
	f.b.emit(jen.For(jen.Id(left + " > 0")).Block(loop...))
	// The loop ran to its end: every output was assigned.
	f.b.emit(jen.Id(f.intStores(p, p.outputs)))
	f.b.emit(jen.Add(it.v.Clone()).Id(".SetCounter(" + cur + ", 0)"))
	f.b.jump(done)
	for k := range body {
		f.b.mark(deopts[k])
		var now, later []string
		for _, name := range p.outputs {
			if p.first[name] < k {
				now = append(now, name)
			} else {
				later = append(later, name)
			}
		}
		f.b.plumbing(jen.Id(f.intStores(p, now)))
		if len(later) > 0 {
			f.b.plumbing(jen.If(jen.Id(looped)).Block(jen.Id(f.intStores(p, later))))
		}
		f.b.plumbing(jen.Add(it.v.Clone()).Id(".SetCounter(" + cur + ", " + left + ")"))
		f.b.jump(resume[k])
	}
}

// intStores returns the Go assignment storing the Go ints of the target,
// the locals the body reads and the outputs given back into their int
// locals.
func (f *fn) intStores(p *intLoop, outputs []string) string {
	names := append(append([]string{p.target}, p.reads...), outputs...)
	var locals, vs []string
	for _, name := range names {
		if f.ints[name] != "" { // a read-only local that is no int local keeps its object
			locals, vs = append(locals, name), append(vs, p.vars[name])
		}
	}
	return f.setInts(locals, vs)
}
