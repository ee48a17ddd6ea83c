package rt

import (
	"os"
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// PanicEnv names the environment variable that makes a compiled program
// panic at its raise statements, for debugging: "1" or "all" selects every
// exception, a comma-separated list of class names ("ValueError,KeyError")
// selects those classes and their subclasses. The Go stack trace of the
// panic names the .py file and line of every compiled frame (through the
// //line directives of the generated code), down to the raise statement.
const PanicEnv = "ASYNCGEN_PANIC"

// panicFilter is the parsed value of PanicEnv.
type panicFilter struct {
	all   bool
	names map[string]bool
}

// panicOn is read once, when the program starts, and never written again.
var panicOn = parsePanicFilter(os.Getenv(PanicEnv))

func parsePanicFilter(v string) panicFilter {
	v = strings.TrimSpace(v)
	switch v {
	case "", "0":
		return panicFilter{}
	case "1", "all":
		return panicFilter{all: true}
	}
	f := panicFilter{names: map[string]bool{}}
	for _, n := range strings.Split(v, ",") {
		if n = strings.TrimSpace(n); n != "" {
			f.names[n] = true
		}
	}
	return f
}

// selects reports whether an exception of class c panics.
func (f panicFilter) selects(c *py.Class) bool {
	if f.all {
		return true
	}
	for k := c; k != nil && len(f.names) > 0; k = k.Base {
		if f.names[k.Name] {
			return true
		}
		for _, x := range k.Extra {
			if f.selects(x) {
				return true
			}
		}
	}
	return false
}

// RaisePanic is the value a raise statement panics with when PanicEnv
// selects its exception.
type RaisePanic struct {
	Exc *py.Exc
}

func (p *RaisePanic) Error() string {
	return p.Exc.Error() + " (raised with " + PanicEnv + " set)"
}

// debugPanic panics at the raise of e when PanicEnv selects its class.
func debugPanic(e *py.Exc) *py.Exc {
	if e != nil && (panicOn.all || panicOn.names != nil) && panicOn.selects(e.Class) {
		panic(&RaisePanic{Exc: e})
	}
	return e
}
