package check

import (
	"sort"
	"strings"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// SupportedModules are the modules compiled programs can import: the
// runtime implements them (runtime/rt's Import; a test in codegen keeps
// this list and the runtime in step). "a.b" entries are submodules.
var SupportedModules = setOf(`abc asyncio bisect collections concurrent concurrent.futures contextlib dataclasses
enum functools heapq itertools json math operator os os.path random statistics sys time types typing uvloop`)

// checkModule reports an import of a module outside SupportedModules at
// compile time, unless the import sits in a try that catches ImportError
// (then it fails at run time, as the program expects). Relative imports
// name the program's own modules and are rejected elsewhere.
func (b *binder) checkModule(name string, p *ast.Pos) {
	if SupportedModules[name] || b.importGuarded > 0 {
		return
	}
	top := name
	if i := strings.IndexByte(name, '.'); i >= 0 {
		top = name[:i]
	}
	if SupportedModules[top] && !strings.Contains(name, ".") {
		return
	}
	var names []string
	for m := range SupportedModules {
		if !strings.Contains(m, ".") {
			names = append(names, m)
		}
	}
	sort.Strings(names)
	b.unsupported(p, "module '"+name+"' (the runtime provides "+strings.Join(names, ", ")+")")
}

// futureFeatures are the names "from __future__ import" accepts in 3.11.
// They change nothing in asyncgen: annotations are not evaluated, and the
// others are Python 3's behaviour already.
var futureFeatures = setOf(`nested_scopes generators division absolute_import with_statement
print_function unicode_literals barry_as_FLUFL generator_stop annotations`)

// future checks a "from __future__ import ..." statement, which is a
// compiler directive: it binds nothing at run time (the generated code
// skips it) and an unknown feature is CPython's SyntaxError.
func (b *binder) future(s *ast.ImportFrom) {
	for _, a := range s.Names {
		switch {
		case a.Name == "braces":
			b.errorf(&s.Pos, "SyntaxError", "not a chance")
		case !futureFeatures[a.Name]:
			b.errorf(&s.Pos, "SyntaxError", "future feature %s is not defined", a.Name)
		}
	}
}
