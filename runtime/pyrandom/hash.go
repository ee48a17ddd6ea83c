package pyrandom

import (
	"math"
	"math/bits"
)

// Python's numeric hash (sys.hash_info on 64-bit builds): values are reduced
// modulo the Mersenne prime 2**61 - 1.
const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
)

// HashFloat returns CPython's hash(f) for a finite or infinite float: the
// value of f as an exact rational modulo 2**61 - 1, with the sign of f,
// and -2 in place of -1. A NaN, which CPython hashes by object address,
// hashes to 0 here.
func HashFloat(f float64) int64 {
	switch {
	case math.IsNaN(f):
		return 0
	case math.IsInf(f, 1):
		return hashInf
	case math.IsInf(f, -1):
		return -hashInf
	}
	neg := math.Signbit(f)
	// f = mant * 2**exp with an integer mant < 2**53.
	frac, exp := math.Frexp(math.Abs(f))
	mant := uint64(math.Ldexp(frac, 53))
	exp -= 53
	// mant < 2**53 < modulus, so it is already reduced. Multiplying by
	// 2**exp modulo 2**61 - 1 is a 61-bit rotation by exp mod 61, for
	// negative exp too since 2**61 is 1 modulo the prime.
	x := rotate61(mant, ((exp%hashBits)+hashBits)%hashBits)
	h := int64(x)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// rotate61 rotates the 61-bit value x left by s bits (0 <= s < 61).
func rotate61(x uint64, s int) uint64 {
	if s == 0 {
		return x
	}
	hi, lo := bits.Mul64(x, 1<<uint(s))
	// x * 2**s = hi*2**64 + lo; fold the bits above bit 61 back in.
	v := lo&hashModulus | (lo>>hashBits | hi<<(64-hashBits))
	if v >= hashModulus {
		v -= hashModulus
	}
	return v
}
