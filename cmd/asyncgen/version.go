package main

import (
	"fmt"
	"io"
)

// version is asyncgen's version; generated programs are cached per version.
const version = "0.1.0-dev"

var versionCommand = command{
	usage: "version",
	short: "print asyncgen's version",
	run: func(args []string, stdout, stderr io.Writer) int {
		if len(args) > 0 {
			fmt.Fprintln(stderr, "usage: asyncgen version")
			return 2
		}
		fmt.Fprintf(stdout, "asyncgen %s\n", version)
		return 0
	},
}
