package grammar

import (
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// TestParticipleMatchesHandWritten parses snippets covering every statement
// and expression form with both parsers and compares the dumps.
func TestParticipleMatchesHandWritten(t *testing.T) {
	deep := []string{
		// Deeper than the participle path takes: the hand-written parser
		// decides (and rejects the first three as too deeply nested).
		"x = " + strings.Repeat("-", 5000) + "1\n",
		"x = " + strings.Repeat("not ", 5000) + "1\n",
		"x = 1" + strings.Repeat(" ** 1", 5000) + "\n",
		"x = [" + strings.Repeat("-1, ", 3000) + "]\n",
		// Nested as deep as the scanner allows.
		"x = " + strings.Repeat("(", 199) + "1" + strings.Repeat(")", 199) + "\n",
		"x = " + strings.Repeat("lambda: ", 500) + "1\n",
	}
	for _, src := range append(participleSnippets, deep...) {
		want, werr := ParseFile("x.py", []byte(src))
		got, gerr := ParseFileParticiple("x.py", []byte(src))
		if (werr != nil) != (gerr != nil) {
			t.Errorf("%q: hand-written error %v, participle error %v", src, werr, gerr)
			continue
		}
		if werr != nil {
			if werr.Error() != gerr.Error() {
				t.Errorf("%q: error %q, want %q", src, gerr, werr)
			}
			continue
		}
		if g, w := ast.DumpWithPositions(got), ast.DumpWithPositions(want); g != w {
			t.Errorf("%q:\n got: %s\nwant: %s", src, g, w)
		}
	}
}

var participleSnippets = []string{
	"x = 1\n",
	"a, *b = c = d\n",
	"(a) = 1\nx: int = 3\n(y): int\na.b: c\n",
	"x += yield\n",
	"del a, (b, c), [d], e.f, g[h],\n",
	"pass; break; continue\n",
	"def f(a, /, b: int = 1, *args: *Ts, c, d=2, **kw) -> None:\n    return a, b\n",
	"async def f():\n    await x\n    async for a in b: pass\n    async with c as (d, e), f: pass\n",
	"@dec\n@dec2(x)\nclass C(B, metaclass=M):\n    '''doc'''\n    x = 1\n",
	"if a:\n    pass\nelif b:\n    pass\nelif c: pass\nelse:\n    x\n",
	"while x := f():\n    pass\nelse:\n    pass\n",
	"for i, in x: pass\nelse: pass\n",
	"with (a as b, c as d,): pass\nwith (a, b): pass\nwith (a, b) as c: pass\nwith a: pass\n",
	"try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
	"try:\n    pass\nexcept* E:\n    pass\n",
	"try:\n    pass\nfinally:\n    pass\n",
	"import a.b as c, d\nfrom . import x\nfrom ...a import (b as c, d,)\nfrom a import *\n",
	"global a, b\nnonlocal c\nassert x, 'msg'\nraise E from e\nraise\n",
	"match x:\n    case 1 | -2 | 3+4j | 'a' 'b':\n        pass\n    case [a, *rest] | (b, c) | {'k': v, **kw} if v:\n        pass\n    case Point(x=0, y=_) as p:\n        pass\n    case a.b.c | None | True:\n        pass\n    case (a) | ():\n        pass\n    case *a, b:\n        pass\n",
	"match = 1\nmatch(x)\nmatch[x]\ncase = 2\n",
	"x = lambda a, *b, c=1, **d: a if b else c\n",
	"x = lambda: (yield)\n",
	"x = not a and b or c < d <= e != f is not g in h not in i\n",
	"x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o\n",
	"x = (a)+(b)\ny = -(a)\nz = (a).b(c)[d]\n",
	"x = f(a, *b, c=d, **e)\ny = f(x for x in y)\nz = f(a)(b)\n",
	"x = a[1:2, ::3, b:, *c]\ny = a[b:=1]\nz = a[*b]\nw = a[1,]\n",
	"x = [1, *a]\ny = [x for x in y if z for w in v]\nz = {1: 2, **a}\nw = {a, *b}\nv = {k: v for k, v in x}\nu = {a for a in b}\nt = (x async for x in y)\n",
	"x = ()\ny = (1,)\nz = (1, 2)\nw = []\nv = {}\nu = ...\n",
	"x = 1_000 + 0x1f + 0o7 + 0b1 + 1.5e3 + 2j + 10**100\n",
	"x = f'a{b!r:>{w}} {c=}' 'd' f\"{e:{f}}\"\n",
	"x = b'a' b'c'\ny = u'x'\n",
	"print(*a, sep='')\n",
	"x = yield from y\n",
	"a = b = yield c\n",
	"x = [*a, *b]\nf(*a, *b, **c, **d)\n",
	"class A: pass\nclass B(): pass\n",
	"for x in *a, *b: pass\n",
	"x = a if b else c if d else e\n",
	"x = (y := 1)\n",
	"[(y := f(x)) for x in z]\n",
	"def f(*, a): pass\ndef g(a, /): pass\ndef h(**kw,): pass\n",
	"f(a for a in b)\n",
	"x = (a for a in b)\n",
	"x = f'{a!r}' f'{{}}'\n",
	"x = f'{lambda: 1}'\n",
	"x[a:b:c]\nx[:]\nx[::]\n",
	"def f():\n    x = 1;\nif a:\n    b;\nelse:\n    c;\n",
	"x = not a == b and not not c or d < e < f\ny = a or b or c and d and e\n",
	"x = -a ** -b ** c\ny = await a ** b\nz = a - -b * ~c // d % e @ f\n",
	"f(a, b=1, *c, d=2, **e)\n",
	"x = a if not b else c\ny = [x for x in a if not x in b]\n",
	"x = a is not b\ny = a is (not b)\nx += 1\ny //= 2\nz @= 3\n",
	"x = not -a\ny = a ** -b\n",
	"x = not -a\ny = a ** -b\n",
	// errors
	"x = a ** not b\n",
	"del not a\n",
	"x = [*not a]\n",
	"x = a ** not b\n",
	"del not a\n",
	"x = [*not a]\n",
	"x = a ~ b\n",
	"x = a is not not b\n",
	"x = a <> b\n",
	"x = a == not b\n",
	"f((a)=1)\n",
	"f(a.b=1)\n",
	"(a) := 1\n",
	"x = (a.b := 1)\n",
	"x = - not a\n",
	"x = \n",
	"f(a for a in b, c)\n",
	"1 = x\n",
	"def f(a=1, b): pass\n",
	"print 'x'\n",
	"with (a as b) as c: pass\n",
	"try:\n    pass\n",
	"x = (*a)\n",
	"case = 1\nmatch x:\n    case _ as _: pass\n",
	"a := 1\n",
	"del f()\n",
	"for f() in x: pass\n",
	"x = 1 <> 2\n",
	"f(**a, *b)\n",
	"f(a=1, b)\n",
	"import a,\n",
	"from a import b,\n",
	"if x:\npass\n",
}
