package codegen_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/codegen"
)

// compileTimeout bounds one Compile call under fuzzing: the largest
// program of the suite compiles in a few milliseconds, so an input that
// takes this long is a hang.
const compileTimeout = 10 * time.Second

// FuzzCompile checks that no source text makes the compiler (parser,
// checker and code generator) panic or hang. It is seeded with every .py
// file of the differential suite, the shared lowering cases, the grammar's
// test data and the examples; crashers found by fuzzing are kept under
// testdata/fuzz/FuzzCompile and replayed by go test.
func FuzzCompile(f *testing.F) {
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
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan string, 1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					done <- fmt.Sprintf("%v\n%s", p, debug.Stack())
				}
				close(done)
			}()
			_, _ = codegen.Compile(src, codegen.Options{File: "/fuzz/prog.py", Package: "main"})
		}()
		select {
		case p, panicked := <-done:
			if panicked {
				t.Fatalf("Compile panicked: %s\ninput:\n%s", p, src)
			}
		case <-time.After(compileTimeout):
			t.Fatalf("Compile did not return within %v\ninput:\n%s", compileTimeout, src)
		}
	})
}
