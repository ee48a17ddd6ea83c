// Command asyncgen compiles Python 3.11 asyncio scripts into Go.
//
// Usage:
//
//	asyncgen <command> [arguments]
//
// Each command lives in its own file and registers itself in commands.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
)

// command is one sub-command of asyncgen.
type command struct {
	// usage is the one-line synopsis, such as "parse [--dump] FILE.py".
	usage string
	// short describes the command in the command list.
	short string
	// run runs the command with the arguments after its name and returns
	// the exit code: 0 success, 1 errors in the input, 2 misuse.
	run func(args []string, stdout, stderr io.Writer) int
}

// commands maps each sub-command's name to its implementation. Adding a
// command is one entry here plus one file.
var commands = map[string]command{
	"build":   buildCommand,
	"check":   checkCommand,
	"gen":     genCommand,
	"parse":   parseCommand,
	"run":     runCommand,
	"version": versionCommand,
}

func main() {
	if _, set := os.LookupEnv("GOGC"); !set {
		// A compilation is a short batch job whose heap is mostly live
		// syntax trees and Go text: collecting less often makes gen about
		// a fifth faster for a quarter more peak memory.
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a sub-command and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "asyncgen: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd.run(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: asyncgen <command> [arguments]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].short)
	}
	fmt.Fprintln(w, "\nRun 'asyncgen <command> -h' for a command's flags.")
}
