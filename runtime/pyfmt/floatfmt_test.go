package pyfmt

import (
	"strconv"
	"strings"
	"testing"
)

func TestFloatGolden(t *testing.T) {
	tab := readTable(t, "floats.tsv.gz")
	fc := &failCounter{t: t}
	for col := 2; col < len(tab.header); col++ {
		kind, arg, _ := strings.Cut(tab.header[col], ":")
		var run func(f float64) string
		switch kind {
		case "fmt":
			s, err := ParseSpec(arg, "float", 0, '>')
			if err != nil {
				t.Fatalf("ParseSpec(%q): %v", arg, err)
			}
			run = func(f float64) string { return outcome(FormatFloat(f, s)) }
		case "pct":
			p := mustPercent(t, arg)
			run = func(f float64) string { return outcome(PercentFloat(f, p)) }
		case "round":
			if arg == "None" {
				run = func(f float64) string {
					i, err := RoundFloatToInt(f)
					if err != nil {
						return outcome("", err)
					}
					return i.String()
				}
				break
			}
			n, err := strconv.Atoi(arg)
			if err != nil {
				t.Fatalf("bad round column %q", arg)
			}
			run = func(f float64) string {
				r, err := RoundFloat(f, n)
				return outcome(FloatRepr(r), err)
			}
		default:
			t.Fatalf("unknown column %q", tab.header[col])
		}
		for _, row := range tab.rows {
			f := parseBits(t, row[0])
			fc.check(run(f), row[col], tab.header[col]+" of "+row[1])
		}
	}
}
