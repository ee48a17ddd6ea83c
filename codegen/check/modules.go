package check

import (
	"sort"
	"strings"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// SupportedModules are the modules compiled programs can import: the
// runtime implements them (runtime/rt's Import; a test in codegen keeps
// this list and the runtime in step). "a.b" entries are submodules.
var SupportedModules = setOf(`abc asyncio bisect collections concurrent concurrent.futures dataclasses
functools heapq itertools json math os os.path random sys time types typing uvloop`)

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
