package pymod

import (
	"math"
	"os"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Sys is the sys module: the standard streams, argv, exit, maxsize and
// version information.
var Sys = &py.Module{Name: "sys", Attrs: map[string]py.Object{}}

// SetArgv sets sys.argv (generated main functions pass the script name and
// the command-line arguments).
func SetArgv(argv []string) {
	items := make([]py.Object, len(argv))
	for i, a := range argv {
		items[i] = a
	}
	Sys.Attrs["argv"] = py.NewList(items...)
}

// initSys fills the module in on its first import (see Import).
func initSys() {
	a := Sys.Attrs
	a["stdout"] = py.Stdout
	a["stderr"] = py.Stderr
	a["stdin"] = py.Stdin
	a["__stdout__"] = py.Stdout
	a["__stderr__"] = py.Stderr
	if _, set := a["argv"]; !set { // SetArgv may have run before the import
		SetArgv(os.Args)
	}
	a["maxsize"] = math.MaxInt
	a["byteorder"] = "little"
	a["platform"] = "linux"
	a["version"] = "3.11.7 (asyncgen)"
	a["version_info"] = py.Tuple{3, 11, 7, "final", 0}
	a["hexversion"] = 0x030b07f0
	a["implementation_name"] = "asyncgen"
	recursionLimit := 1000
	a["exit"] = fn("sys", "exit", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("exit", args, kw, 0, 1); e != nil {
			return nil, e
		}
		return nil, py.NewExc(py.SystemExit, args...)
	})
	a["getrecursionlimit"] = fn("sys", "getrecursionlimit", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return recursionLimit, argN("getrecursionlimit", args, kw, 0, 0)
	})
	a["setrecursionlimit"] = fn("sys", "setrecursionlimit", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("setrecursionlimit", args, kw, 1, 1); e != nil {
			return nil, e
		}
		n, e := py.Index(args[0])
		if e != nil {
			return nil, e
		}
		if n < 1 {
			return nil, py.Errorf(py.ValueError, "recursion limit must be greater or equal than 1")
		}
		recursionLimit = n
		return py.None, nil
	})
}
