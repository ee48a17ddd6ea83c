package pyfmt

import (
	"math/big"
	"strings"
	"testing"
)

// parsePyHex decodes Python's hex() rendering, e.g. "-0x1f".
func parsePyHex(t testing.TB, s string) *big.Int {
	t.Helper()
	neg := strings.HasPrefix(s, "-")
	v, ok := new(big.Int).SetString(strings.TrimPrefix(strings.TrimPrefix(s, "-"), "0x"), 16)
	if !ok {
		t.Fatalf("bad hex %q", s)
	}
	if neg {
		v.Neg(v)
	}
	return v
}

// percentIntArg applies a %-directive to an int the way the runtime does:
// %e and friends convert to float, %c takes a code point.
func percentIntArg(v *big.Int, p PercentSpec) (string, error) {
	switch p.Verb {
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := intValue{big: v}.toFloat()
		if err != nil {
			return "", err
		}
		return PercentFloat(f, p)
	case 'c':
		code := -1
		if v.IsInt64() && v.Int64() >= 0 && v.Int64() <= 0x10ffff {
			code = int(v.Int64())
		}
		return PercentChar(code, p)
	}
	return PercentBigInt(v, p)
}

func TestIntGolden(t *testing.T) {
	tab := readTable(t, "ints.tsv.gz")
	fc := &failCounter{t: t}
	hexCol, octCol, binCol := tab.column(t, "hex"), tab.column(t, "oct"), tab.column(t, "bin")
	for _, row := range tab.rows {
		v := parsePyHex(t, row[0])
		fc.check(IntToString(v, 16), row[hexCol], "hex("+row[0]+")")
		fc.check(IntToString(v, 8), row[octCol], "oct("+row[0]+")")
		fc.check(IntToString(v, 2), row[binCol], "bin("+row[0]+")")
		if v.IsInt64() {
			fc.check(SmallIntToString(int(v.Int64()), 16), row[hexCol], "hex(small "+row[0]+")")
		}
	}
	for col := binCol + 1; col < len(tab.header); col++ {
		kind, arg, _ := strings.Cut(tab.header[col], ":")
		for _, row := range tab.rows {
			v := parsePyHex(t, row[0])
			what := tab.header[col] + " of " + row[0]
			switch kind {
			case "fmt":
				s, err := ParseSpec(arg, "int", 'd', '>')
				if err != nil {
					fc.check(outcome("", err), row[col], what)
					continue
				}
				fc.check(outcome(FormatBigInt(v, s)), row[col], what)
				if v.IsInt64() {
					fc.check(outcome(FormatInt(int(v.Int64()), s)), row[col], "small "+what)
				}
			case "pct":
				fc.check(outcome(percentIntArg(v, mustPercent(t, arg))), row[col], what)
				if p := mustPercent(t, arg); v.IsInt64() && strings.ContainsRune("diuoxX", p.Verb) {
					fc.check(outcome(PercentInt(int(v.Int64()), p)), row[col], "small "+what)
				}
			default:
				t.Fatalf("unknown column %q", tab.header[col])
			}
		}
	}
}
