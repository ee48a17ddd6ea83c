package codegen

import (
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/grammar"
)

// TestLintArity checks the warnings against the TypeError messages CPython
// 3.11 raises for the same calls (taken from running them under python3).
func TestLintArity(t *testing.T) {
	const defs = "def f(a, b=1, *, k):\n    pass\nasync def g(x, y):\n    pass\ndef h(*args, **kw):\n    pass\n"
	tests := []struct {
		call, want string
	}{
		{"f(1, 2, 3)", "f() takes from 1 to 2 positional arguments but 3 were given"},
		{"f(1, k=1, z=2)", "f() got an unexpected keyword argument 'z'"},
		{"f(1, a=2, k=3)", "f() got multiple values for argument 'a'"},
		{"f(k=1)", "f() missing 1 required positional argument: 'a'"},
		{"f(1)", "f() missing 1 required keyword-only argument: 'k'"},
		{"g(1)", "g() missing 1 required positional argument: 'y'"},
		{"g(1, 2, 3)", "g() takes 2 positional arguments but 3 were given"},
		{"g()", "g() missing 2 required positional arguments: 'x' and 'y'"},
		{"h(1, 2, x=3)", ""},
		{"f(1, k=2)", ""},
		{"f(*[1, 2, 3])", ""},
		{"f = print\nf(1, 2, 3)", ""}, // rebound: not the def any more
	}
	for _, tc := range tests {
		mod, err := grammar.ParseFile("t.py", []byte(defs+tc.call+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range lintArity(mod) {
			got = append(got, strings.TrimPrefix(d.Msg, "this call raises TypeError when it runs: "))
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: warnings %q, want %q", tc.call, got, tc.want)
		}
	}
}
