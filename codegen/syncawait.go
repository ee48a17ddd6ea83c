package codegen

import (
	"fmt"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// Synchronous coroutines.
//
// An async def that can never suspend (its body awaits nothing but calls of
// other such async defs, and has no async for, async with or yield) runs
// start to finish inside the await that calls it: awaiting its coroutine
// object is, observably, a function call. Such a def's body compiles to a
// plain Go function agS_NAME, with its locals on the Go stack: "await
// NAME(args)" calls it directly (no state machine, no resume), and the
// state machine, still made when the coroutine object escapes (create_task,
// gather, asyncio.run, a variable), calls it on its first resume. Tracebacks, RecursionError
// counting and exceptions are those of the awaited frame, as the plain call
// adds the same frame and counts the same call.

// awaitEdge is one "await NAME(args)" in a candidate body.
type awaitEdge struct {
	name  string
	nargs int
}

// markSyncCoroutines sets the sync name of every direct async def that can
// never suspend. A def qualifies when it is reusable (see directFunc: no
// nested scopes, cells or special parameters) and every await in it is of
// a call of a qualifying def; recursion qualifies, so candidates are
// assumed synchronous and removed until nothing changes.
func markSyncCoroutines(mod *ast.Module, info *check.Info, direct map[string]directFunc) {
	edges := map[string][]awaitEdge{}
	for _, stmt := range mod.Body {
		d, ok := stmt.(*ast.AsyncFunctionDef)
		if !ok {
			continue
		}
		df, ok := direct[d.Name]
		if !ok || df.machine == "" || !df.reusable {
			continue
		}
		s := info.ScopeOf(d)
		if s == nil {
			continue
		}
		if es, ok := syncAwaitEdges(d.Body, s); ok {
			edges[d.Name] = es
		}
	}
	pruneCandidates(edges, func(e awaitEdge) bool {
		t, ok := direct[e.name]
		_, cand := edges[e.name]
		return cand && ok && t.simple && t.params == e.nargs
	})
	for name := range edges {
		d := direct[name]
		d.sync = "agS_" + goName(name)
		direct[name] = d
	}
}

// pruneCandidates removes from cands every candidate with an edge keep
// rejects (keep sees cands as it stands), until nothing changes: what
// remains is the largest set whose edges all qualify, recursion included.
func pruneCandidates[E any](cands map[string][]E, keep func(E) bool) {
	for changed := true; changed; {
		changed = false
		for name, es := range cands {
			for _, e := range es {
				if !keep(e) {
					delete(cands, name)
					changed = true
					break
				}
			}
		}
	}
}

// syncAwaitEdges lists the awaits of body, a function body in scope s, and
// reports whether every one is "await NAME(positional args)" of a global
// NAME and nothing else in it can suspend.
func syncAwaitEdges(body []ast.Stmt, s *check.Scope) ([]awaitEdge, bool) {
	var edges []awaitEdge
	ok := true
	for _, stmt := range body {
		ast.Inspect(stmt, func(n ast.Node) bool {
			if !ok {
				return false
			}
			switch n := n.(type) {
			case *ast.AsyncFor, *ast.AsyncWith, *ast.Yield, *ast.YieldFrom,
				*ast.Lambda, *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.GeneratorExp:
				ok = false
			case *ast.Comprehension:
				ok = ok && n.IsAsync == 0
			case *ast.Await:
				name, nargs, plain := awaitedCall(n)
				if !plain {
					ok = false
					break
				}
				if sym := s.Lookup(name); sym != nil && sym.Kind != check.Global {
					ok = false
					break
				}
				edges = append(edges, awaitEdge{name, nargs})
			}
			return ok
		})
	}
	return edges, ok
}

// awaitedCall reports whether e awaits a call of a bare name with
// positional, unstarred arguments only, and returns the name and the
// number of arguments.
func awaitedCall(e *ast.Await) (name string, nargs int, ok bool) {
	call, isCall := e.Value.(*ast.Call)
	if !isCall || len(call.Keywords) > 0 || hasStarred(call.Args) {
		return "", 0, false
	}
	id, isName := call.Func.(*ast.Name)
	if !isName {
		return "", 0, false
	}
	return id.Id, len(call.Args), true
}

// syncTarget returns the synchronous coroutine e awaits, or nil when e is
// not "await NAME(args)" of one (NAME resolving to the module global here).
func (f *fn) syncTarget(e *ast.Await) *directFunc {
	name, nargs, ok := awaitedCall(e)
	if !ok {
		return nil
	}
	d := f.g.directCall(name, f.lookup(name), nargs)
	if d == nil || d.sync == "" {
		return nil
	}
	return d
}

// awaitSync compiles "await NAME(args)" of a synchronous coroutine: a
// counted call of its plain function.
func (f *fn) awaitSync(e *ast.Await, d *directFunc) *jen.Statement {
	args := f.args(e.Value.(*ast.Call).Args, nil)
	return f.countedCall(jen.Id(d.sync).Call(args...))
}

// syncCoroutine returns the direct def of scope s when it is a
// synchronous coroutine, whose state machine delegates to its plain
// function (delegateSync).
func (g *generator) syncCoroutine(s *check.Scope) (directFunc, bool) {
	d, ok := g.direct[s.Name]
	return d, ok && d.sync != "" && s.Parent == g.info.Module
}

// delegateSync compiles the body of a synchronous coroutine's state
// machine: one call of its plain function d.sync with the parameters.
func (f *fn) delegateSync(d directFunc) {
	args := make([]jen.Code, len(d.names))
	for i, p := range d.names {
		args[i] = f.varRef(p)
	}
	f.b.plumbing(jen.List(f.ref("ag_retval"), jen.Id(excVar)).Op("=").Id(d.sync).Call(args...))
	f.b.plumbing(jen.If(jen.Id(excVar).Op("!=").Nil()).Block(jen.Id("goto " + f.b.use("ag_raise"))))
	f.finish()
}

// syncFunc compiles the plain Go function of a synchronous coroutine,
// sharing the *py.Code variable code of its state machine.
func (g *generator) syncFunc(parent *fn, s *check.Scope, node ast.Node, d directFunc, body []ast.Stmt, code string) {
	doc := fmt.Sprintf("%s runs async def %s at %s:%d, which never suspends, to its end.", d.sync, s.QualName, g.opts.File, firstLine(node))
	f := g.fnOf(parent, s, false, code)
	f.compileBody(body)
	g.declarePlain(f, d.sync, doc, d.names)
}
