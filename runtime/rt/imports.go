package rt

import (
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
	"github.com/asyncgen/asyncgen/runtime/pymod"
)

// modules are the importable modules, by name, built on first import.
var modules = map[string]func() *py.Module{
	"asyncio": pyasyncio.Module,
	"uvloop":  pyasyncio.UvloopModule,
}

// Import is "import name": the module object, built on first use. Each
// compiled module keeps its own module objects.
func Import(name string) (py.Object, *py.Exc) {
	top := name
	if i := strings.IndexByte(name, '.'); i >= 0 {
		top = name[:i]
	}
	if mk, ok := modules[top]; ok {
		return mk(), nil
	}
	m, e := pymod.Import(top)
	if e != nil {
		return nil, e
	}
	return m, nil
}

// ImportAttr follows the dotted path of "import a.b.c as x" from the top
// module a.
func ImportAttr(m py.Object, dotted string) (py.Object, *py.Exc) {
	parts := strings.Split(dotted, ".")
	for _, p := range parts[1:] {
		v, e := py.GetAttr(m, p)
		if e != nil {
			return nil, py.Errorf(py.ModuleNotFoundError, "No module named '%s'", dotted)
		}
		m = v
	}
	return m, nil
}

// ImportFrom is one name of "from m import name".
func ImportFrom(m py.Object, name string) (py.Object, *py.Exc) {
	v, e := py.GetAttr(m, name)
	if e != nil {
		mod, _ := m.(*py.Module)
		modName := "?"
		if mod != nil {
			modName = mod.Name
		}
		return nil, py.Errorf(py.ImportError, "cannot import name '%s' from '%s'", name, modName)
	}
	return v, nil
}
