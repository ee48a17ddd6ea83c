package codegen

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar"
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
	files := map[string][]byte{"generated.py": []byte(compileScript(600))}
	err := filepath.WalkDir(filepath.Join("..", "testdata", "programs"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		src, err := os.ReadFile(p)
		files[p] = src
		return err
	})
	must(t, err)
	n := 0
	for name, src := range files {
		mod, err := grammar.ParseFile(name, src)
		if err != nil {
			continue
		}
		info := check.Check(mod)
		if info.HasErrors() {
			continue
		}
		file, err := generateFile(mod, info, Options{File: "/src/" + name, Package: "main", Source: src})
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

// TestPrintFunc checks printFunc against format.Source on function
// declarations as jennifer renders them, unformatted, and that it
// declines what it does not print as gofmt does.
func TestPrintFunc(t *testing.T) {
	for _, tc := range []struct {
		name    string
		src     string
		decline bool
	}{
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
	} {
		got, err := printFunc([]byte(tc.src))
		if tc.decline {
			if err == nil {
				t.Errorf("%s: printFunc printed\n%s\nwant it declined", tc.name, got)
			}
			continue
		}
		want, ferr := format.Source([]byte(tc.src))
		must(t, ferr)
		if err != nil || string(got) != string(want) {
			t.Errorf("%s: printFunc = %v\n%s\nwant\n%s", tc.name, err, got, want)
		}
	}
}
