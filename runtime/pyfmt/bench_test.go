package pyfmt

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// sink keeps benchmark results alive.
var sink string

func BenchmarkFloatRepr(b *testing.B) {
	cases := []struct {
		name string
		f    float64
	}{
		{"short", 0.1},
		{"integral", 12345678.0},
		{"long", math.Pi},
		{"exponent", 1.2345e-300},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				sink = FloatRepr(c.f)
			}
		})
	}
	b.Run("random", func(b *testing.B) {
		rng := rand.New(rand.NewPCG(1, 2))
		fs := make([]float64, 1024)
		for i := range fs {
			fs[i] = math.Float64frombits(rng.Uint64())
		}
		i := 0
		for b.Loop() {
			sink = FloatRepr(fs[i&1023])
			i++
		}
	})
}

func BenchmarkFormatInt(b *testing.B) {
	specs := []string{"d", ",", ">12", "#x", "+020_d"}
	for _, spec := range specs {
		s, err := ParseSpec(spec, "int", 'd', '>')
		if err != nil {
			b.Fatal(err)
		}
		b.Run("small/"+spec, func(b *testing.B) {
			for b.Loop() {
				sink, _ = FormatInt(123456789, s)
			}
		})
		big := new(big.Int).Exp(big.NewInt(7), big.NewInt(90), nil)
		b.Run("big/"+spec, func(b *testing.B) {
			for b.Loop() {
				sink, _ = FormatBigInt(big, s)
			}
		})
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	for _, spec := range []string{".3f", ",.2f", "e", ".10g", ""} {
		s, err := ParseSpec(spec, "float", 0, '>')
		if err != nil {
			b.Fatal(err)
		}
		b.Run(spec, func(b *testing.B) {
			for b.Loop() {
				sink, _ = FormatFloat(1234567.891, s)
			}
		})
	}
}

func BenchmarkParseSpec(b *testing.B) {
	for b.Loop() {
		_, _ = ParseSpec("*^+#030,.5f", "float", 0, '>')
	}
}
