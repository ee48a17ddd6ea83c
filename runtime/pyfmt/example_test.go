package pyfmt_test

import (
	"fmt"
	"math/big"

	"github.com/asyncgen/asyncgen/runtime/pyfmt"
)

func ExampleFloatRepr() {
	for _, f := range []float64{3, 0.1, 1e16, 1e-5, 2e16 + 8} {
		fmt.Println(pyfmt.FloatRepr(f))
	}
	// Output:
	// 3.0
	// 0.1
	// 1e+16
	// 1e-05
	// 2.000000000000001e+16
}

func ExampleFormat() {
	for _, c := range []struct {
		v    any
		spec string
	}{
		{1234567, ","},
		{255, "#010_x"},
		{-0.0001, "z.2f"},
		{"abc", "*^9"},
		{1.5, "d"},
	} {
		out, err := pyfmt.Format(c.v, c.spec)
		fmt.Printf("%q %v\n", out, err)
	}
	// Output:
	// "1,234,567" <nil>
	// "0x000_00ff" <nil>
	// "0.00" <nil>
	// "***abc***" <nil>
	// "" Unknown format code 'd' for object of type 'float'
}

func ExampleParseSpec() {
	// Parse once, format many times: what an f-string with a constant spec does.
	spec, err := pyfmt.ParseSpec(">+12,.2f", "float", 0, '>')
	if err != nil {
		panic(err)
	}
	for _, f := range []float64{1234.5, -0.125} {
		out, _ := pyfmt.FormatFloat(f, spec)
		fmt.Printf("[%s]\n", out)
	}
	// Output:
	// [   +1,234.50]
	// [       -0.12]
}

func ExampleParsePercent() {
	format := []rune("%-6s|%05.1f|%#x")
	args := []any{"ab", 3.14159, 255}
	var out []rune
	for i := 0; i < len(format); {
		if format[i] != '%' {
			out = append(out, format[i])
			i++
			continue
		}
		d, next, err := pyfmt.ParsePercent(format, i+1)
		if err != nil {
			panic(err)
		}
		i = next
		var s string
		switch v := args[0].(type) {
		case string:
			s, err = pyfmt.PercentStr(v, d.PercentSpec)
		case float64:
			s, err = pyfmt.PercentFloat(v, d.PercentSpec)
		case int:
			s, err = pyfmt.PercentInt(v, d.PercentSpec)
		}
		if err != nil {
			panic(err)
		}
		args = args[1:]
		out = append(out, []rune(s)...)
	}
	fmt.Println(string(out))
	// Output:
	// ab    |003.1|0xff
}

func ExampleIntToString() {
	fmt.Println(pyfmt.IntToString(big.NewInt(-255), 16), pyfmt.SmallIntToString(5, 2), pyfmt.SmallIntToString(8, 8))
	// Output:
	// -0xff 0b101 0o10
}

func ExampleRoundFloat() {
	for _, c := range []struct {
		x float64
		n int
	}{{2.675, 2}, {0.125, 2}, {1234.5, -2}, {2.5, 0}} {
		r, _ := pyfmt.RoundFloat(c.x, c.n)
		fmt.Println(pyfmt.FloatRepr(r))
	}
	// Output:
	// 2.67
	// 0.12
	// 1200.0
	// 2.0
}

func ExampleParseInt() {
	for _, s := range []string{" 1_000 ", "0x_ff", "12a"} {
		v, err := pyfmt.ParseInt(s, 0)
		fmt.Println(v, err)
	}
	// Output:
	// 1000 <nil>
	// 255 <nil>
	// <nil> invalid literal for int() with base 0: '12a'
}
