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
