package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

const buildUsage = "build [-o OUT] [-v] FILE.py"

var buildCommand = command{
	usage: buildUsage,
	short: "compile a script to a static binary",
	run:   runBuild,
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("build", buildUsage, stderr,
		"Compiles FILE.py to a static Go binary (CGO_ENABLED=0), offline: only a Go",
		"toolchain is needed. OUT defaults to FILE without .py, in the current directory.")
	out := fl.String("o", "", "write the binary to `OUT`")
	verbose := fl.Bool("v", false, "report whether the cached binary was reused")
	if stop, code := parseFlags(fl, args); stop {
		return code
	}
	if fl.NArg() != 1 {
		return usageError(fl, stderr, "want exactly one FILE.py")
	}
	script := fl.Arg(0)
	if *out == "" {
		*out = strings.TrimSuffix(filepath.Base(script), ".py")
		if *out == filepath.Base(script) {
			*out += ".bin"
		}
	}
	bin, code := buildCached(script, *verbose, stderr)
	if bin == "" {
		return code
	}
	if err := copyAtomic(bin, *out, 0o755); err != nil {
		fmt.Fprintf(stderr, "asyncgen build: %v\n", err)
		return 1
	}
	return 0
}
