package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/codegen"
)

func TestGenScriptSize(t *testing.T) {
	for _, lines := range []int{40, 1000, 10_000} {
		src := genScript(lines)
		got := strings.Count(src, "\n")
		if got > lines || got < lines-blockLines {
			t.Errorf("genScript(%d) has %d lines, want (%d, %d]", lines, got, lines-blockLines, lines)
		}
	}
}

// TestGenScriptCompilesAndRuns checks that the generated script is one
// that both CPython and asyncgen's compiler accept, so that the compile
// benchmark measures a real program.
func TestGenScriptCompilesAndRuns(t *testing.T) {
	src := genScript(2000)
	path := filepath.Join(t.TempDir(), "gen.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", path).CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "checksum ") {
		t.Fatalf("python3 %s: %v\n%s", path, err, out)
	}
	res, err := codegen.Compile([]byte(src), codegen.Options{File: path, Package: "main"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Go == nil {
		t.Fatalf("asyncgen rejects the generated script: %v", res.Diags)
	}
}
