package codegen_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/codegen"
	"golang.org/x/tools/txtar"
)

// program is one differential test case: a .py file and CPython's golden
// output for it (testdata/regen.py writes them).
type program struct {
	name   string // path relative to testdata/programs, without .py
	py     string
	golden *txtar.Archive // nil when the golden file is missing
}

func loadPrograms(t *testing.T) []program {
	root := filepath.Join("..", "testdata", "programs")
	var out []program
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		g, err := txtar.ParseFile(strings.TrimSuffix(p, ".py") + ".golden")
		if err != nil && !os.IsNotExist(err) {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		out = append(out, program{name: strings.TrimSuffix(rel, ".py"), py: p, golden: g})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// pending lists the programs the compiler does not handle yet, one name per
// line in testdata/programs/PENDING. The test fails when one of them starts
// passing, so the list only ever shrinks.
func pending(t *testing.T) map[string]bool {
	f, err := os.Open(filepath.Join("..", "testdata", "programs", "PENDING"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}

func section(a *txtar.Archive, name string) string {
	for _, f := range a.Files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	return ""
}

// TestDifferential compiles every program of testdata/programs, builds them
// in one go build, runs each on the virtual clock and compares stdout, exit
// status and the last stderr line with CPython's.
func TestDifferential(t *testing.T) {
	progs := loadPrograms(t)
	skip := pending(t)
	work := t.TempDir()
	repo, _ := filepath.Abs("..")
	mod := "module asyncgen.test/progs\n\ngo 1.26\n\nrequire github.com/asyncgen/asyncgen v0.0.0\n\nreplace github.com/asyncgen/asyncgen => " + repo + "\n"
	must(t, os.WriteFile(filepath.Join(work, "go.mod"), []byte(mod), 0o644))
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	must(t, err)
	must(t, os.WriteFile(filepath.Join(work, "go.sum"), sum, 0o644))

	compiled := map[string]string{} // program name -> package dir
	compileErr := map[string]string{}
	for i, p := range progs {
		src, err := os.ReadFile(p.py)
		must(t, err)
		abs, _ := filepath.Abs(p.py)
		res, err := codegen.Compile(src, codegen.Options{File: abs, Package: "main"})
		if err != nil || res.Go == nil {
			msg := "internal error"
			if err != nil {
				msg = err.Error()
			} else if len(res.Diags) > 0 {
				msg = res.Diags[0].String()
			}
			compileErr[p.name] = msg
			continue
		}
		dir := filepath.Join(work, "p"+strconv.Itoa(i))
		must(t, os.MkdirAll(dir, 0o755))
		must(t, os.WriteFile(filepath.Join(dir, "main.go"), res.Go, 0o644))
		compiled[p.name] = dir
	}
	bin := filepath.Join(work, "bin")
	must(t, os.MkdirAll(bin, 0o755))
	build := exec.Command("go", "build", "-o", bin+string(os.PathSeparator), "./...")
	build.Dir = work
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	buildOut, _ := build.CombinedOutput()

	for _, p := range progs {
		t.Run(p.name, func(t *testing.T) {
			if p.golden == nil {
				t.Fatalf("no golden file: run python3 testdata/regen.py %s", p.py)
			}
			got, why := runProgram(p, compiled, compileErr, bin, buildOut)
			want := section(p.golden, "stdout") + "\x00" + strings.TrimSpace(section(p.golden, "exit")) + "\x00" + section(p.golden, "stderr")
			ok := why == "" && got == want
			switch {
			case skip[p.name] && ok:
				t.Errorf("%s passes now: remove it from testdata/programs/PENDING", p.name)
			case !skip[p.name] && !ok:
				if why != "" {
					t.Fatalf("%s", why)
				}
				t.Errorf("output differs from CPython's\n--- got\n%s\n--- want\n%s", strings.ReplaceAll(got, "\x00", "\n--\n"), strings.ReplaceAll(want, "\x00", "\n--\n"))
			}
		})
	}
}

// runProgram runs a compiled program and returns stdout, exit status and
// last stderr line joined by NULs, or why it could not run.
func runProgram(p program, compiled, compileErr map[string]string, bin string, buildOut []byte) (string, string) {
	if msg, bad := compileErr[p.name]; bad {
		return "", "compile error: " + msg
	}
	exe := filepath.Join(bin, filepath.Base(compiled[p.name]))
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	if _, err := os.Stat(exe); err != nil {
		return "", "go build failed:\n" + string(buildOut)
	}
	cmd := exec.Command(exe)
	cmd.Dir = filepath.Dir(p.py)
	cmd.Env = append(os.Environ(), "ASYNCGEN_CLOCK=virtual")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			return "", err.Error()
		}
		code = ee.ExitCode()
	}
	lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
	last := lines[len(lines)-1]
	if last != "" {
		last += "\n"
	}
	return stdout.String() + "\x00" + strconv.Itoa(code) + "\x00" + last, ""
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
