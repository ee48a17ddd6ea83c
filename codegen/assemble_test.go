package codegen

import (
	"bytes"
	"testing"

	"github.com/dave/jennifer/jen"
)

// TestGenerateMatchesWholeFile checks that Generate, which renders and
// formats the file in segments while it compiles, gives the bytes of
// rendering the whole file as one jennifer file and formatting it, on
// every program of the suite and a generated script, as a program and as
// a package.
func TestGenerateMatchesWholeFile(t *testing.T) {
	n := 0
	for _, m := range suiteModules(t, 1500) {
		name, src, mod, info := m.name, m.src, m.mod, m.info
		for _, pkg := range []string{"main", "lib"} {
			opts := Options{File: "/src/" + name, Package: pkg, Source: src}
			file, err := generateFile(mod, info, opts)
			if err != nil {
				continue
			}
			want, err := render(file, minPart)
			must(t, err)
			got, err := Generate(mod, info, opts)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("%s as package %s: Generate: %v, %s", name, pkg, err, lineDiff(got, want))
			}
			n++
		}
	}
	if n < 10 {
		t.Fatalf("only %d programs compile", n)
	}
}

// TestAssemblerPanicsOnCaller checks that a panic while a worker renders a
// segment reaches the goroutine that compiles, as it did when the file
// was rendered there.
func TestAssemblerPanicsOnCaller(t *testing.T) {
	a := newAssembler("main")
	defer a.stop()
	// jennifer panics rendering a Dict among other values.
	a.decls([]jen.Code{jen.Var().Id("x").Op("=").Id("T").Values(jen.Dict{jen.Id("A"): jen.Lit(1)}, jen.Lit(2))})
	head, tail := newSegmentFile("main"), newSegmentFile("main")
	head.Var().Id("y").Op("=").Lit(1)
	head.Line()
	defer func() {
		if r := recover(); r == nil {
			t.Errorf("finish returned without panicking")
		}
	}()
	a.finish(head, tail)
}
