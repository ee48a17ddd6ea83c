package grammar

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// FuzzParse checks that no input makes the parser panic or hang, and that
// every error is a *SyntaxError. It is seeded with the project's .py files.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"../testdata", "../examples", "testdata/fuzz-seeds"} {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
				if src, err := os.ReadFile(path); err == nil {
					f.Add(src)
				}
			}
			return nil
		})
	}
	f.Add([]byte("f'{x!r:>{w}}' 'a' f\"{y=}\"\n"))
	f.Add([]byte("match x:\n case [1, *r] | {'k': v, **kw} if v: pass\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := ParseFile("fuzz.py", src)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			_ = se.Render()
			return
		}
		_ = ast.DumpWithPositions(mod)
	})
}
