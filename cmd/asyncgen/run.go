package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/asyncgen/asyncgen"
	"github.com/asyncgen/asyncgen/codegen"
	"github.com/asyncgen/asyncgen/grammar"
)

var runCommand = command{
	usage: "run FILE.py [ARGS...]",
	short: "compile a script (cached) and run it",
	run:   runMain,
}

func runMain(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("run", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: asyncgen run FILE.py [ARGS...]")
		fmt.Fprintln(stderr, "\nCompiles FILE.py to a Go binary (cached by content) and runs it;")
		fmt.Fprintln(stderr, "stdin, stdout, stderr and the exit status pass through.")
		fmt.Fprintf(stderr, "Set %s=virtual to run asyncio.run on the virtual clock.\n", "ASYNCGEN_CLOCK")
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() < 1 {
		fl.Usage()
		return 2
	}
	bin, code := buildCached(fl.Arg(0), stderr)
	if bin == "" {
		return code
	}
	cmd := exec.Command(bin, fl.Args()[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, stderr
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		fmt.Fprintf(stderr, "asyncgen: running %s: %v\n", fl.Arg(0), err)
		return 1
	}
	return 0
}

// compileFile compiles a .py file to Go, printing diagnostics to stderr.
// It returns nil and the exit code when the input has errors.
func compileFile(path, pkg string, stderr io.Writer) ([]byte, int) {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "asyncgen: %v\n", err)
		return nil, 1
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		fmt.Fprintf(stderr, "asyncgen: %v\n", err)
		return nil, 1
	}
	res, err := codegen.Compile(src, codegen.Options{File: abs, Package: pkg})
	if err != nil {
		var se *grammar.SyntaxError
		if errors.As(err, &se) {
			fmt.Fprintln(stderr, se.Render())
			return nil, 1
		}
		fmt.Fprintf(stderr, "asyncgen: %v\n", err)
		return nil, 1
	}
	lines := strings.Split(string(src), "\n")
	for _, d := range res.Diags {
		fmt.Fprintf(stderr, "%s:%d:%d: %s: %s\n", path, d.Pos.Lineno, d.Pos.ColOffset+1, d.Kind, d.Msg)
		if d.Pos.Lineno >= 1 && d.Pos.Lineno <= len(lines) {
			line := lines[d.Pos.Lineno-1]
			fmt.Fprintf(stderr, "    %s\n    %s^\n", line, strings.Repeat(" ", min(d.Pos.ColOffset, len(line))))
		}
	}
	if res.Go == nil {
		return nil, 1
	}
	return res.Go, 0
}

// buildCached compiles path and builds it into a binary kept in the user
// cache, keyed by the generated source; an unchanged script is not
// rebuilt. It returns the binary's path, or "" and an exit code.
func buildCached(path string, stderr io.Writer) (string, int) {
	goSrc, code := compileFile(path, "main", stderr)
	if goSrc == nil {
		return "", code
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	h := sha256.New()
	h.Write([]byte(version + "\x00"))
	if err := hashRuntime(h); err != nil {
		fmt.Fprintf(stderr, "asyncgen: %v\n", err)
		return "", 1
	}
	h.Write(goSrc)
	dir := filepath.Join(cache, "asyncgen", hex.EncodeToString(h.Sum(nil)[:12]))
	bin := filepath.Join(dir, "prog")
	if _, err := os.Stat(bin); err == nil {
		return bin, 0
	}
	if err := buildBinary(goSrc, bin, stderr); err != nil {
		fmt.Fprintf(stderr, "asyncgen: building %s: %v\n", path, err)
		return "", 1
	}
	return bin, 0
}

// hashRuntime feeds the embedded runtime's file names and contents to h,
// so that a cached binary is rebuilt whenever the runtime changes, even
// when the version string does not.
func hashRuntime(h io.Writer) error {
	return fs.WalkDir(asyncgen.RuntimeSource, "runtime", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := asyncgen.RuntimeSource.ReadFile(p)
		if err != nil {
			return fmt.Errorf("reading embedded runtime: %w", err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(data))
		_, err = h.Write(data)
		return err
	})
}

// buildBinary writes a throwaway module holding the generated program and
// the embedded runtime, and runs go build on it, offline.
func buildBinary(goSrc []byte, out string, stderr io.Writer) error {
	work, err := os.MkdirTemp("", "asyncgen-build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	files := map[string]string{
		"go.mod":          "module asyncgen.local/prog\n\ngo 1.26\n\nrequire github.com/asyncgen/asyncgen v0.0.0\n\nreplace github.com/asyncgen/asyncgen => ./asyncgen\n",
		"main.go":         string(goSrc),
		"asyncgen/go.mod": "module github.com/asyncgen/asyncgen\n\ngo 1.26\n",
	}
	for name, text := range files {
		if err := writeFile(filepath.Join(work, name), []byte(text)); err != nil {
			return err
		}
	}
	if err := extractRuntime(filepath.Join(work, "asyncgen")); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	tmp := out + ".tmp"
	cmd := exec.Command("go", "build", "-trimpath", "-o", tmp, ".")
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "CGO_ENABLED=0")
	cmd.Stdout, cmd.Stderr = stderr, stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build: %w", err)
	}
	return os.Rename(tmp, out)
}

// extractRuntime writes the runtime's Go sources (no tests, no test data)
// under dir.
func extractRuntime(dir string) error {
	return fs.WalkDir(asyncgen.RuntimeSource, "runtime", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "testdata" {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		data, err := asyncgen.RuntimeSource.ReadFile(p)
		if err != nil {
			return err
		}
		return writeFile(filepath.Join(dir, p), data)
	})
}

func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
