package codegen

import (
	"bytes"
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar"
	"github.com/asyncgen/asyncgen/grammar/ast"
)

func TestSplitDecls(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want []string
	}{
		{"one declaration", "var a = 1\n", []string{"var a = 1\n"}},
		{
			"cut at blank lines between declarations",
			"var a = 1\n\nfunc f() {\n}\n\n// g does.\nfunc g() {}\n",
			[]string{"var a = 1\n", "\nfunc f() {\n}\n", "\n// g does.\nfunc g() {}\n"},
		},
		{
			"not inside brackets",
			"func f() {\nx()\n\ny()\n}\n\nvar (\na = 1\n\nb = 2\n)\n",
			[]string{"func f() {\nx()\n\ny()\n}\n", "\nvar (\na = 1\n\nb = 2\n)\n"},
		},
		{
			"brackets in literals and comments do not count",
			"var a = \"{\\\"\"\n\nvar b = '{'\n\nvar c = `{\n\n`\n\n// {\nvar d /* { */ = 1\n\nvar e = 2\n",
			[]string{"var a = \"{\\\"\"\n", "\nvar b = '{'\n", "\nvar c = `{\n\n`\n", "\n// {\nvar d /* { */ = 1\n", "\nvar e = 2\n"},
		},
	} {
		var got []string
		for _, p := range splitDecls([]byte(tc.src), 1) {
			got = append(got, string(p))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: splitDecls(%q) = %q, want %q", tc.name, tc.src, got, tc.want)
		}
	}
}

// TestGofmtInParts formats the unformatted rendering of every program of
// the suite that compiles, and of a generated script, in parts as small
// as splitDecls makes them, and compares the result with format.Source's
// of the whole file.
func TestGofmtInParts(t *testing.T) {
	n := 0
	for _, m := range suiteModules(t, 600) {
		name := m.name
		file, err := generateFile(m.mod, m.info, Options{File: "/src/" + name, Package: "main", Source: m.src})
		if err != nil {
			continue
		}
		var raw bytes.Buffer
		file.NoFormat = true
		must(t, file.Render(&raw))
		want, err := format.Source(raw.Bytes())
		must(t, err)
		if name == "generated.py" {
			funcs, printed := 0, 0
			for _, p := range splitDecls(raw.Bytes(), 1) {
				if isFunc(p) {
					funcs++
					if _, err := printFunc(p); err == nil {
						printed++
					}
				}
			}
			if printed < funcs*9/10 {
				t.Errorf("printFunc prints %d of the %d functions of the generated script", printed, funcs)
			}
		}
		for _, size := range []int{1, 1000} {
			got, err := gofmt(raw.Bytes(), size)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("%s: gofmt in parts of %d bytes: %v, %s", name, size, err, lineDiff(got, want))
			}
		}
		n++
	}
	if n < 2 {
		t.Fatalf("only %d programs compile", n)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// lineDiff describes the first line where a and b differ.
func lineDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ": " + strconv.Quote(x) + " vs " + strconv.Quote(y)
		}
	}
	return "no difference"
}

// printCases are function declarations as jennifer renders them,
// unformatted, and whether printFunc and fastFunc decline them.
// formatCase is a declaration a formatter prints as gofmt does, or
// declines.
type formatCase struct {
	name    string
	src     string
	decline bool
}

var printCases = []formatCase{
	{"doc, directives, if with init, goto, labels", `// f does. 
 func f (x,y * T) (T,error) {
var a,b T
//line /a.py:3:5
if a,err = g . h (x,[]T{1,2},nil);err != nil {
err . Add (k . F (3))
goto ag_raise
}
//line :4:5
if ! ok && a == nil || b != nil {
return a,nil
} else {
x = & T {A:1,B:"s"}
}

 ag_l :
//line <asyncgen>:1
c . n = -1

 ag_m :

 ag_raise :
return nil,err
}
`, false},
	{"switch, declarations, function literals", `func (c * T) Resume (s int,m map[string][]*T,v ...T) int {
var x T = T (1)
switch c . state {
case 0,1:
goto ag_start
default:
}
f := func (a T) (T) {
//line /a.py:9:1
return a . (T)
}
g (func () {
h ()
},x [i])
i ++
return 0
}
`, false},
	{"arithmetic", "func f () {\nx = a + b*c\n}\n", true},
	{"parenthesized condition", "func f () {\nif (a) {\nx ()\n}\n}\n", true},
	{"composite literal on several lines", "func f () {\nx = T {\nA:1,\nBB:2,\n}\n}\n", true},
	{"comment after code", "func f () {\nx () // why\ny ()\n}\n", true},
	{"arguments on several lines", "func f () {\nx (a,\nb)\n}\n", true},
	{"empty block", "func f () {\nif a {}\nx ()\n}\n", true},
	{"blank line after a brace", "func f () {\n\nx ()\n}\n", true},
	{"not a function", "var x = 1\n", true},
	{"two declarations", "func f () {\nx ()\n}\n func g () {\nx ()\n}\n", true},
}

