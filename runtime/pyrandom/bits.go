package pyrandom

import (
	"encoding/binary"
	"math/big"
	"math/bits"
)

// errNegativeBits is getrandbits' complaint about a negative bit count.
const errNegativeBits = "number of bits must be non-negative"

// GetRandBits returns a non-negative int with k random bits, as
// random.getrandbits(k) does: 32-bit outputs fill the number from its
// least significant word up, the last one keeping only its top bits. It
// fails with a ValueError when k is negative.
func (r *Random) GetRandBits(k int) (*big.Int, error) {
	if k < 0 {
		return nil, newError(ValueError, errNegativeBits)
	}
	if k <= 64 {
		return new(big.Int).SetUint64(r.getRandBits64(k)), nil
	}
	return new(big.Int).SetBits(r.randWords(k)), nil
}

// GetRandBits64 is [Random.GetRandBits] for k <= 64, without allocation.
// It fails with a ValueError when k is negative or larger than 64.
func (r *Random) GetRandBits64(k int) (uint64, error) {
	if k < 0 {
		return 0, newError(ValueError, errNegativeBits)
	}
	if k > 64 {
		return 0, newError(ValueError, "GetRandBits64: %d bits do not fit in 64", k)
	}
	return r.getRandBits64(k), nil
}

// getRandBits64 is getrandbits(k) for 0 <= k <= 64.
func (r *Random) getRandBits64(k int) uint64 {
	switch {
	case k == 0:
		return 0
	case k <= 32:
		return uint64(r.Uint32() >> (32 - k))
	default:
		lo := uint64(r.Uint32())
		hi := uint64(r.Uint32() >> (64 - k))
		return hi<<32 | lo
	}
}

// randWords returns getrandbits(k) for k > 0 as the little-endian words
// of a big.Int.
func (r *Random) randWords(k int) []big.Word {
	n32 := (k-1)/32 + 1
	words := make([]big.Word, (n32*32+bits.UintSize-1)/bits.UintSize)
	for i := 0; i < n32; i, k = i+1, k-32 {
		w := r.Uint32()
		if k < 32 {
			w >>= 32 - k
		}
		words[i*32/bits.UintSize] |= big.Word(w) << (i * 32 % bits.UintSize)
	}
	return words
}

// RandBytes returns n random bytes, as random.randbytes(n) does (the bytes
// of getrandbits(8*n), least significant first). It fails with a
// ValueError when n is negative.
func (r *Random) RandBytes(n int) ([]byte, error) {
	if n < 0 {
		return nil, newError(ValueError, errNegativeBits)
	}
	out := make([]byte, n+3)
	for i, k := 0, 8*n; k > 0; i, k = i+4, k-32 {
		w := r.Uint32()
		if k < 32 {
			w >>= 32 - k
		}
		binary.LittleEndian.PutUint32(out[i:], w)
	}
	return out[:n], nil
}
