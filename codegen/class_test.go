package codegen_test

import (
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/codegen"
)

// TestClassRejected checks the class statements the compiler rejects with
// a diagnostic naming the construct and its position.
func TestClassRejected(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"keyword argument", "class A(object, flag=1):\n    pass\n",
			"1:17: error: not supported by asyncgen: keyword arguments in a class statement"},
		{"starred base", "bases = (object,)\nclass A(*bases):\n    pass\n",
			"2:9: error: not supported by asyncgen: starred bases in a class statement"},
		{"__getattr__", "class A:\n    def __getattr__(self, name):\n        return 1\n",
			"2:5: error: not supported by asyncgen: __getattr__ in a class body (the runtime would ignore it)"},
		{"__set_name__", "class A:\n    __set_name__ = None\n",
			"2:5: error: not supported by asyncgen: __set_name__ in a class body (the runtime would ignore it)"},
		{"nested annotation", "class A:\n    if True:\n        x: int = 1\n",
			"3:9: error: not supported by asyncgen yet: an annotated assignment nested in a statement of a class body"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := codegen.Compile([]byte(tc.src), codegen.Options{File: "/src/prog.py", Package: "main"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Go != nil {
				t.Fatalf("compiled, want %s", tc.want)
			}
			var got []string
			for _, d := range res.Diags {
				got = append(got, d.String())
			}
			if len(got) == 0 || got[0] != tc.want {
				t.Errorf("diagnostics %q, want %s", strings.Join(got, "; "), tc.want)
			}
		})
	}
}
