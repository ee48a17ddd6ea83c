package codegen

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dave/jennifer/jen"
)

// TestRenderMapsPlumbingAway checks that scaffolding following a user
// statement gets its own directive instead of inheriting the statement's
// .py line.
func TestRenderMapsPlumbingAway(t *testing.T) {
	b := newBody("/src/p.py")
	b.plumbing(jen.Id("a").Op("=").Lit(0))
	b.at(3, 4)
	b.emit(jen.Id("x").Op("=").Lit(1))
	b.emit(jen.Id("y").Op("=").Lit(2))
	b.plumbing(jen.Id("z").Op("=").Lit(3))
	b.jump("l")
	b.mark("l")
	b.at(5, 0)
	b.emit(jen.Id("w").Op("=").Lit(4))
	b.ret()
	got := fmt.Sprintf("%#v", jen.Func().Id("f").Params().Block(b.render()...))
	want := `func f() {
//line <asyncgen>:1
	a = 0
//line /src/p.py:3:5
	x = 1
//line /src/p.py:3:5
	y = 2
//line <asyncgen>:1
	z = 3
	goto l

l:
//line /src/p.py:5:1
	w = 4
//line <asyncgen>:1
	return
}`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestNumberPlumbing(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"package p\n", "package p\n"},
		{
			"package p\n\nfunc f() {\n//line <asyncgen>:1\n\tx()\n//line /a.py:3:1\n\ty()\n//line <asyncgen>:1\n\treturn\n}\n",
			"package p\n\nfunc f() {\n//line <asyncgen>:5\n\tx()\n//line /a.py:3:1\n\ty()\n//line <asyncgen>:9\n\treturn\n}\n",
		},
		{"//line <asyncgen>:1", "//line <asyncgen>:2"},
		{"//line <asyncgen>:12\n", "//line <asyncgen>:12\n"},
	} {
		got := string(numberPlumbing([]byte(tc.in)))
		if got != tc.want {
			t.Errorf("numberPlumbing(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if strings.Count(got, "\n") != strings.Count(tc.in, "\n") {
			t.Errorf("numberPlumbing(%q) changed the number of lines", tc.in)
		}
	}
}
