// Package examples_test runs every example script compiled by asyncgen and
// compares it with CPython's output (NAME.golden, written by regen.py).
package examples_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// pending lists the examples asyncgen does not compile or run correctly
// yet (examples/PENDING, one name per line). The test fails when one of
// them starts passing, so the list only shrinks.
func pending(t *testing.T) map[string]bool {
	f, err := os.Open("PENDING")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			out[strings.Fields(line)[0]] = true
		}
	}
	return out
}

func section(a *txtar.Archive, name string) string {
	for _, f := range a.Files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	return ""
}

func TestExamples(t *testing.T) {
	scripts, err := filepath.Glob("*.py")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "asyncgen")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/asyncgen").CombinedOutput(); err != nil {
		t.Fatalf("building asyncgen: %v\n%s", err, out)
	}
	cache := t.TempDir()
	todo := pending(t)
	for _, script := range scripts {
		name := strings.TrimSuffix(script, ".py")
		if name == "regen" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			golden, err := txtar.ParseFile(name + ".golden")
			if err != nil {
				t.Fatalf("%v (run python3 examples/regen.py)", err)
			}
			limit := time.Minute
			if todo[name] {
				limit = 15 * time.Second
			}
			ctx, cancel := context.WithTimeout(context.Background(), limit)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "run", script)
			// asyncgen run passes SIGTERM on to the compiled program.
			cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
			cmd.WaitDelay = 10 * time.Second
			// The virtual clock runs the timers in the order of their
			// deadlines, exactly; the examples space their events widely
			// enough that CPython's real clock agrees.
			cmd.Env = append(os.Environ(), "ASYNCGEN_CACHE="+cache, "ASYNCGEN_CLOCK=virtual")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			code := 0
			err = cmd.Run()
			if ctx.Err() != nil {
				if todo[name] {
					t.Logf("pending: did not finish in %v", limit)
					return
				}
				t.Fatalf("%s did not finish in %v; stdout so far:\n%s", script, limit, stdout.String())
			}
			if err != nil {
				var ee *exec.ExitError
				if !errors.As(err, &ee) {
					t.Fatal(err)
				}
				code = ee.ExitCode()
			}
			wantCode, _ := strconv.Atoi(strings.TrimSpace(section(golden, "exit")))
			ok := stdout.String() == section(golden, "stdout") && code == wantCode
			switch {
			case ok && todo[name]:
				t.Errorf("%s passes now: remove it from examples/PENDING", name)
			case !ok && !todo[name]:
				t.Errorf("exit %d (CPython %d)\nstdout:\n%s\nCPython:\n%s\nstderr:\n%s",
					code, wantCode, stdout.String(), section(golden, "stdout"), stderr.String())
			case !ok:
				t.Logf("pending: exit %d; stderr: %s", code, firstLines(stderr.String(), 3))
			}
		})
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
