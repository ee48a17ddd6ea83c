package pyfmt

import (
	"math/big"
	"testing"
)

// miscRow is one line of testdata/misc.jsonl: format(v, spec) (or
// percent % v) for a fixed value of a type, or for an int given in hex.
type miscRow struct {
	Type    string `json:"type"`
	Value   string `json:"value"`
	Spec    string `json:"spec"`
	Percent string `json:"percent"`
	Out     string `json:"out"`
	Err     string `json:"err"`
}

func TestFormatGolden(t *testing.T) {
	values := map[string]any{"int": -42, "float": -2.5, "str": "abc", "bool": true}
	fc := &failCounter{t: t}
	for _, r := range readJSONL[miscRow](t, "misc.jsonl") {
		v := values[r.Type]
		if r.Value != "" {
			v = parsePyHex(t, r.Value)
		}
		if r.Percent != "" {
			got := outcome(PercentBigInt(v.(*big.Int), mustPercent(t, r.Percent)))
			fc.check(got, want(r.Out, r.Err), r.Percent+" % "+r.Value)
			continue
		}
		fc.check(outcome(Format(v, r.Spec)), want(r.Out, r.Err), "format("+r.Type+", "+r.Spec+")")
	}
}

func TestFormatRejectsUnknownGoType(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Format(int32) did not panic")
		}
	}()
	_, _ = Format(int32(1), "")
}

func TestRandomSpecsGolden(t *testing.T) {
	tab := readTable(t, "specs.tsv.gz")
	fc := &failCounter{t: t}
	for _, row := range tab.rows {
		var v any
		switch row[0] {
		case "int":
			n, ok := new(big.Int).SetString(row[1], 10)
			if !ok {
				t.Fatalf("bad int %q", row[1])
			}
			v = n
			if n.IsInt64() {
				v = int(n.Int64())
			}
		case "float":
			v = parseBits(t, row[1])
		default:
			v = row[1]
		}
		fc.check(outcome(Format(v, row[2])), row[3], "format("+row[0]+" "+row[1]+", "+row[2]+")")
	}
}