// TestPrintFunc checks printFunc against format.Source, and that it
// declines what it does not print as gofmt does.
func TestPrintFunc(t *testing.T) {
	checkFormatter(t, "printFunc", func(src []byte) ([]byte, bool) {
		out, err := printFunc(src)
		return out, err == nil
	}, printCases)
}

// checkFormatter checks a formatter of one declaration, which reports
// false when it declines, against format.Source on cases.
func checkFormatter(t *testing.T, name string, print func([]byte) ([]byte, bool), cases []formatCase) {
	t.Helper()
	for _, tc := range cases {
		got, ok := print([]byte(tc.src))
		if tc.decline {
			if ok {
				t.Errorf("%s: %s printed\n%s\nwant it declined", tc.name, name, got)
			}
			continue
		}
		want, err := format.Source([]byte(tc.src))
		must(t, err)
		if !ok || string(got) != string(want) {
			t.Errorf("%s: %s = %v\n%s\nwant\n%s", tc.name, name, ok, got, want)
		}
	}
}

// checkPieces checks a formatter against format.Source on the pieces pick
// selects of every program of the suite and of a generated script, as
// jennifer renders them for each package name in pkgs, and that it
// formats at least nine in ten of the generated script's.
func checkPieces(t *testing.T, name string, print func([]byte) ([]byte, bool), pick func(i int, piece []byte) bool, pkgs ...string) {
	t.Helper()
	for _, m := range suiteModules(t, 600) {
		for _, pkg := range pkgs {
			file, err := generateFile(m.mod, m.info, Options{File: "/src/" + m.name, Package: pkg, Source: m.src})
			if err != nil {
				continue
			}
			var raw bytes.Buffer
			file.NoFormat = true
			must(t, file.Render(&raw))
			pieces, printed := 0, 0
			for i, p := range splitDecls(raw.Bytes(), 1) {
				if !pick(i, p) {
					continue
				}
				pieces++
				got, ok := print(p)
				if !ok {
					continue
				}
				printed++
				want, err := format.Source(p)
				if err != nil || !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
					t.Errorf("%s: %s: %v, %s", m.name, name, err, lineDiff(bytes.TrimSpace(got), bytes.TrimSpace(want)))
				}
			}
			if m.name == "generated.py" && printed < pieces*9/10 {
				t.Errorf("%s formats %d of the %d pieces of the generated script", name, printed, pieces)
			}
		}
	}
}

// suiteModule is a program parsed and checked for the tests that compile
// the whole suite.
type suiteModule struct {
	name string
	src  []byte
	mod  *ast.Module
	info *check.Info
}

// suiteModules parses and checks every program of testdata/programs and
// a generated script of scriptLines lines, in name order, leaving out
// those with errors.
func suiteModules(t *testing.T, scriptLines int) []suiteModule {
	t.Helper()
	files := map[string][]byte{"generated.py": []byte(compileScript(scriptLines))}
	err := filepath.WalkDir(filepath.Join("..", "testdata", "programs"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		src, err := os.ReadFile(p)
		files[p] = src
		return err
	})
	must(t, err)
	var out []suiteModule
	for _, name := range slices.Sorted(maps.Keys(files)) {
		mod, err := grammar.ParseFile(name, files[name])
		if err != nil {
			continue
		}
		info := check.Check(mod)
		if info.HasErrors() {
			continue
		}
		out = append(out, suiteModule{name, files[name], mod, info})
	}
	return out
}

