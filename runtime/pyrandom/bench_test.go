package pyrandom

import (
	"math/big"
	"testing"
)

func BenchmarkUint32(b *testing.B) {
	r := NewInt(7)
	var sink uint32
	for b.Loop() {
		sink ^= r.Uint32()
	}
	_ = sink
}

func BenchmarkRandom(b *testing.B) {
	r := NewInt(7)
	var sink float64
	for b.Loop() {
		sink += r.Random()
	}
	_ = sink
}

func BenchmarkRandint(b *testing.B) {
	r := NewInt(7)
	var sink int
	for b.Loop() {
		v, err := r.Randint(1, 100)
		if err != nil {
			b.Fatal(err)
		}
		sink += v
	}
	_ = sink
}

func BenchmarkRandrangeBig(b *testing.B) {
	r := NewInt(7)
	stop, _ := new(big.Int).SetString("1000000000000000000000000000000", 10)
	zero, one := big.NewInt(0), big.NewInt(1)
	for b.Loop() {
		if _, err := r.RandrangeBig(zero, stop, one); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkShuffle50(b *testing.B) {
	r := NewInt(7)
	s := make([]int, 50)
	for b.Loop() {
		ShuffleSlice(r, s)
	}
}

func BenchmarkSeedInt(b *testing.B) {
	r := NewInt(7)
	for i := 0; b.Loop(); i++ {
		r.SeedInt(i)
	}
}

func BenchmarkGauss(b *testing.B) {
	r := NewInt(7)
	var sink float64
	for b.Loop() {
		sink += r.Gauss(0, 1)
	}
	_ = sink
}

func BenchmarkExpoVariate(b *testing.B) {
	r := NewInt(7)
	var sink float64
	for b.Loop() {
		v, err := r.ExpoVariate(1.5)
		if err != nil {
			b.Fatal(err)
		}
		sink += v
	}
	_ = sink
}

func BenchmarkSample(b *testing.B) {
	r := NewInt(7)
	for b.Loop() {
		if _, err := r.Sample(1000, 10); err != nil {
			b.Fatal(err)
		}
	}
}
