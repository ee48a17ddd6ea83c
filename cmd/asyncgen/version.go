package main

import (
	"fmt"
	"io"
	"runtime"

	"github.com/asyncgen/asyncgen/codegen"
)

// version is asyncgen's version; compiled programs are cached per version.
const version = "0.1.0-dev"

const versionUsage = "version"

var versionCommand = command{
	usage: versionUsage,
	short: "print asyncgen's version and the runtime API it targets",
	run:   runVersion,
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("version", versionUsage, stderr)
	if stop, code := parseFlags(fl, args); stop {
		return code
	}
	if fl.NArg() > 0 {
		return usageError(fl, stderr, "no arguments expected")
	}
	fmt.Fprintf(stdout, "asyncgen %s (runtime API v%d, built with %s)\n", version, codegen.RuntimeAPIVersion, runtime.Version())
	return 0
}
