package codegen_test

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/codegen"
	"github.com/asyncgen/asyncgen/grammar"
)

// compileTimeout bounds one Compile call under fuzzing: the largest
// program of the suite compiles in a few milliseconds, so an input that
// takes this long is a hang.
const compileTimeout = 10 * time.Second

// FuzzCompile checks that no source text makes the compiler (parser,
// checker and code generator) panic, hang or fail with an internal error:
// an input is either compiled, rejected with diagnostics, or rejected
// with a *grammar.SyntaxError. It is seeded with every .py
// file of the differential suite, the shared lowering cases, the grammar's
// test data and the examples; crashers found by fuzzing are kept under
// testdata/fuzz/FuzzCompile and replayed by go test.
func FuzzCompile(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan string, 1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					done <- fmt.Sprintf("panic: %v\n%s", p, debug.Stack())
				}
				close(done)
			}()
			_, err := codegen.Compile(src, codegen.Options{File: "/fuzz/prog.py", Package: "main"})
			var se *grammar.SyntaxError
			if err != nil && !errors.As(err, &se) {
				done <- "internal error: " + err.Error()
			}
		}()
		select {
		case p, failed := <-done:
			if failed {
				t.Fatalf("Compile failed: %s\ninput:\n%s", p, src)
			}
		case <-time.After(compileTimeout):
			t.Fatalf("Compile did not return within %v\ninput:\n%s", compileTimeout, src)
		}
	})
}

// addSeeds adds every .py file of the differential suite, the shared
// lowering cases, the grammar's test data and the examples to f's corpus.
func addSeeds(f *testing.F) {
	for _, dir := range []string{"../testdata", "../../shared/lowering-cases", "../grammar/testdata", "../examples"} {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
				return err
			}
			src, err := os.ReadFile(path)
			if err == nil {
				f.Add(src)
			}
			return err
		})
		if err != nil && !os.IsNotExist(err) {
			f.Fatal(err)
		}
	}
}

// FuzzGeneratedCode checks that whatever the compiler accepts, it turns
// into Go that is gofmt-stable and type-checks: a type error there would
// be left for go build to find. It shares FuzzCompile's seeds.
func FuzzGeneratedCode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		res, err := codegen.Compile(src, codegen.Options{File: "/fuzz/prog.py", Package: "main"})
		if err != nil || res.Go == nil {
			return
		}
		if out, err := format.Source(res.Go); err != nil || !bytes.Equal(out, res.Go) {
			t.Fatalf("output not gofmt-stable (%v)\ninput:\n%s", err, src)
		}
		n := len(res.Diags)
		if err := repoChecker().Check(res); err != nil {
			t.Fatal(err)
		}
		if len(res.Diags) > n {
			t.Fatalf("type error in generated code: %s\ninput:\n%s", res.Diags[n], src)
		}
	})
}
