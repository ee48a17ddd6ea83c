package pyfmt

import "testing"

// strRow is one line of testdata/strs.jsonl.
type strRow struct {
	Op   string `json:"op"`
	V    string `json:"v"`
	Code int    `json:"code"`
	Spec string `json:"spec"`
	Out  string `json:"out"`
	Err  string `json:"err"`
}

func TestStrGolden(t *testing.T) {
	rows := readJSONL[strRow](t, "strs.jsonl")
	fc := &failCounter{t: t}
	for _, r := range rows {
		var got string
		switch r.Op {
		case "format":
			got = outcome(Format(r.V, r.Spec))
		case "percent":
			got = outcome(PercentStr(r.V, mustPercent(t, r.Spec)))
		case "percent-char":
			got = outcome(PercentChar(r.Code, mustPercent(t, r.Spec)))
		default:
			t.Fatalf("unknown op %q", r.Op)
		}
		fc.check(got, want(r.Out, r.Err), r.Op+" "+r.Spec+" of "+r.V)
	}
}
