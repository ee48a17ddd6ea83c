package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/asyncgen/asyncgen"
)

// cacheEnv names the environment variable that overrides the directory of
// compiled programs (default: asyncgen under the user cache directory).
const cacheEnv = "ASYNCGEN_CACHE"

// cacheDir returns the directory holding compiled programs.
func cacheDir() (string, error) {
	if d := os.Getenv(cacheEnv); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("locating the cache directory (set %s): %w", cacheEnv, err)
	}
	return filepath.Join(d, "asyncgen"), nil
}

// buildCached compiles script and builds it into a binary kept in the
// cache under a hash of asyncgen's version, the embedded runtime and the
// generated source: an unchanged script is not rebuilt. It returns the
// binary's path, or "" and the exit code.
func buildCached(script string, verbose bool, stderr io.Writer) (string, int) {
	display, err := scriptPath(script)
	if err != nil {
		fmt.Fprintf(stderr, "asyncgen: %v\n", err)
		return "", 1
	}
	goSrc, code := compileOrReport(script, display, "main", stderr)
	if goSrc == nil {
		return "", code
	}
	root, err := cacheDir()
	if err != nil {
		fmt.Fprintf(stderr, "asyncgen: %v\n", err)
		return "", 1
	}
	h := sha256.New()
	h.Write([]byte(version + "\x00"))
	if err := hashRuntime(h); err != nil {
		fmt.Fprintf(stderr, "asyncgen: %v\n", err)
		return "", 1
	}
	h.Write(goSrc)
	bin := filepath.Join(root, hex.EncodeToString(h.Sum(nil)[:12]), "prog")
	if _, err := os.Stat(bin); err == nil {
		if verbose {
			fmt.Fprintf(stderr, "asyncgen: %s: cached binary %s\n", script, bin)
		}
		return bin, 0
	}
	if verbose {
		fmt.Fprintf(stderr, "asyncgen: %s: building %s\n", script, bin)
	}
	if err := buildBinary(goSrc, bin, stderr); err != nil {
		fmt.Fprintf(stderr, "asyncgen: building %s: %v\n", script, err)
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

// buildEnv is the environment of the go build of a compiled program:
// offline (the runtime comes from asyncgen itself, nothing is downloaded),
// outside any workspace, static.
func buildEnv() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "CGO_ENABLED=0")
}

// buildBinary writes a throwaway module holding the generated program and
// the embedded runtime, runs go build on it offline, and moves the binary
// to out atomically.
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
	tmp := filepath.Join(work, "prog")
	cmd := exec.Command("go", "build", "-trimpath", "-o", tmp, ".")
	cmd.Dir = work
	cmd.Env = buildEnv()
	cmd.Stdout, cmd.Stderr = stderr, stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return copyAtomic(tmp, out, 0o755)
}

// extractRuntime writes the runtime's Go and assembly sources (no tests,
// no test data) under dir.
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
		if !strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, ".s") || strings.HasSuffix(p, "_test.go") {
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
