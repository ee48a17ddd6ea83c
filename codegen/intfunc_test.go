package codegen

import (
	"slices"
	"strings"
	"testing"
)

// generatedNames compiles src and returns the names of the functions
// whose Go declaration starts with prefix, sorted.
func generatedNames(t *testing.T, src, prefix string) []string {
	t.Helper()
	res, err := Compile([]byte(strings.TrimPrefix(src, "\n")), Options{File: "p.py", Package: "main"})
	if err != nil || res.Go == nil {
		t.Fatalf("compile: %v %v", err, res.Diags)
	}
	var got []string
	for _, line := range strings.Split(string(res.Go), "\n") {
		if name, ok := strings.CutPrefix(line, "func "+prefix); ok {
			got = append(got, name[:strings.IndexByte(name, '(')])
		}
	}
	slices.Sort(got)
	return got
}

// TestIntFuncs checks which functions get a Go-int version.
func TestIntFuncs(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // the defs that get agI_ functions
	}{
		{"arithmetic, conditions, loops, calls", `
def sq(x):
    return x * x
def f(a, b):
    t = 0
    for i in range(a, b, 2):
        if i % 3 == 0 and not i > 10 or i == -1:
            continue
        t += sq(i) // 2 - (i & 7) ^ ~b
    while t > 100:
        t -= 7
    return t
async def g(n):
    return await h(n) + sq(n)
async def h(n):
    return -n
`, []string{"f", "g", "h", "sq"}},
		{"recursion and mutual recursion", `
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def even(n):
    if n == 0:
        return 1
    return odd(n - 1)
def odd(n):
    if n == 0:
        return 0
    return even(n - 1)
`, []string{"even", "fact", "odd"}},
		{"anything else spreads to callers", `
def floaty(x):
    return x * 1.5
def calls_floaty(x):
    return floaty(x) + 1
def prints(x):
    print(x)
    return x
def strs(x):
    return x + len("a")
def divides(x):
    return x / 2
def power(x):
    return x ** 2
def compares(x):
    return x < 2
def unbound(x):
    if x:
        y = 1
    return y
def bound_both(x):
    if x:
        y = 1
    else:
        y = 2
    return y
def loop_var_after(x):
    for i in range(x):
        pass
    return i
def else_clause(x):
    while x:
        x -= 1
    else:
        x = 1
    return x
def ok(x):
    return x
`, []string{"bound_both", "ok"}},
		{"awaits, async defs that suspend, generators", `
import asyncio
async def nap(x):
    await asyncio.sleep(0)
    return x
async def caller(x):
    return await nap(x)
def gen(x):
    yield x
async def coro_called_plainly(x):
    return x
def calls_coro(x):
    return coro_called_plainly(x)
`, []string{"coro_called_plainly"}},
		{"rebound or defaulted defs", `
def a(x):
    return x
def a(x):
    return x + 1
def b(x, y=1):
    return x + y
`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := generatedNames(t, tt.src, "agI_"); !slices.Equal(got, tt.want) {
				t.Errorf("int functions = %v, want %v", got, tt.want)
			}
		})
	}
	shadowed := `
range = lambda n: [n]
def f(n):
    t = 0
    for i in range(n):
        t += i
    return t
`
	if got := generatedNames(t, shadowed, "agI_"); got != nil {
		t.Errorf("with range rebound, int functions = %v, want none", got)
	}
}

// TestIntLoops checks which loops over range() also run as Go loops on Go
// ints: those whose bodies only update int locals with int expressions.
func TestIntLoops(t *testing.T) {
	tests := []struct {
		name string
		body string // the loop body, indented by 8
		want bool
	}{
		{"accumulate", "        t += i * 2", true},
		{"chain of updates", "        u = t + i\n        t = u % 7 - i", true},
		{"call of an int function", "        t += sq(i)", true},
		{"print", "        t += i\n        print(t)", false},
		{"if", "        if i > 2:\n            t += i", false},
		{"float", "        t += i / 2", false},
		{"list item", "        t += xs[i]", false},
		{"break", "        t += i\n        break", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "def sq(x):\n    return x * x\n\n\ndef f(n, xs):\n    t = 0\n    for i in range(n):\n" + tt.body + "\n    return t\n"
			res, err := Compile([]byte(src), Options{File: "p.py", Package: "main"})
			if err != nil || res.Go == nil {
				t.Fatalf("compile: %v %v", err, res.Diags)
			}
			if got := strings.Contains(string(res.Go), ".Counter()"); got != tt.want {
				t.Errorf("int loop emitted = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestIntTailCalls checks which int functions run their tail calls as a
// loop (see inttail.go); the differential program intpaths/int_tailcalls
// checks their results against CPython.
func TestIntTailCalls(t *testing.T) {
	src := `
def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1
def left(n):
    if n == 0:
        return 0
    return 2 + left(n - 1)
def sub(n):
    if n == 0:
        return 0
    return sub(n - 1) - n
def subright(n):
    if n == 0:
        return 0
    return n - subright(n - 1)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def bare(a, b):
    if a == 0:
        return b
    return bare(a - 1, a + b)
def mixed(n):
    if n == 0:
        return 1
    if n % 2:
        return mixed(n - 1) * 2
    return mixed(n - 1) + 1
def inner(n):
    if n == 0:
        return 0
    return 1 + inner(n - 1) * 2
def unreachable(n):
    return n
    return unreachable(n - 1)
def other(n):
    if n == 0:
        return 0
    return count(n - 1) + 1
def inloop(n):
    while n > 10:
        if n % 2 == 0:
            return inloop(n // 2)
        n -= 3
    return n
`
	res, err := Compile([]byte(strings.TrimPrefix(src, "\n")), Options{File: "p.py", Package: "main"})
	if err != nil || res.Go == nil {
		t.Fatalf("compile: %v %v", err, res.Diags)
	}
	var got []string
	fn := ""
	for _, line := range strings.Split(string(res.Go), "\n") {
		if name, ok := strings.CutPrefix(line, "func agI_"); ok {
			fn = name[:strings.IndexByte(name, '(')]
		} else if strings.HasPrefix(line, "func ") {
			fn = ""
		}
		if fn != "" && strings.Contains(line, "continue "+tailLabel) && !slices.Contains(got, fn) {
			got = append(got, fn)
		}
	}
	slices.Sort(got)
	want := []string{"bare", "count", "fact", "inloop", "left", "sub"}
	if !slices.Equal(got, want) {
		t.Errorf("int functions looping on tail calls = %v, want %v", got, want)
	}
}
