package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// cell is what one contender did on one workload.
type cell struct {
	samples []sample
	err     error   // why the contender is n/a: compile error, wrong output...
	note    string  // what the output check noted (timers' order)
	perTask float64 // spawn_gather: peak memory per task, bytes
}

// wall is the median wall time.
func (c *cell) wall() time.Duration {
	return median(c.samples, func(s sample) int64 { return int64(s.wall) }, func(v int64) time.Duration { return time.Duration(v) })
}

// rss is the median peak RSS in bytes.
func (c *cell) rss() int64 {
	return median(c.samples, func(s sample) int64 { return s.rss }, func(v int64) int64 { return v })
}

func (c *cell) ok() bool { return c.err == nil && len(c.samples) > 0 }

// median of key over samples (the mean of the middle two for an even
// count).
func median[T any](samples []sample, key func(sample) int64, conv func(int64) T) T {
	vs := make([]int64, len(samples))
	for i, s := range samples {
		vs[i] = key(s)
	}
	slices.Sort(vs)
	if len(vs) == 0 {
		return conv(0)
	}
	m := len(vs) / 2
	if len(vs)%2 == 1 {
		return conv(vs[m])
	}
	return conv((vs[m-1] + vs[m]) / 2)
}

// table holds the cells of workloads × contenders.
type table struct {
	workloads   []workload
	contenders  []string
	cells       [][]cell
	asyncgenCol int
	floor       cell // an empty Go program (bench/gobench/empty)
}

func newTable(ws []workload, cs []contender) *table {
	t := &table{workloads: ws, cells: make([][]cell, len(ws)), asyncgenCol: -1}
	for i, c := range cs {
		t.contenders = append(t.contenders, c.name)
		if c.name == "asyncgen" {
			t.asyncgenCol = i
		}
	}
	for i := range t.cells {
		t.cells[i] = make([]cell, len(cs))
	}
	return t
}

func (t *table) cell(w, c int) *cell { return &t.cells[w][c] }

// speedup is contender c's median time over asyncgen's, or 0 when either is
// missing.
func (t *table) speedup(w, c int) float64 {
	if t.asyncgenCol < 0 {
		return 0
	}
	a, o := t.cell(w, t.asyncgenCol), t.cell(w, c)
	if !a.ok() || !o.ok() {
		return 0
	}
	return float64(o.wall()) / float64(a.wall())
}

// ceiling is the largest speed-up over contender c that any compiled
// program could show on workload w on this machine: c's median time over
// the start-up floor's (0 when either is missing).
func (t *table) ceiling(w, c int) float64 {
	o := t.cell(w, c)
	if !t.floor.ok() || !o.ok() {
		return 0
	}
	return float64(o.wall()) / float64(t.floor.wall())
}

// targets are issue 8's minimum speed-ups of asyncgen over each contender.
var targets = map[string]map[string]float64{
	"spawn_gather": {"cpython": 50, "uvloop": 20, "go": 1.5},
	"switch":       {"cpython": 50, "uvloop": 20, "go": 2},
	"pingpong":     {"cpython": 50, "uvloop": 20, "go": 2},
	"await_chain":  {"cpython": 100, "uvloop": 100, "go": 1},
	"timers":       {"cpython": 20, "uvloop": 10, "go": 1},
}

// report is everything one run of bench measured.
type report struct {
	reps    int
	scale   float64
	python  string
	notes   []string
	runtime *table
	compile *compileResult
}

// rows returns the runtime table as rows of strings: a header, then one row
// per workload with each contender's median time and RSS and asyncgen's
// speed-up over every other contender.
func (r *report) rows(md bool) [][]string {
	t := r.runtime
	head := []string{"workload"}
	head = append(head, t.contenders...)
	for _, c := range t.contenders {
		if c != "asyncgen" {
			head = append(head, "asyncgen vs "+c)
		}
	}
	out := [][]string{head}
	for wi, w := range t.workloads {
		row := []string{w.name}
		for ci := range t.contenders {
			row = append(row, formatCell(t.cell(wi, ci)))
		}
		for ci, c := range t.contenders {
			if c == "asyncgen" {
				continue
			}
			row = append(row, formatRatio(t.speedup(wi, ci), targets[w.name][c], t.ceiling(wi, ci), md))
		}
		out = append(out, row)
	}
	return out
}

func formatCell(c *cell) string {
	if c.err != nil {
		return "n/a (" + clip(c.err.Error(), 60) + ")"
	}
	if len(c.samples) == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%s, %s", formatDuration(c.wall()), formatBytes(c.rss()))
}

