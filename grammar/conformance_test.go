package grammar

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// cpythonDumps runs testdata/cpython_dump.py once over root and returns the
// dumps per relative path. The output is cached in the system temp dir, keyed
// by the interpreter and the directory, since the stdlib is machine-specific.
func cpythonDumps(t testing.TB, python, root string) map[string][2]string {
	t.Helper()
	helper, err := filepath.Abs("testdata/cpython_dump.py")
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(helper)
	if err != nil {
		t.Fatal(err)
	}
	ver, err := exec.Command(python, "-c", "import sys; print(sys.version)").Output()
	if err != nil {
		t.Fatalf("python3 --version: %v", err)
	}
	h := sha256.New()
	h.Write(script)
	h.Write(ver)
	h.Write([]byte(root))
	cache := filepath.Join(os.TempDir(), "asyncgen-grammar-conformance-"+hex.EncodeToString(h.Sum(nil))[:16]+".txt")
	data, err := os.ReadFile(cache)
	if err != nil {
		cmd := exec.Command(python, helper, root)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		data, err = cmd.Output()
		if err != nil {
			t.Fatalf("running %s: %v\n%s", helper, err, stderr.String())
		}
		tmp := cache + ".tmp"
		if err := os.WriteFile(tmp, data, 0o644); err == nil {
			os.Rename(tmp, cache)
		}
	}
	out := map[string][2]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		rel := sc.Text()
		if !sc.Scan() {
			t.Fatal("truncated dump file")
		}
		plain := sc.Text()
		if !sc.Scan() {
			t.Fatal("truncated dump file")
		}
		out[rel] = [2]string{plain, sc.Text()}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func findPython(t testing.TB) (python, stdlib string) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3 on PATH: CPython conformance cannot be checked")
	}
	out, err := exec.Command(python, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Fatalf("asking python3 for its stdlib: %v", err)
	}
	return python, strings.TrimSpace(string(out))
}

// TestStdlibConformance parses every .py file of CPython's standard library
// and compares the dumps with CPython's, byte for byte.
func TestStdlibConformance(t *testing.T) {
	stdlibConformance(t, ParseFile)
}

// TestStdlibConformanceParticiple runs the same comparison with the
// participle grammar.
func TestStdlibConformanceParticiple(t *testing.T) {
	stdlibConformance(t, ParseFileParticiple)
}

// stdlibConformance compares parse's dumps of every stdlib file with
// CPython's; it also requires parse to reject exactly the files CPython
// rejects.
func stdlibConformance(t *testing.T, parse func(string, []byte) (*ast.Module, error)) {
	python, stdlib := findPython(t)
	want := cpythonDumps(t, python, stdlib)
	if len(want) == 0 {
		t.Fatalf("no .py files under %s", stdlib)
	}
	var plainOK, posOK, total, rejected, rejectedToo int
	var plainFail, posFail []string
	for rel, w := range want {
		total++
		src, err := os.ReadFile(filepath.Join(stdlib, rel))
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parse(rel, src)
		cpyErr := strings.HasPrefix(w[0], "!ERROR")
		if cpyErr {
			rejected++
		}
		switch {
		case cpyErr && err != nil:
			rejectedToo++
			plainOK++
			posOK++
			continue
		case cpyErr:
			plainFail = append(plainFail, rel+": CPython rejects it ("+w[0]+"), asyncgen accepts it")
			continue
		case err != nil:
			plainFail = append(plainFail, rel+": asyncgen rejects it: "+err.Error())
			continue
		}
		if got := ast.Dump(mod); got == w[0] {
			plainOK++
		} else {
			plainFail = append(plainFail, rel+": dump differs: "+firstDiff(got, w[0]))
		}
		if got := ast.DumpWithPositions(mod); got == w[1] {
			posOK++
		} else {
			posFail = append(posFail, rel+": positions differ: "+firstDiff(got, w[1]))
		}
	}
	t.Logf("%d files: %d identical without positions (%.2f%%), %d with positions (%.2f%%); CPython rejects %d, rejected too: %d",
		total, plainOK, 100*float64(plainOK)/float64(total), posOK, 100*float64(posOK)/float64(total), rejected, rejectedToo)
	for i, f := range plainFail {
		if i == 40 {
			t.Errorf("... and %d more", len(plainFail)-i)
			break
		}
		t.Error(f)
	}
	if float64(posOK) < 0.99*float64(total) {
		for i, f := range posFail {
			if i == 40 {
				t.Errorf("... and %d more", len(posFail)-i)
				break
			}
			t.Error(f)
		}
	}
}

// firstDiff shows where got and want first differ.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return "\n  got:  ..." + got[from:min(len(got), i+80)] + "\n  want: ..." + want[from:min(len(want), i+80)]
}
