package pyfmt

import (
	"bufio"
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

// goldenTable is a table written by testdata/gen.py: a header row naming
// the columns and one row per input, cells separated by tabs. A cell that
// starts with '!' holds an expected error as "Class: message".
type goldenTable struct {
	header []string
	rows   [][]string
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
