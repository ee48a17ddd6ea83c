package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/asyncgen/asyncgen/codegen"
)

// contender is one way of running a workload.
type contender struct {
	name string
	// prepare builds what is needed and returns the command that runs
	// workload w (its sizes are appended), or an error saying why this
	// contender cannot run it.
	prepare func(ctx context.Context, w workload) ([]string, error)
	// env is added to the environment of every run.
	env []string
}

// setup is where the contenders find their tools and put what they build.
type setup struct {
	root   string // the repository root
	tmp    string // scratch directory for binaries
	python string // the CPython interpreter
}

// uvloopRunner runs a script (argv[1]) with uvloop's event loop policy
// installed, leaving the script itself untouched.
const uvloopRunner = "import runpy, sys, uvloop; uvloop.install(); sys.argv = sys.argv[1:]; " +
	"runpy.run_path(sys.argv[0], run_name='__main__')"

func (s *setup) script(w workload) string {
	return filepath.Join(s.root, "bench", "workloads", w.name+".py")
}

// contenders returns CPython, CPython with uvloop (nil and the reason when
// uvloop cannot be imported), hand-written Go and asyncgen.
func (s *setup) contenders(ctx context.Context) ([]contender, string) {
	cpython := contender{name: "cpython", prepare: func(_ context.Context, w workload) ([]string, error) {
		return []string{s.python, s.script(w)}, nil
	}}
	gocont := contender{name: "go", prepare: func(ctx context.Context, w workload) ([]string, error) {
		bin := filepath.Join(s.tmp, "go-"+w.name)
		if err := s.run(ctx, "go", "build", "-o", bin, "./bench/gobench/"+w.name); err != nil {
			return nil, err
		}
		return []string{bin}, nil
	}}
	asyncgen := contender{name: "asyncgen", prepare: func(ctx context.Context, w workload) ([]string, error) {
		return s.buildScript(ctx, w, filepath.Join(s.tmp, "asyncgen-"+w.name))
	}}
	out := []contender{cpython}
	var note string
	if err := exec.CommandContext(ctx, s.python, "-c", "import uvloop").Run(); err != nil {
		note = fmt.Sprintf("uvloop skipped: %s cannot import uvloop (install Debian's python3-uvloop)", s.python)
	} else {
		out = append(out, contender{name: "uvloop", prepare: func(_ context.Context, w workload) ([]string, error) {
			return []string{s.python, "-c", uvloopRunner, s.script(w)}, nil
		}})
	}
	return append(out, gocont, asyncgen), note
}

// asyncgenBin builds the asyncgen command once.
func (s *setup) asyncgenBin(ctx context.Context) (string, error) {
	bin := filepath.Join(s.tmp, "asyncgen")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	if err := s.run(ctx, "go", "build", "-o", bin, "./cmd/asyncgen"); err != nil {
		return "", err
	}
	return bin, nil
}

// hasCommand reports whether asyncgen knows sub-command name.
func (s *setup) hasCommand(ctx context.Context, name string) bool {
	bin, err := s.asyncgenBin(ctx)
	if err != nil {
		return false
	}
	out, _ := exec.CommandContext(ctx, bin, "help").CombinedOutput()
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 0 && f[0] == name {
			return true
		}
	}
	return false
}

// buildScript compiles a script with "asyncgen build -o bin"; while that
// command does not exist, the script is run through "asyncgen run", which
// checks the script's cache every time (a few milliseconds of codegen per
// run), after one warm-up run that builds it.
func (s *setup) buildScript(ctx context.Context, w workload, bin string) ([]string, error) {
	script := s.script(w)
	ag, err := s.asyncgenBin(ctx)
	if err != nil {
		return nil, err
	}
	if s.hasCommand(ctx, "build") {
		if err := s.run(ctx, ag, "build", "-o", bin, script); err != nil {
			return nil, fmt.Errorf("compile error: %w", err)
		}
		return []string{bin}, nil
	}
	src, err := os.ReadFile(script)
	if err != nil {
		return nil, err
	}
	res, err := codegen.Compile(src, codegen.Options{File: script, Package: "main"})
	if err == nil && res.Go == nil && len(res.Diags) > 0 {
		d := res.Diags[0]
		err = fmt.Errorf("line %d: %s", d.Pos.Lineno, d.Msg)
	}
	if err != nil {
		return nil, fmt.Errorf("compile error: %w", err)
	}
	argv := []string{ag, "run", script}
	if err := s.run(ctx, ag, append(argv[1:], argStrings(w.sizes(0))...)...); err != nil {
		return nil, fmt.Errorf("warm-up run: %w", err)
	}
	return argv, nil
}

// run runs a build step in the repository root; its error carries the
// step's first line of output.
func (s *setup) run(ctx context.Context, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = s.root
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w: %s", filepath.Base(name), args[0], err, gist(out.String()))
	}
	return nil
}

// gist picks the telling line of a failed step's output: the exception
// line that ends a Python traceback, else the first line (a compile
// diagnostic).
func gist(s string) string {
	if strings.HasPrefix(strings.TrimSpace(s), "Traceback") {
		return lastLine(s)
	}
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			return clip(line, 200)
		}
	}
	return ""
}
