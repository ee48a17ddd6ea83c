package py

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestNumbersAgainstCPython checks 5,000 seeded random floats and 5,000
// random ints (testdata/numbers.json, written by gen_golden.py) against
// CPython's repr, format(), round, int(), //, %, hex and float().
func TestNumbersAgainstCPython(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "numbers.json"))
	if err != nil {
		t.Fatal(err)
	}
	var nums struct {
		Floats []struct {
			Bits                       uint64
			Repr, Spec, Format, Round2 string
			StrInt                     string `json:"str_int"`
		}
		Ints []struct {
			Int, Repr, Spec, Format, Hex, Floordiv, Mod, Div, Float string
		}
	}
	if err := json.Unmarshal(data, &nums); err != nil {
		t.Fatal(err)
	}
	if len(nums.Floats)+len(nums.Ints) < 10000 {
		t.Fatalf("only %d numbers", len(nums.Floats)+len(nums.Ints))
	}
	fails := 0
	check := func(what, got, want string) {
		if got != want && fails < 20 {
			fails++
			t.Errorf("%s: got %q, want %q", what, got, want)
		}
	}
	for _, f := range nums.Floats {
		v := math.Float64frombits(f.Bits)
		check("repr", Repr(v), f.Repr)
		got, e := Format(v, f.Spec)
		if e != nil {
			got = "!" + ExcLastLine(e)
		}
		check("format("+f.Repr+", "+f.Spec+")", got, f.Format)
		if f.Round2 != "" {
			r, e := Round(v, 2)
			if e != nil {
				t.Fatal(e)
			}
			check("round("+f.Repr+", 2)", Repr(r), f.Round2)
		}
		if f.StrInt != "" {
			n, e := ToInt(v)
			if e != nil {
				t.Fatal(e)
			}
			check("int("+f.Repr+")", Str(n), f.StrInt)
		}
	}
	for _, n := range nums.Ints {
		v, e := IntFromString(n.Int, 10)
		if e != nil {
			t.Fatal(e)
		}
		check("repr", Repr(v), n.Repr)
		got, e := Format(v, n.Spec)
		if e != nil {
			got = "!" + ExcLastLine(e)
		}
		check("format("+n.Int+", "+n.Spec+")", got, n.Format)
		h, e := Call(Builtins["hex"], []Object{v}, nil)
		if e != nil {
			t.Fatal(e)
		}
		check("hex", h.(string), n.Hex)
		d, _ := IntFromString(n.Div, 10)
		q, e := FloorDiv(v, d)
		if e != nil {
			t.Fatal(e)
		}
		check("floordiv", Str(q), n.Floordiv)
		r, e := Mod(v, d)
		if e != nil {
			t.Fatal(e)
		}
		check("mod", Str(r), n.Mod)
		fl, e := ToFloat(v)
		if e != nil {
			t.Fatal(e)
		}
		check("float", Repr(fl), n.Float)
	}
}
