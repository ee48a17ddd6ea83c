package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// compileResult is the compile workload: asyncgen gen's speed on a
// generated script, and building it end to end.
type compileResult struct {
	lines     int
	gen       []sample // asyncgen gen as a child process
	build     []sample // asyncgen build (or run) as a child process
	buildHow  string
	genErr    error
	buildErr  error
	coldBuild time.Duration // the first build, with the Go build cache cold for this script
}

// compileBench generates a script of lines lines, times compiling it to Go
// with "asyncgen gen" (the whole command, process start included) reps
// times, and times building it end to end; the built program must print
// what CPython prints.
func compileBench(ctx context.Context, s *setup, lines, reps int) *compileResult {
	r := &compileResult{lines: lines}
	src := genScript(lines)
	r.lines = strings.Count(src, "\n")
	path := filepath.Join(s.tmp, "compile_gen.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		r.genErr = err
		return r
	}
	want, err := exec.CommandContext(ctx, s.python, path).Output()
	if err != nil {
		r.buildErr = fmt.Errorf("python3 on the generated script: %w", err)
		return r
	}
	ag, err := s.asyncgenBin(ctx)
	if err != nil {
		r.genErr, r.buildErr = err, err
		return r
	}
	for i := range reps {
		out := filepath.Join(s.tmp, fmt.Sprintf("compile_gen_%d.go", i))
		smp, err := measure(ctx, []string{ag, "gen", "-o", out, path}, os.Environ())
		if err != nil {
			r.genErr = err
			break
		}
		r.gen = append(r.gen, smp)
	}
	hasBuild := s.hasCommand(ctx, "build")
	r.buildHow = "asyncgen build -o BIN FILE.py"
	if !hasBuild {
		r.buildHow = "asyncgen run FILE.py (no build command yet)"
	}
	for i := range reps + 1 {
		// A fresh comment makes every script new to asyncgen's own cache;
		// Go's build cache keeps the compiled runtime, as it would for a
		// user building one script after another.
		salted := filepath.Join(s.tmp, fmt.Sprintf("compile_gen_%d.py", i))
		if err := os.WriteFile(salted, fmt.Appendf([]byte(src), "# build %d\n", i), 0o644); err != nil {
			r.buildErr = err
			return r
		}
		bin := filepath.Join(s.tmp, fmt.Sprintf("compile_gen_%d", i))
		argv := []string{ag, "build", "-o", bin, salted}
		if !hasBuild {
			argv = []string{ag, "run", salted}
		}
		smp, err := measure(ctx, argv, os.Environ())
		if err == nil && hasBuild {
			var out []byte
			out, err = exec.CommandContext(ctx, bin).Output()
			smp.out = string(out)
		}
		if err == nil && smp.out != string(want) {
			err = fmt.Errorf("built program printed %q, CPython %q", clip(smp.out, 60), clip(string(want), 60))
		}
		if err != nil {
			r.buildErr = err
			return r
		}
		if i == 0 {
			r.coldBuild = smp.wall
			continue
		}
		r.build = append(r.build, smp)
	}
	return r
}

func (r *compileResult) genWall() time.Duration {
	return median(r.gen, func(s sample) int64 { return int64(s.wall) }, func(v int64) time.Duration { return time.Duration(v) })
}

func (r *compileResult) buildWall() time.Duration {
	return median(r.build, func(s sample) int64 { return int64(s.wall) }, func(v int64) time.Duration { return time.Duration(v) })
}

func (r *compileResult) buildRSS() int64 {
	return median(r.build, func(s sample) int64 { return s.rss }, func(v int64) int64 { return v })
}

// summary returns the report's lines about compiling.
func (r *compileResult) summary() []string {
	var out []string
	if r.genErr != nil {
		out = append(out, fmt.Sprintf("gen: n/a (%v)", r.genErr))
	} else {
		lps := float64(r.lines) / r.genWall().Seconds()
		mark := "ok"
		if lps < 50_000 {
			mark = "MISS"
		}
		out = append(out, fmt.Sprintf("gen (asyncgen gen -o OUT.go FILE.py, parse to gofmt'd Go): %d lines in %s = %.0f lines/s (target ≥ 50,000 %s)",
			r.lines, formatDuration(r.genWall()), lps, mark))
	}
	if r.buildErr != nil {
		out = append(out, fmt.Sprintf("build: n/a (%v)", r.buildErr))
	} else {
		out = append(out, fmt.Sprintf("build end to end (%s): %s, peak RSS %s; first build %s",
			r.buildHow, formatDuration(r.buildWall()), formatBytes(r.buildRSS()), formatDuration(r.coldBuild)))
	}
	return out
}

func (r *compileResult) text() string {
	return "compile:\n- " + strings.Join(r.summary(), "\n- ") + "\n"
}

func (r *compileResult) markdown() string {
	return "Compile speed, on a generated script (`genScript` in bench/compilegen.go):\n\n- " +
		strings.Join(r.summary(), "\n- ") + "\n"
}
