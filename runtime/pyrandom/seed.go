package pyrandom

import (
	"math"
	"math/big"
	"math/rand/v2"
)

// SeedInt seeds the generator as random.seed(a) does for an int: every
// bit of |a| is used.
func (r *Random) SeedInt(a int) {
	u := uint64(a)
	if a < 0 {
		u = -u // two's complement negation also handles math.MinInt
	}
	r.SeedUint64(u)
}

// SeedUint64 seeds the generator as random.seed(a) does for the
// non-negative int a.
func (r *Random) SeedUint64(a uint64) {
	if a>>32 == 0 {
		r.initByArray([]uint32{uint32(a)})
		return
	}
	r.initByArray([]uint32{uint32(a), uint32(a >> 32)})
}

// SeedBig seeds the generator as random.seed(a) does for an int of any
// size: |a| is split into 32-bit words, least significant first.
func (r *Random) SeedBig(a *big.Int) {
	r.initByArray(magnitudeWords(a))
}

// SeedString seeds the generator as random.seed(s) does for a str
// (version 2): the UTF-8 bytes of s, seeded as by [Random.SeedBytes].
func (r *Random) SeedString(s string) {
	r.SeedBytes([]byte(s))
}

// SeedBytes seeds the generator as random.seed(b) does for bytes or a
// bytearray (version 2): the seed is the big-endian int of b followed by
// its SHA-512 digest.
func (r *Random) SeedBytes(b []byte) {
	digest := sum512(b)
	buf := make([]byte, 0, len(b)+len(digest))
	buf = append(append(buf, b...), digest[:]...)
	r.SeedBig(new(big.Int).SetBytes(buf))
}

// SeedFloat seeds the generator as random.seed(f) does for a float: the
// seed is Python's hash(f), read as an unsigned 64-bit integer. Integral
// floats therefore seed like the equal int when it is non-negative.
//
// CPython 3.11 hashes a NaN by the address of its float object, so its
// sequence is unpredictable; SeedFloat seeds a NaN from OS entropy.
func (r *Random) SeedFloat(f float64) {
	if math.IsNaN(f) {
		r.SeedEntropy()
		return
	}
	r.SeedUint64(uint64(HashFloat(f)))
}

// SeedEntropy seeds the generator as random.seed(None) does: from 624
// random words. They come from math/rand/v2's global generator (ChaCha8,
// seeded by the Go runtime from OS entropy) rather than crypto/rand, so that
// programs do not link and initialise the crypto packages.
func (r *Random) SeedEntropy() {
	key := make([]uint32, StateSize)
	for i := range key {
		key[i] = rand.Uint32()
	}
	r.initByArray(key)
}

// magnitudeWords splits |a| into 32-bit words, least significant first,
// with at least one word (the key CPython's random_seed builds).
func magnitudeWords(a *big.Int) []uint32 {
	b := new(big.Int).Abs(a).Bytes() // big-endian, no leading zeros
	words := make([]uint32, max(1, (len(b)+3)/4))
	for i, c := range b {
		pos := len(b) - 1 - i // byte position counted from the least significant
		words[pos/4] |= uint32(c) << (8 * (pos % 4))
	}
	return words
}

// SeedStringV1 seeds the generator as random.seed(s, version=1) does for a
// str, reproducing sequences of Python versions before 3.2: a 64-bit
// multiplicative hash of the code points of s.
func (r *Random) SeedStringV1(s string) {
	r.seedV1([]rune(s))
}

// SeedBytesV1 seeds the generator as random.seed(b, version=1) does for
// bytes: the bytes are read as Latin-1 code points.
func (r *Random) SeedBytesV1(b []byte) {
	cps := make([]rune, len(b))
	for i, c := range b {
		cps[i] = rune(c)
	}
	r.seedV1(cps)
}

func (r *Random) seedV1(cps []rune) {
	var x uint64
	if len(cps) > 0 {
		x = uint64(cps[0]) << 7
	}
	for _, c := range cps {
		x = (1000003 * x) ^ uint64(c)
	}
	x ^= uint64(len(cps))
	// CPython maps -1 to -2 here, but x is never negative.
	r.SeedUint64(x)
}
