package codegen_test

import (
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/rt"
)

// TestSupportedModulesImport keeps the checker's list of importable
// modules and the runtime in step: everything the checker accepts, the
// runtime imports, and a module it rejects is unknown to the runtime too.
func TestSupportedModulesImport(t *testing.T) {
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	for name := range check.SupportedModules {
		top, _, _ := strings.Cut(name, ".")
		m, e := rt.Import(top)
		if e == nil && top != name {
			_, e = rt.ImportAttr(m, name)
		}
		if e != nil {
			t.Errorf("import %s: %v", name, e)
		}
	}
	for _, name := range []string{"socket", "subprocess", "enumerations"} {
		if check.SupportedModules[name] {
			t.Errorf("%s is listed as supported", name)
		}
		if _, e := rt.Import(name); e == nil {
			t.Errorf("the runtime imports %s, but the checker rejects it: add it to check.SupportedModules", name)
		}
	}
}

// TestAcceptedBuiltinsExist keeps the checker's builtin names and the
// runtime in step: a name the checker accepts but the runtime lacks would
// compile and then fail when the program starts.
func TestAcceptedBuiltinsExist(t *testing.T) {
	for _, name := range check.AcceptedBuiltins() {
		switch name {
		case "__name__", "__file__", "__doc__":
			continue // module constants the compiler supplies
		}
		if _, ok := py.Builtins[name]; !ok {
			t.Errorf("builtin %s is accepted by the checker but missing from py.Builtins", name)
		}
	}
}
