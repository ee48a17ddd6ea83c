package rt

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

func TestPanicFilter(t *testing.T) {
	for _, tc := range []struct {
		env     string
		class   *py.Class
		selects bool
	}{
		{"", py.ValueError, false},
		{"0", py.ValueError, false},
		{"1", py.ValueError, true},
		{"all", py.KeyboardInterrupt, true},
		{"ValueError", py.ValueError, true},
		{"ValueError", py.KeyError, false},
		{"LookupError", py.KeyError, true},
		{"LookupError", py.ValueError, false},
		{" ValueError , KeyError ", py.KeyError, true},
		{"Exception", py.ExceptionGroup, true}, // through its second base
		{"Exception", py.KeyboardInterrupt, false},
	} {
		if got := parsePanicFilter(tc.env).selects(tc.class); got != tc.selects {
			t.Errorf("%s=%q selects %s = %v, want %v", PanicEnv, tc.env, tc.class.Name, got, tc.selects)
		}
	}
}

func TestRaiseReturnsWhenNotSelected(t *testing.T) {
	saved := panicOn
	defer func() { panicOn = saved }()
	for _, env := range []string{"", "KeyError"} {
		panicOn = parsePanicFilter(env)
		if e := Raise(py.ValueError); e == nil || e.Class != py.ValueError {
			t.Errorf("%s=%q: Raise(ValueError) = %v", PanicEnv, env, e)
		}
	}
}

func TestRaisePanicsWhenSelected(t *testing.T) {
	for _, tc := range []struct {
		name  string
		raise func() *py.Exc
		class *py.Class
	}{
		{"raise", func() *py.Exc { return Raise(py.ValueError) }, py.ValueError},
		{"raise from", func() *py.Exc { return RaiseFrom(py.KeyError, py.None) }, py.KeyError},
		{"assert", func() *py.Exc { return AssertionError(nil) }, py.AssertionError},
		{"bare raise outside a handler", NoActiveException, py.RuntimeError},
	} {
		t.Run(tc.name, func(t *testing.T) {
			saved := panicOn
			panicOn = parsePanicFilter("all")
			defer func() {
				panicOn = saved
				p, ok := recover().(*RaisePanic)
				if !ok || p.Exc.Class != tc.class {
					t.Errorf("recovered %v, want a *RaisePanic of %s", p, tc.class.Name)
				}
			}()
			tc.raise()
			t.Error("did not panic")
		})
	}
}
