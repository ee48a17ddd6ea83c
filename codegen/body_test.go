package codegen

import (
	"fmt"
	"maps"
	"math/rand/v2"
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
//line :3:5
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

// TestRenderShortDirectives checks that a .py directive takes the short
// form only after another .py directive of the same body, with no
// rendered body (a closure's, with directives of its own) in between.
func TestRenderShortDirectives(t *testing.T) {
	b := newBody("/src/p.py")
	b.at(3, 0)
	b.emit(jen.Id("x").Op("=").Lit(1))
	b.emit(jen.Id("y").Op("=").Lit(2))
	inner := newBody("/src/p.py")
	inner.at(4, 4)
	inner.emit(jen.Id("z").Op("=").Lit(3))
	inner.ret()
	b.emit(jen.Id("f").Op("=").Func().Params().Block(inner.render()...))
	b.at(6, 0)
	b.emit(jen.Id("w").Op("=").Lit(4))
	b.emit(jen.Id("v").Op("=").Lit(5))
	got := fmt.Sprintf("%#v", jen.Func().Id("f").Params().Block(b.render()...))
	want := `func f() {
//line /src/p.py:3:1
	x = 1
//line :3:1
	y = 2
//line :3:1
	f = func() {
//line /src/p.py:4:5
		z = 3
//line <asyncgen>:1
		return
	}
//line /src/p.py:6:1
	w = 4
//line :6:1
	v = 5
}`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFinishLines(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"empty", "", ""},
		{"no directives", "package p\n\nfunc f() {\n\tx()\n}\n", "package p\n\nfunc f() {\n\tx()\n}\n"},
		{
			"plumbing numbered with the next line",
			"package p\n\nfunc f() {\n//line <asyncgen>:1\n\tx()\n//line /a.py:3:1\n\ty()\n//line <asyncgen>:1\n\treturn\n}\n",
			"package p\n\nfunc f() {\n//line <asyncgen>:5\n\tx()\n//line /a.py:3:1\n\ty()\n//line <asyncgen>:9\n\treturn\n}\n",
		},
		{
			"statements inside a multi-line statement get its directive; plumbing counts inserted lines",
			"package p\n\nfunc f() {\n//line /a.py:3:5\n\tif e != nil {\n\t\t// why\n\n\t\tgoto l\n\t}\n//line <asyncgen>:1\n\treturn\n}\n",
			"package p\n\nfunc f() {\n//line /a.py:3:5\n\tif e != nil {\n\t\t// why\n\n//line :3:5\n\t\tgoto l\n\t}\n//line <asyncgen>:12\n\treturn\n}\n",
		},
		{
			"lines inside an expression are left alone",
			"package p\n\nfunc f() {\n//line /a.py:3:5\n\tg(T{\n\t\tA:  1,\n\t\tBB: 2,\n\t})\n}\n",
			"package p\n\nfunc f() {\n//line /a.py:3:5\n\tg(T{\n\t\tA:  1,\n\t\tBB: 2,\n\t})\n}\n",
		},
		{
			"a .py directive after one of the same file takes the short form",
			"package p\n\nfunc f() {\n//line /a.py:3:5\n\tx()\n//line /a.py:4:5\n\ty()\n//line <asyncgen>:1\n\tgoto l\n//line /a.py:5:1\n\tz()\n}\n",
			"package p\n\nfunc f() {\n//line /a.py:3:5\n\tx()\n//line :4:5\n\ty()\n//line <asyncgen>:9\n\tgoto l\n//line /a.py:5:1\n\tz()\n}\n",
		},
		{"no final newline", "//line <asyncgen>:1", "//line <asyncgen>:2"},
		{"plumbing renumbered whatever its number", "//line <asyncgen>:12\n\tx()\n", "//line <asyncgen>:2\n\tx()\n"},
	} {
		got := string(finishLines([]byte(tc.in)))
		if got != tc.want {
			t.Errorf("%s:\nfinishLines(%q)\n = %q\nwant %q", tc.name, tc.in, got, tc.want)
		}
		if again := string(finishLines([]byte(got))); again != got {
			t.Errorf("%s: not idempotent: %q -> %q", tc.name, got, again)
		}
	}
}

