package pyfmt

import "testing"

// parseRow is one line of testdata/parse.jsonl.gz: int(s, base) or float(s).
type parseRow struct {
	Op   string `json:"op"`
	S    string `json:"s"`
	Base int    `json:"base"`
	Out  string `json:"out"`
	Err  string `json:"err"`
}

func TestParseGolden(t *testing.T) {
	fc := &failCounter{t: t}
	for _, r := range readJSONL[parseRow](t, "parse.jsonl.gz") {
		switch r.Op {
		case "int":
			v, err := ParseInt(r.S, r.Base)
			if err == nil {
				var text string
				text, err = BigIntStr(v)
				got := outcome(text, err)
				fc.check(got, want(r.Out, r.Err), "str(int("+StrRepr(r.S)+"))")
				continue
			}
			got := outcome("", err)
			fc.check(got, want(r.Out, r.Err), "int("+StrRepr(r.S)+")")
		case "float":
			f, err := ParseFloat(r.S)
			fc.check(outcome(FloatRepr(f), err), want(r.Out, r.Err), "float("+StrRepr(r.S)+")")
		default:
			t.Fatalf("unknown op %q", r.Op)
		}
	}
}
