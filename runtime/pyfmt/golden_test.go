package pyfmt

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"strings"
	"testing"
)

// goldenTable is a table written by testdata/gen.py: a header row naming
// the columns and one row per input, cells separated by tabs, each cell the
// body of a JSON string literal. A cell that starts with '!' holds an
// expected error as "Class: message".
type goldenTable struct {
	header []string
	rows   [][]string
}

// column returns the index of a header cell.
func (tab goldenTable) column(t testing.TB, name string) int {
	t.Helper()
	for i, h := range tab.header {
		if h == name {
			return i
		}
	}
	t.Fatalf("golden table has no column %q", name)
	return -1
}

// readTable loads a gzipped golden table from testdata.
func readTable(t testing.TB, name string) goldenTable {
	t.Helper()
	fh, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatalf("open golden table (run python3 testdata/gen.py): %v", err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatalf("gunzip %s: %v", name, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var tab goldenTable
	for sc.Scan() {
		cells := strings.Split(sc.Text(), "\t")
		for i, c := range cells {
			if err := json.Unmarshal([]byte(`"`+c+`"`), &cells[i]); err != nil {
				t.Fatalf("%s: bad cell %q: %v", name, c, err)
			}
		}
		if tab.header == nil {
			tab.header = cells
			continue
		}
		if len(cells) != len(tab.header) {
			t.Fatalf("%s: row has %d cells, header %d", name, len(cells), len(tab.header))
		}
		tab.rows = append(tab.rows, cells)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return tab
}

// outcome renders a result the way the golden tables store it.
func outcome(s string, err error) string {
	if err != nil {
		if pe, ok := err.(*Error); ok {
			return "!" + pe.Kind + ": " + pe.Msg
		}
		return "!" + err.Error()
	}
	return s
}

// readJSONL loads a golden file of one JSON object per line into rows of T.
func readJSONL[T any](t testing.TB, name string) []T {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatalf("read golden file (run python3 testdata/gen.py): %v", err)
	}
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("gunzip %s: %v", name, err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			t.Fatalf("gunzip %s: %v", name, err)
		}
	}
	var rows []T
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var row T
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatalf("%s:%d: %v", name, i+1, err)
		}
		rows = append(rows, row)
	}
	return rows
}

// want renders a JSONL row's expectation as outcome does.
func want(out, err string) string {
	if err != "" {
		return "!" + err
	}
	return out
}

// mustPercent parses a single %-directive such as "%+010.2f".
func mustPercent(t testing.TB, directive string) PercentSpec {
	t.Helper()
	rs := []rune(directive)
	d, next, err := ParsePercent(rs, 1)
	if err != nil || next != len(rs) || d.WidthStar || d.PrecStar || d.HasKey {
		t.Fatalf("ParsePercent(%q) = %+v, %d, %v", directive, d, next, err)
	}
	return d.PercentSpec
}

// failCounter stops a golden test after too many mismatches.
type failCounter struct {
	t testing.TB
	n int
}

// check reports a mismatch and gives up after 30 of them.
func (f *failCounter) check(got, want, what string) {
	f.t.Helper()
	if got == want {
		return
	}
	f.t.Errorf("%s = %q, want %q", what, got, want)
	if f.n++; f.n >= 30 {
		f.t.Fatal("too many failures")
	}
}
