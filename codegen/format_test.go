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