// TestFinishLinesMapsEveryLine compiles a program whose error routing
// spans several Go lines and checks the Go compiler's view of the lines
// (the directive in effect plus the lines since it): every line of
// plumbing names its own Go line, and every statement of error routing
// (an exception stored, a frame added, a goto) names the .py line of the
// statement it belongs to.
func TestFinishLinesMapsEveryLine(t *testing.T) {
	src := "import asyncio\n\nasync def f(x):\n    await asyncio.sleep(0)\n    return x[\"k\"] + 1\n\nasyncio.run(f(1))\n"
	res, err := Compile([]byte(src), Options{File: "/src/p.py", Package: "main"})
	if err != nil || res.Go == nil {
		t.Fatalf("Compile: %v %v", err, res)
	}
	out := finishLines(res.Go)
	var file string
	var base, at int // directive's line and the Go line it names
	for i, l := range strings.Split(string(out), "\n") {
		n := i + 1
		if d, ok := parseDirective(l); ok {
			if d.file != "" {
				file = d.file
			}
			base, at = d.line, n+1
			continue
		}
		if file == "" || strings.TrimSpace(l) == "" {
			continue
		}
		got := base + n - at
		code := strings.TrimSpace(l)
		routing := strings.HasPrefix(code, "ag_exc = ") || strings.HasPrefix(code, "goto ") || strings.Contains(code, ".AddFrame(")
		switch {
		case file == plumbingFile && got != n:
			t.Errorf("Go line %d %q maps to %s:%d, want %s:%d", n, l, file, got, file, n)
		case file != plumbingFile && routing && got != base:
			t.Errorf("Go line %d %q maps to %s:%d, want the statement's line %d", n, l, file, got, base)
		}
	}
}

// fixedPointLabels is the definition liveLabels implements, computed the
// slow way: iterate reachability to a fixed point.
func fixedPointLabels(b *body) map[string]bool {
	used := map[string]bool{}
	for {
		next := map[string]bool{}
		for _, r := range b.roots {
			next[r] = true
		}
		dead := false
		for _, it := range b.items {
			switch {
			case it.label != "":
				if used[it.label] {
					dead = false
				}
			case dead:
			default:
				for _, t := range it.targets {
					next[t] = true
				}
				dead = it.terminal
			}
		}
		if len(next) == len(used) {
			return next
		}
		used = next
	}
}

// TestLiveLabelsMatchesFixedPoint compares liveLabels with the fixed-point
// definition on random bodies of labels, directives, gotos, conditional
// gotos, returns and plain statements.
func TestLiveLabelsMatchesFixedPoint(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 2000 {
		b := newBody("/p.py")
		nlabels := 1 + rng.IntN(8)
		label := func() string { return fmt.Sprintf("l%d", rng.IntN(nlabels)) }
		marked := map[string]bool{}
		for range rng.IntN(30) {
			switch rng.IntN(6) {
			case 0: // each label is placed once, as in Go
				if l := label(); !marked[l] {
					marked[l] = true
					b.mark(l)
				}
			case 1:
				b.jump(label())
			case 2:
				b.gotoIf(jen.True(), label())
			case 3:
				b.ret()
			case 4:
				b.at(1+rng.IntN(9), 0)
				b.emit(jen.Id("x").Op("=").Lit(1))
			default:
				b.plumbing(jen.Id("y").Op("=").Lit(2))
			}
		}
		if rng.IntN(3) == 0 {
			b.roots = append(b.roots, label())
		}
		got, want := b.liveLabels(), fixedPointLabels(b)
		if !maps.Equal(got, want) {
			t.Fatalf("body %d: liveLabels = %v, fixed point = %v\nitems: %+v", n, got, want, b.items)
		}
	}
}
