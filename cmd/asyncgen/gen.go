package main

import (
	"bytes"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"
)

const genUsage = "gen [-o OUT.go] [-pkg NAME] [-check] [FILE.py...]"

var genCommand = command{
	usage: genUsage,
	short: "compile scripts to Go source (for go generate)",
	run:   runGen,
}

func runGen(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("gen", genUsage, stderr,
		"Compiles each FILE.py to FILE_asyncgen.go beside it. A file whose content would",
		"not change is not rewritten; a failed compilation leaves the old file in place.",
		"Under go generate, NAME defaults to $GOPACKAGE, and without FILE.py the script",
		"is $GOFILE with .py for .go (//go:generate go tool asyncgen gen in foo.go",
		"compiles foo.py). A non-main package gets a typed Go API for its coroutines.")
	out := fl.String("o", "", "write the Go source to `OUT.go` (one FILE.py only)")
	pkg := fl.String("pkg", "", "Go package `NAME` (default $GOPACKAGE, else main)")
	checkOnly := fl.Bool("check", false, "write nothing; exit 1 if a generated file is missing or stale")
	if stop, code := parseFlags(fl, args); stop {
		return code
	}
	files := fl.Args()
	if len(files) == 0 {
		gofile := os.Getenv("GOFILE")
		if gofile == "" {
			return usageError(fl, stderr, "missing FILE.py (and $GOFILE is not set)")
		}
		files = []string{strings.TrimSuffix(gofile, ".go") + ".py"}
	}
	if *out != "" && len(files) > 1 {
		return usageError(fl, stderr, "-o needs exactly one FILE.py")
	}
	if *pkg == "" {
		*pkg = os.Getenv("GOPACKAGE")
	}
	if *pkg == "" {
		*pkg = "main"
	}
	if !token.IsIdentifier(*pkg) {
		return usageError(fl, stderr, fmt.Sprintf("-pkg %q is not a Go package name", *pkg))
	}
	code := 0
	for _, file := range files {
		target := *out
		if target == "" {
			target = strings.TrimSuffix(file, ".py") + "_asyncgen.go"
		}
		code = max(code, genOne(file, target, *pkg, *checkOnly, stderr))
	}
	return code
}

// genOne compiles file to target and returns the exit code.
func genOne(file, target, pkg string, checkOnly bool, stderr io.Writer) int {
	display, err := relativeTo(file, filepath.Dir(target))
	if err != nil {
		fmt.Fprintf(stderr, "asyncgen gen: %v\n", err)
		return 1
	}
	goSrc, code := compileOrReport(file, display, pkg, stderr)
	if goSrc == nil {
		return code
	}
	old, err := os.ReadFile(target)
	if err == nil && bytes.Equal(old, goSrc) {
		return 0
	}
	if checkOnly {
		what := "out of date"
		if err != nil {
			what = "missing"
		}
		fmt.Fprintf(stderr, "asyncgen gen: %s is %s with %s: run go generate (or asyncgen gen %s)\n", target, what, file, file)
		return 1
	}
	if err := writeAtomic(target, goSrc, 0o644); err != nil {
		fmt.Fprintf(stderr, "asyncgen gen: %v\n", err)
		return 1
	}
	return 0
}

// relativeTo is file's path relative to dir, with forward slashes: the
// name generated code uses for it (//line directives, tracebacks), the
// same on every machine.
func relativeTo(file, dir string) (string, error) {
	af, err := filepath.Abs(file)
	if err != nil {
		return "", err
	}
	ad, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(ad, af)
	if err != nil {
		return filepath.ToSlash(af), nil
	}
	return filepath.ToSlash(rel), nil
}
