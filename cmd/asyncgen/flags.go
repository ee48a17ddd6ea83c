package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newFlags returns the flag set of a command whose -h prints synopsis, the
// lines of about and the flags.
func newFlags(name, synopsis string, stderr io.Writer, about ...string) *flag.FlagSet {
	fl := flag.NewFlagSet(name, flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: asyncgen %s\n", synopsis)
		if len(about) > 0 {
			fmt.Fprintln(stderr)
			for _, line := range about {
				fmt.Fprintln(stderr, line)
			}
		}
		hasFlags := false
		fl.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(stderr, "\nflags:")
			fl.PrintDefaults()
		}
	}
	return fl
}

// parseFlags parses args and reports the exit code to return when the
// command must stop: 0 after -h, 2 after a usage error.
func parseFlags(fl *flag.FlagSet, args []string) (stop bool, code int) {
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, 0
		}
		return true, 2
	}
	return false, 0
}

// usageError prints msg and the command's usage, and returns exit code 2.
func usageError(fl *flag.FlagSet, stderr io.Writer, msg string) int {
	fmt.Fprintf(stderr, "asyncgen %s: %s\n", fl.Name(), msg)
	fl.Usage()
	return 2
}