// TestFastFunc checks fastFunc against format.Source on the cases of
// TestPrintFunc and more, and on every function declaration of the
// programs of the suite and of a generated script, and that it prints
// almost all of the generated script's.
func TestFastFunc(t *testing.T) {
	cases := append(printCases[:len(printCases):len(printCases)], []formatCase{
		{"one unnamed result in parentheses", "func f (x int) (* T) {\nreturn nil\n}\n", false},
		{"named results", "func f () (a,b T) {\nreturn\n}\n", false},
		{"composite literals and types", "func f () {\nx := [] py . Object {a,b}\ny := map[string]int {\"a\":1}\nz := & p . T {A:[]T{}}\n}\n", false},
		{"if header without composite literals", "func f () {\nif x == y {\ng ()\n}\n}\n", false},
		{"else if", "func f () {\nif a {\ng ()\n} else if b {\nh ()\n} else {\ni ()\n}\n}\n", false},
		{"label first", "func f () {\n ag_x :\ng ()\n}\n", false},
		{"directives", "func f () {\n//line x.py:1:1\ng ()\n//line x.py:2:1\n\n//line x.py:3:1\n ag_x :\n}\n", false},
		{"a comment gofmt reformats", "func f () {\n// a\n//line x.py:1:1\ng ()\n}\n", true},
		{"an indented directive", "func f () {\n  //line x.py:2:1\ng ()\n}\n", true},
		{"a doc comment gofmt reformats", "// f does\nfunc f () {\ng ()\n}\n", true},
		{"unicode names", "func f (é int) {\nπ := é\n_ = π\n}\n", false},
		{"nested unary", "func f () {\nx = ! ! y\n}\n", true},
		{"hex literal", "func f () {\nx = 0X1F\n}\n", true},
		{"slice expression", "func f () {\nx = y [1:2]\n}\n", true},
		{"for loop", "func f () {\nfor {\n}\n}\n", true},
		{"comment before a brace", "func f () {\ng ()\n// a\n}\n", true},
		{"trailing comma", "func f () {\nx = T {a,}\n}\n", true},
		{"raw string", "func f () {\nx = `a`\n}\n", true},
		{"blank line before a brace", "func f () {\ng ()\n\n}\n", true},
		{"statement after a brace", "func f () {\nif a {\ng ()\n}; h ()\n}\n", true},
		{"doc comment apart", "// a\n\nfunc f () {\ng ()\n}\n", true},
		{"switch with init", "func f () {\nswitch x := 1; x {\ncase 1:\n}\n}\n", true},
	}...)
	checkFormatter(t, "fastFunc", fastFunc, cases)
	checkPieces(t, "fastFunc", fastFunc, func(_ int, p []byte) bool { return isFunc(p) }, "main")
}

// TestFastDecl checks fastDecl against format.Source on var and type
// declarations as jennifer renders them, and on every piece of the
// programs of the suite and of a generated script that is not a
// function, and that it formats almost all of the generated script's.
func TestFastDecl(t *testing.T) {
	cases := []formatCase{
		{"composite literal", "var agCode2 = & py.Code {\nFile:\"x.py\",\nFirstLine:5,\nKind:py.FunctionCode,\nName:\"héllo\",\nQualName:\"f.<locals>.g\",\n}\n", false},
		{"one element", "var a = T {\nA:[]T{1},\n}\n", false},
		{"one line", "var agK1 = rt.MustInt (\"123\")\n", false},
		{"type and value", "var _ rt.X = rt.Y\n", false},
		{"doc comment", "// a does.\n var a = T {\nAbc:f (x,y),\nB:nil,\n}\n", false},
		{"struct", "// T is.\n type T struct{\nag_state int32 // resume point\nag_line int32 // .py line\nag_aw py.Awaiter // what\nn py.Object\nπ_long_name * py.Object\nx []int // x\ny map[string]int // y\n}\n", false},
		{"one field", "type T struct{\nn py.Object\n}\n", false},
		{"one field with a comment", "type T struct{\nn py.Object // n\n}\n", true},
		{"long key", "var a = T {\nA:1,\nABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJA:2,\n}\n", true},
		{"value on several lines", "var a = T {\nA:func () {\nf ()\n},\n}\n", true},
		{"two elements on a line", "var a = T {\nA:1,B:2,\n}\n", true},
		{"empty literal", "var a = T {\n}\n", true},
		{"embedded field", "type T struct{\npy.Object\n}\n", true},
		{"two declarations", "var a = 1\nvar b = 2\n", true},
		{"const", "const a = 1\n", true},
	}
	checkFormatter(t, "fastDecl", fastDecl, cases)
	// The first piece is the file's start (package clause and imports).
	checkPieces(t, "fastDecl", fastDecl, func(i int, p []byte) bool { return i > 0 && !isFunc(p) }, "main", "lib")
}
