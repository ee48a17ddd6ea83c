package pyrandom

// StateSize is the number of 32-bit words of Mersenne Twister state.
const StateSize = 624

// MT19937 parameters (Matsumoto and Nishimura), as _randommodule.c uses them.
const (
	shiftSize  = 397
	matrixA    = 0x9908b0df
	upperMask  = 0x80000000
	lowerMask  = 0x7fffffff
	genrandKey = 19650218 // the fixed seed init_by_array starts from
)

// Random is a Mersenne Twister generator with CPython 3.11's random.Random
// behaviour: seeded alike, it returns CPython's values in CPython's order.
//
// A Random is not safe for concurrent use; callers that share one between
// goroutines must serialise access, as CPython's GIL does. The zero value
// is ready to use and seeds itself from OS entropy on first use, as
// random.Random() does.
type Random struct {
	mt [StateSize]uint32
	// left counts the words of mt not yet handed out; the next one is
	// mt[StateSize-left]. The zero value has none left and is not seeded.
	left   int
	seeded bool

	// gaussNext is the second value of the last Box-Muller pair, kept for
	// the next Gauss call (random.py's gauss_next).
	gaussNext    float64
	hasGaussNext bool
}

// New returns a generator seeded from OS entropy, like random.Random().
func New() *Random {
	r := &Random{}
	r.SeedEntropy()
	return r
}

// NewInt returns a generator seeded with seed, like random.Random(seed).
func NewInt(seed int) *Random {
	r := &Random{}
	r.SeedInt(seed)
	return r
}

// initGenrand fills the state from one 32-bit word (init_genrand).
func (r *Random) initGenrand(s uint32) {
	mt := &r.mt
	mt[0] = s
	for i := 1; i < StateSize; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	r.left = 0
}

// initByArray fills the state from a key of 32-bit words (init_by_array).
// An empty key is treated as the single word 0.
func (r *Random) initByArray(key []uint32) {
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initGenrand(genrandKey)
	mt := &r.mt
	i, j := 1, 0
	for k := max(StateSize, len(key)); k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= StateSize {
			mt[0] = mt[StateSize-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k := StateSize - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= StateSize {
			mt[0] = mt[StateSize-1]
			i = 1
		}
	}
	mt[0] = 0x80000000 // most significant bit set: the state is never all zero
	r.left = 0
	r.seeded = true
	r.hasGaussNext = false
}

// twist regenerates all StateSize words of the state at once.
func (r *Random) twist() {
	mt := &r.mt
	mix := func(a, b, c uint32) uint32 {
		y := (a & upperMask) | (b & lowerMask)
		return c ^ (y >> 1) ^ (-(y & 1) & matrixA)
	}
	k := 0
	for ; k < StateSize-shiftSize; k++ {
		mt[k] = mix(mt[k], mt[k+1], mt[k+shiftSize])
	}
	for ; k < StateSize-1; k++ {
		mt[k] = mix(mt[k], mt[k+1], mt[k+shiftSize-StateSize])
	}
	mt[StateSize-1] = mix(mt[StateSize-1], mt[0], mt[shiftSize-1])
	r.left = StateSize
}

// Uint32 returns the next 32-bit output of the generator (genrand_uint32).
func (r *Random) Uint32() uint32 {
	if r.left == 0 {
		if !r.seeded {
			r.SeedEntropy()
		}
		r.twist()
	}
	y := r.mt[StateSize-r.left]
	r.left--
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Random returns the next float in [0.0, 1.0), built from 53 random bits
// exactly as CPython's random.random() builds it.
func (r *Random) Random() float64 {
	a := r.Uint32() >> 5 // 27 bits
	b := r.Uint32() >> 6 // 26 bits
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}