// formatRatio shows a speed-up and, when the issue sets one, its target;
// a target above the ceiling (see table.ceiling) is marked as out of
// reach for any compiled program.
func formatRatio(x, target, ceiling float64, md bool) string {
	if x == 0 {
		return "–"
	}
	s := fmt.Sprintf("%.2f×", x)
	if target == 0 {
		return s
	}
	mark := "ok"
	if x < target {
		mark = "MISS"
	}
	if md && x < target {
		mark = "**miss**"
	}
	if x < target && ceiling > 0 && ceiling < target {
		mark += fmt.Sprintf("; at most %.0f× possible", ceiling)
	}
	return fmt.Sprintf("%s (≥ %g× %s)", s, target, mark)
}

func formatDuration(d time.Duration) string {
	switch {
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	case d >= time.Millisecond:
		return fmt.Sprintf("%.1f ms", float64(d)/1e6)
	}
	return fmt.Sprintf("%.0f µs", float64(d)/1e3)
}

func formatBytes(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.2f GB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f KB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}

// details are the notes under the table: memory per task, timer order and
// the n/a reasons in full.
func (r *report) details() []string {
	out := slices.Clone(r.notes)
	t := r.runtime
	if t == nil {
		return out
	}
	if t.floor.ok() {
		out = append(out, fmt.Sprintf("start-up floor: a Go program that does nothing (bench/gobench/empty) takes %s; "+
			"no compiled program takes less, so a speed-up over a contender is at most its time ÷ that", formatDuration(t.floor.wall())))
	} else if t.floor.err != nil {
		out = append(out, fmt.Sprintf("start-up floor n/a: %v", t.floor.err))
	}
	for wi, w := range t.workloads {
		var parts []string
		for ci, c := range t.contenders {
			cl := t.cell(wi, ci)
			switch {
			case cl.err != nil:
				out = append(out, fmt.Sprintf("%s/%s n/a: %v", w.name, c, cl.err))
			case cl.perTask != 0:
				parts = append(parts, fmt.Sprintf("%s %s", c, formatBytes(int64(cl.perTask))))
			case cl.note != "":
				parts = append(parts, fmt.Sprintf("%s %s", c, cl.note))
			}
		}
		if len(parts) == 0 {
			continue
		}
		switch w.name {
		case "spawn_gather":
			out = append(out, "spawn_gather, peak memory per task (target for asyncgen ≤ 250 B): "+strings.Join(parts, ", "))
		default:
			out = append(out, w.name+": "+strings.Join(parts, ", "))
		}
	}
	return out
}

func (r *report) header() string {
	return fmt.Sprintf("medians of %d runs, sizes ×%g, %s", r.reps, r.scale, r.python)
}

// text renders the report for the terminal.
func (r *report) text() string {
	var b strings.Builder
	b.WriteString("\n" + r.header() + "\n\n")
	if r.runtime != nil {
		rows := r.rows(false)
		widths := make([]int, len(rows[0]))
		for _, row := range rows {
			for i, s := range row {
				widths[i] = max(widths[i], len([]rune(s)))
			}
		}
		for _, row := range rows {
			for i, s := range row {
				fmt.Fprintf(&b, "%-*s  ", widths[i], s)
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	for _, n := range r.details() {
		b.WriteString("- " + n + "\n")
	}
	if r.compile != nil {
		b.WriteString("\n" + r.compile.text())
	}
	return b.String()
}

// markdown renders the report as Markdown.
func (r *report) markdown() string {
	var b strings.Builder
	b.WriteString("# asyncgen benchmarks\n\n")
	fmt.Fprintf(&b, "Made by `go run ./bench -reps %d -scale %g` (%s). ", r.reps, r.scale, r.header())
	b.WriteString("Each cell is the median wall time and peak RSS of the process; a speed-up is the contender's time ÷ asyncgen's, with issue 8's target.\n\n")
	if r.runtime != nil {
		for i, row := range r.rows(true) {
			b.WriteString("| " + strings.Join(row, " | ") + " |\n")
			if i == 0 {
				b.WriteString(strings.Repeat("| --- ", len(row)) + "|\n")
			}
		}
		b.WriteString("\n![wall time per workload, log scale](results.png)\n\n")
	}
	for _, n := range r.details() {
		b.WriteString("- " + n + "\n")
	}
	if r.compile != nil {
		b.WriteString("\n" + r.compile.markdown())
	}
	return b.String()
}
