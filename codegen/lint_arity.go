package codegen

import (
	"fmt"
	"strings"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
)

// lintArity warns about calls of module-level functions that are never
// rebound whose arguments do not fit the function's parameters: CPython
// compiles them and raises TypeError when they run, and so does the
// compiled program, but the mistake is visible now.
func lintArity(mod *ast.Module) []check.Diagnostic {
	defs := map[string]*ast.Arguments{}
	for _, s := range mod.Body {
		switch s := s.(type) {
		case *ast.FunctionDef:
			defs[s.Name] = s.Args
		case *ast.AsyncFunctionDef:
			defs[s.Name] = s.Args
		}
	}
	bindings := map[string]int{}
	ast.Inspect(mod, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef:
			bindings[n.Name]++
		case *ast.AsyncFunctionDef:
			bindings[n.Name]++
		case *ast.ClassDef:
			bindings[n.Name]++
		case *ast.Name:
			if n.Ctx != ast.Load {
				bindings[n.Id]++
			}
		case *ast.Arg:
			bindings[n.Arg]++
		case *ast.Alias:
			name := n.Name
			if n.Asname != nil {
				name = *n.Asname
			}
			bindings[check.ImportedName(name)]++
		case *ast.ExceptHandler:
			if n.Name != nil {
				bindings[*n.Name]++
			}
		case *ast.Global, *ast.Nonlocal:
			return true
		}
		return true
	})
	var diags []check.Diagnostic
	ast.Inspect(mod, func(n ast.Node) bool {
		call, ok := n.(*ast.Call)
		if !ok {
			return true
		}
		name, ok := call.Func.(*ast.Name)
		if !ok || bindings[name.Id] != 1 || defs[name.Id] == nil {
			return true
		}
		if msg := arityError(name.Id, defs[name.Id], call); msg != "" {
			diags = append(diags, check.Diagnostic{Pos: call.Pos, Severity: check.Warning, Kind: "warning",
				Msg: "this call raises TypeError when it runs: " + msg})
		}
		return true
	})
	return diags
}

// arityError is CPython's TypeError message for calling a function with
// parameters a as call does, or "" when the arguments fit (or cannot be
// known: *args or **kwargs in the call).
func arityError(fname string, a *ast.Arguments, call *ast.Call) string {
	for _, e := range call.Args {
		if _, ok := e.(*ast.Starred); ok {
			return ""
		}
	}
	for _, k := range call.Keywords {
		if k.Arg == nil {
			return ""
		}
	}
	positional := append(append([]*ast.Arg{}, a.Posonlyargs...), a.Args...)
	filled := map[string]bool{}
	if len(call.Args) > len(positional) && a.Vararg == nil {
		given := len(call.Args)
		return fmt.Sprintf("%s() takes %s positional argument%s but %d %s given", fname,
			takes(len(positional)-len(a.Defaults), len(positional)), plural(len(positional)), given, were(given))
	}
	for i := range call.Args {
		if i < len(positional) {
			filled[positional[i].Arg] = true
		}
	}
	names := map[string]bool{}
	for _, p := range a.Args {
		names[p.Arg] = true
	}
	for _, p := range a.Kwonlyargs {
		names[p.Arg] = true
	}
	for _, k := range call.Keywords {
		switch {
		case filled[*k.Arg] && names[*k.Arg]:
			return fmt.Sprintf("%s() got multiple values for argument '%s'", fname, *k.Arg)
		case !names[*k.Arg] && a.Kwarg == nil:
			return fmt.Sprintf("%s() got an unexpected keyword argument '%s'", fname, *k.Arg)
		}
		filled[*k.Arg] = true
	}
	var missing []string
	for i, p := range positional {
		if i < len(positional)-len(a.Defaults) && !filled[p.Arg] {
			missing = append(missing, "'"+p.Arg+"'")
		}
	}
	if len(missing) > 0 {
		return fmt.Sprintf("%s() missing %d required positional argument%s: %s", fname, len(missing), plural(len(missing)), andList(missing))
	}
	for i, p := range a.Kwonlyargs {
		if a.KwDefaults[i] == nil && !filled[p.Arg] {
			missing = append(missing, "'"+p.Arg+"'")
		}
	}
	if len(missing) > 0 {
		return fmt.Sprintf("%s() missing %d required keyword-only argument%s: %s", fname, len(missing), plural(len(missing)), andList(missing))
	}
	return ""
}

func takes(min, max int) string {
	if min == max {
		return fmt.Sprint(max)
	}
	return fmt.Sprintf("from %d to %d", min, max)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func were(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// andList joins names as CPython's messages do: 'a', 'b' and 'c'.
func andList(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
