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
	addSeeds(f)
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

// FuzzParseParticiple checks that no input makes the participle grammar
// panic or hang, and that it agrees with the hand-written parser: both
// accept with identical trees (positions included), or both reject with the
// same error (ParseFileParticiple reports a non-SyntaxError error when it
// rejects what the hand-written parser accepts).
func FuzzParseParticiple(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := ParseFileParticiple("fuzz.py", src)
		want, werr := ParseFile("fuzz.py", src)
		switch {
		case err != nil:
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("%q: %v", src, err)
			}
			if werr == nil {
				t.Fatalf("%q: participle rejects (%v), the hand-written parser accepts", src, err)
			}
		case werr != nil:
			t.Fatalf("%q: participle accepts, the hand-written parser rejects: %v", src, werr)
		default:
			if got, w := ast.DumpWithPositions(mod), ast.DumpWithPositions(want); got != w {
				t.Fatalf("%q: trees differ:%s", src, firstDiff(got, w))
			}
		}
	})
}

// addSeeds seeds a fuzz target with the project's .py files and a few
// dense snippets.
func addSeeds(f *testing.F) {
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
	for _, src := range participleSnippets {
		f.Add([]byte(src))
	}
}
