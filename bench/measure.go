package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// sample is one timed run of a contender.
type sample struct {
	wall time.Duration
	rss  int64 // peak resident set size of the child, bytes
	out  string
}

// runTimeout bounds one run; a contender slower than this is reported as
// failing rather than stalling the whole benchmark.
const runTimeout = 5 * time.Minute

// measure runs argv, waits for it and returns its wall time, the peak RSS
// that wait4 reports for it and its standard output. A run that fails
// returns an error carrying the last line of its standard error.
func measure(ctx context.Context, argv []string, env []string) (sample, error) {
	ctx, cancel := context.WithTimeout(ctx, runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		if ctx.Err() != nil {
			return sample{}, fmt.Errorf("timed out after %v", runTimeout)
		}
		return sample{}, fmt.Errorf("%w: %s", err, lastLine(stderr.String()))
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return sample{}, errors.New("no rusage for the child")
	}
	// Linux reports ru_maxrss in kilobytes.
	return sample{wall: wall, rss: ru.Maxrss * 1024, out: stdout.String()}, nil
}

// lastLine returns the last non-empty line of s, clipped.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return clip(strings.TrimSpace(lines[len(lines)-1]), 160)
}
