package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"
)

const runUsage = "run [-v] FILE.py [ARGS...]"

var runCommand = command{
	usage: runUsage,
	short: "compile a script (cached) and run it",
	run:   runMain,
}

func runMain(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("run", runUsage, stderr,
		"Compiles FILE.py to a Go binary, cached by content, and runs it with ARGS:",
		"sys.argv is [FILE.py, ARGS...]; stdin, stdout, stderr and the exit status",
		"pass through. Flags go before FILE.py; everything after it goes to the script.",
		"Set ASYNCGEN_CLOCK=virtual to run asyncio.run on the virtual clock.")
	verbose := fl.Bool("v", false, "report whether the cached binary was reused")
	if stop, code := parseFlags(fl, args); stop {
		return code
	}
	if fl.NArg() < 1 {
		return usageError(fl, stderr, "missing FILE.py")
	}
	script := fl.Arg(0)
	bin, code := buildCached(script, *verbose, stderr)
	if bin == "" {
		return code
	}
	// The script path as typed becomes argv[0], so sys.argv[0] is what
	// CPython would show.
	cmd := &exec.Cmd{Path: bin, Args: append([]string{script}, fl.Args()[1:]...)}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, stderr
	if err := runForwardingSignals(cmd); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ee.ExitCode() < 0 {
				// Killed by a signal: the shell's convention.
				return 128 + signalNumber(ee)
			}
			return ee.ExitCode()
		}
		fmt.Fprintf(stderr, "asyncgen run: running %s: %v\n", script, err)
		return 1
	}
	return 0
}

// runForwardingSignals runs cmd, passing SIGINT and SIGTERM sent to
// asyncgen on to the program, so that stopping "asyncgen run" stops the
// script too.
func runForwardingSignals(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for {
		select {
		case err := <-done:
			return err
		case sig := <-sigs:
			_ = cmd.Process.Signal(sig)
		}
	}
}

// scriptPath is the file name compiled programs use for a script given on
// the command line: its absolute path, as CPython shows it in tracebacks.
func scriptPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("locating %s: %w", path, err)
	}
	return abs, nil
}
