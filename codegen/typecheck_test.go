package codegen_test

import (
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/asyncgen/asyncgen"
	"github.com/asyncgen/asyncgen/codegen"
)

// typeCheckSrc is the program the type checker tests compile; the tests
// below name its lines.
const typeCheckSrc = `import asyncio

async def f(x):
    await asyncio.sleep(0)
    y = x + 1
    return y

def g(a):
    return a * 2

async def main():
    r = await f(1)
    print(r, g(r))

asyncio.run(main())
`

// repoChecker is shared by the tests of this package: loading the
// standard library's types costs one go list call.
var repoChecker = sync.OnceValue(func() *codegen.TypeChecker {
	return codegen.NewTypeChecker(os.DirFS(".."))
})

func compileOK(t *testing.T, src string) *codegen.Result {
	t.Helper()
	return compileAs(t, src, "main")
}

func compileAs(t *testing.T, src, pkg string) *codegen.Result {
	t.Helper()
	res, err := codegen.Compile([]byte(src), codegen.Options{File: "/src/prog.py", Package: pkg})
	if err != nil || res.Go == nil {
		t.Fatalf("Compile: %v %v", err, res)
	}
	return res
}

func TestTypeCheckAcceptsGeneratedCode(t *testing.T) {
	for _, tc := range []struct {
		name    string
		checker *codegen.TypeChecker
		pkg     string
	}{
		{"checkout", repoChecker(), "main"},
		{"embedded runtime", codegen.NewTypeChecker(asyncgen.RuntimeSource), "main"},
		{"library package", repoChecker(), "crawl"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := compileAs(t, typeCheckSrc, tc.pkg)
			if err := tc.checker.Check(res); err != nil {
				t.Fatal(err)
			}
			if len(res.Diags) != 0 || res.Go == nil {
				t.Fatalf("diagnostics for valid generated code: %v", res.Diags)
			}
		})
	}
}

// TestTypeCheckReportsPyPositions breaks the generated Go in places whose
// .py statement is known and checks the diagnostic's position and text.
func TestTypeCheckReportsPyPositions(t *testing.T) {
	for _, tc := range []struct {
		name     string
		old, new string // the edit made to the generated Go
		line     int    // expected .py line (0: none)
		col      int    // expected .py column, 1-based
		msg      string // expected start of the message
		plumbing bool   // the error is in generated plumbing
	}{
		{"undefined function in a user statement", "py.Mul(", "py.Mulx(", 9, 5, "undefined: py.Mulx", false},
		{"wrong argument type in a user statement", "py.Add(c.x, 1)", "py.Add(c.x, 1, 2)", 5, 5, "too many arguments in call to py.Add", false},
		{"error in plumbing after an await", "ag_sent, ag_thrown = nil, nil", "ag_sent, ag_thrown = nil, 1", 4, 5, "cannot use 1", true},
		{"error in a declaration before any statement", `rt.MustBuiltin("print")`, `rt.MustBuiltin(1)`, 0, 1, "cannot use 1", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := compileOK(t, typeCheckSrc)
			src := string(res.Go)
			if strings.Count(src, tc.old) == 0 {
				t.Fatalf("generated code has no %q:\n%s", tc.old, src)
			}
			res.Go = []byte(strings.Replace(src, tc.old, tc.new, 1))
			if err := repoChecker().Check(res); err != nil {
				t.Fatal(err)
			}
			if res.Go != nil {
				t.Error("Go kept after a type error")
			}
			if len(res.Diags) == 0 {
				t.Fatal("no diagnostic")
			}
			d := res.Diags[0]
			if d.Pos.Lineno != tc.line || d.Pos.ColOffset+1 != tc.col {
				t.Errorf("position %d:%d, want %d:%d (%s)", d.Pos.Lineno, d.Pos.ColOffset+1, tc.line, tc.col, d.Msg)
			}
			if d.Kind != "internal compiler error" || !strings.HasPrefix(d.Msg, tc.msg) {
				t.Errorf("got %q: %q, want internal compiler error: %q...", d.Kind, d.Msg, tc.msg)
			}
			if got := strings.Contains(d.Msg, "in generated plumbing"); got != tc.plumbing {
				t.Errorf("message %q: mentions plumbing = %v, want %v", d.Msg, got, tc.plumbing)
			}
		})
	}
}

func TestTypeCheckLoadFailure(t *testing.T) {
	res := compileOK(t, typeCheckSrc)
	err := codegen.NewTypeChecker(fstest.MapFS{}).Check(res)
	if err == nil || !strings.Contains(err.Error(), "runtime/") {
		t.Fatalf("checking against an empty runtime: err = %v, want one naming the runtime package", err)
	}
}

// BenchmarkTypeCheck measures the cost that asyncgen gen/check/build pay
// per process (a new checker: the standard library's export data and the
// runtime's declarations) and per further file (a warm checker).
func BenchmarkTypeCheck(b *testing.B) {
	res, err := codegen.Compile([]byte(typeCheckSrc), codegen.Options{File: "/src/prog.py", Package: "main"})
	if err != nil || res.Go == nil {
		b.Fatal(err)
	}
	run := func(b *testing.B, tc func() *codegen.TypeChecker) {
		for b.Loop() {
			r := *res
			if err := tc().Check(&r); err != nil || r.Go == nil {
				b.Fatal(err, r.Diags)
			}
		}
	}
	b.Run("new checker", func(b *testing.B) {
		run(b, func() *codegen.TypeChecker { return codegen.NewTypeChecker(os.DirFS("..")) })
	})
	b.Run("warm checker", func(b *testing.B) {
		warm := codegen.NewTypeChecker(os.DirFS(".."))
		if err := warm.Check(&codegen.Result{Go: res.Go}); err != nil {
			b.Fatal(err)
		}
		run(b, func() *codegen.TypeChecker { return warm })
	})
}
