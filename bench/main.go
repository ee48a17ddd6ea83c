// Command bench measures asyncgen against CPython, CPython with uvloop and
// hand-written Go on the workloads of issue 8, and reports medians and
// speed-up ratios as a table, as Markdown and as a PNG bar chart.
//
// Run it from the repository root:
//
//	go run ./bench                 # every workload, 5 repetitions
//	go run ./bench -reps 3 -scale 0.1 -only switch,pingpong
//
// Each repetition runs every workload under every contender, the
// contenders in a rotating order, so that slow drifts of the machine spread
// over all of them. A run counts only if it printed the expected result.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// config is what the flags set.
type config struct {
	reps         int
	scale        float64
	only         []string
	python       string
	out          string
	compileLines int
}

func main() {
	var cfg config
	var only string
	flag.IntVar(&cfg.reps, "reps", 5, "repetitions of every workload and contender (medians are reported)")
	flag.Float64Var(&cfg.scale, "scale", 1, "multiply the workloads' sizes (1 is issue 8's sizes)")
	flag.StringVar(&only, "only", "", "comma-separated workloads to run (default all, compile included)")
	flag.StringVar(&cfg.python, "python", "/usr/bin/python3", "the CPython interpreter (Debian's, which python3-uvloop is built for)")
	flag.StringVar(&cfg.out, "out", "bench/results", "directory for results.md and results.png (empty: none)")
	flag.IntVar(&cfg.compileLines, "compile-lines", 10_000, "lines of the generated script of the compile workload")
	flag.Parse()
	if only != "" {
		cfg.only = strings.Split(only, ",")
	}
	if err := run(context.Background(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg config) error {
	if cfg.reps < 1 {
		return fmt.Errorf("-reps %d: need at least one repetition", cfg.reps)
	}
	root, err := repoRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "asyncgen-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	s := &setup{root: root, tmp: tmp, python: cfg.python}
	rep := &report{reps: cfg.reps, scale: cfg.scale, python: pythonVersion(ctx, cfg.python)}
	var todo []workload
	for _, w := range workloads {
		if cfg.wants(w.name) {
			todo = append(todo, w)
		}
	}
	if len(todo) > 0 {
		conts, note := s.contenders(ctx)
		if note != "" {
			rep.notes = append(rep.notes, note)
			fmt.Fprintln(os.Stderr, note)
		}
		rep.runtime, err = runWorkloads(ctx, s, todo, conts, cfg)
		if err != nil {
			return err
		}
	}
	if cfg.wants("compile") {
		rep.compile = compileBench(ctx, s, cfg.compileLines, cfg.reps)
	}
	fmt.Print(rep.text())
	if cfg.out == "" {
		return nil
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(cfg.out, "results.md"), []byte(rep.markdown()), 0o644); err != nil {
		return err
	}
	if rep.runtime != nil {
		if err := writeChart(filepath.Join(cfg.out, "results.png"), rep.runtime); err != nil {
			return fmt.Errorf("writing the chart: %w", err)
		}
	}
	fmt.Printf("\nwrote %s\n", filepath.Join(cfg.out, "results.md"))
	return nil
}

func (c config) wants(name string) bool { return c.only == nil || slices.Contains(c.only, name) }

// repoRoot returns the module root: bench must run from the repository.
func repoRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(wd, "bench", "workloads")); err != nil {
		return "", fmt.Errorf("run bench from the repository root (no bench/workloads in %s)", wd)
	}
	return wd, nil
}

// pythonVersion is the interpreter's version line, for the report.
func pythonVersion(ctx context.Context, python string) string {
	out, err := exec.CommandContext(ctx, python, "--version").Output()
	if err != nil {
		return python + " (version unknown)"
	}
	return strings.TrimSpace(string(out))
}

// runWorkloads prepares every contender for every workload, then runs the
// repetitions, rotating the contenders' order, and checks every output.
func runWorkloads(ctx context.Context, s *setup, todo []workload, conts []contender, cfg config) (*table, error) {
	tab := newTable(todo, conts)
	argvs := make(map[[2]int][]string)
	for wi, w := range todo {
		for ci, c := range conts {
			argv, err := c.prepare(ctx, w)
			if err != nil {
				tab.cell(wi, ci).err = err
				fmt.Fprintf(os.Stderr, "%s/%s: n/a: %v\n", w.name, c.name, err)
				continue
			}
			argvs[[2]int{wi, ci}] = argv
		}
	}
	env := os.Environ()
	floorBin := filepath.Join(s.tmp, "go-empty")
	if err := s.run(ctx, "go", "build", "-o", floorBin, "./bench/gobench/empty"); err != nil {
		tab.floor.err = err
	}
	for r := range cfg.reps {
		if tab.floor.err == nil {
			if smp, err := measure(ctx, []string{floorBin}, env); err != nil {
				tab.floor.err = err
			} else {
				tab.floor.samples = append(tab.floor.samples, smp)
			}
		}
		for wi, w := range todo {
			sizes := w.sizes(cfg.scale)
			check := w.want(sizes)
			for k := range conts {
				ci := (k + r + wi) % len(conts)
				c, cell := conts[ci], tab.cell(wi, ci)
				argv, ok := argvs[[2]int{wi, ci}]
				if !ok || cell.err != nil {
					continue
				}
				smp, err := measure(ctx, append(slices.Clone(argv), argStrings(sizes)...), append(env, c.env...))
				if err == nil {
					cell.note, err = check(smp.out)
				}
				if err != nil {
					cell.err = err
					fmt.Fprintf(os.Stderr, "%s/%s: n/a: %v\n", w.name, c.name, err)
					continue
				}
				cell.samples = append(cell.samples, smp)
				fmt.Fprintf(os.Stderr, "rep %d/%d %-12s %-9s %8.3f s %7.1f MB\n", r+1, cfg.reps, w.name, c.name,
					smp.wall.Seconds(), float64(smp.rss)/1e6)
			}
		}
	}
	for wi, w := range todo {
		if w.name != "spawn_gather" {
			continue
		}
		// Memory per task: the peak RSS of the full run less that of a
		// one-task run, divided by the number of tasks.
		one := w.sizes(0)
		for ci := range conts {
			cell := tab.cell(wi, ci)
			argv, ok := argvs[[2]int{wi, ci}]
			if !ok || cell.err != nil || len(cell.samples) == 0 {
				continue
			}
			base, err := measure(ctx, append(slices.Clone(argv), argStrings(one)...), append(env, conts[ci].env...))
			if err != nil {
				continue
			}
			n := w.sizes(cfg.scale)[0]
			cell.perTask = float64(cell.rss()-base.rss) / float64(n)
		}
	}
	return tab, nil
}
