package py

import (
	"fmt"
	"hash/maphash"
	"math"
	"math/big"
)

const hashModulus = (1 << 61) - 1

// Hash is hash(o), with CPython's values for numbers (ints modulo 2**61-1,
// integral floats equal to their int) and tuples. Strings hash
// deterministically within a run (CPython randomises them anyway).
func Hash(o Object) (int, *Exc) {
	switch v := o.(type) {
	case int:
		return hashInt(v), nil
	case bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *big.Int:
		return hashBig(v), nil
	case float64:
		return hashFloat(v), nil
	case string:
		return hashString(v), nil
	case Bytes:
		return hashString(string(v)), nil
	case NoneType:
		return 0xFCA86420, nil
	case Tuple:
		return hashTuple(v)
	case *FrozenSet:
		return hashFrozenSet(v)
	case *List, *Dict, *Set:
		return 0, unhashable(o)
	case *Instance:
		if r, found, e := callDunder(v, "__hash__"); found {
			if e != nil {
				return 0, e
			}
			n, ok := r.(int)
			if !ok {
				if r == None {
					return 0, unhashable(o)
				}
				return 0, Errorf(TypeError, "__hash__ method should return an integer")
			}
			return n, nil
		}
		if _, hasEq := v.Class.Lookup("__eq__"); hasEq {
			return 0, unhashable(o)
		}
	}
	return identityHash(o), nil
}

func unhashable(o Object) *Exc {
	return Errorf(TypeError, "unhashable type: '%s'", TypeName(o))
}

func hashInt(v int) int {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	h := int(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func hashBig(b *big.Int) int {
	m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(hashModulus)).Int64()
	h := int(m)
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's _Py_HashDouble.
func hashFloat(v float64) int {
	if math.IsInf(v, 1) {
		return 314159
	}
	if math.IsInf(v, -1) {
		return -314159
	}
	if math.IsNaN(v) {
		return 0
	}
	m, e := math.Frexp(v)
	sign := 1
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

var stringSeed = maphash.MakeSeed()

func hashString(s string) int {
	h := int(maphash.String(stringSeed, s) >> 1)
	if h == -1 {
		h = -2
	}
	return h
}

// hashTuple is CPython 3.11's xxHash-based tuplehash.
func hashTuple(t Tuple) (int, *Exc) {
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	acc := uint64(p5)
	for _, x := range t {
		h, e := Hash(x)
		if e != nil {
			return 0, e
		}
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(t)) ^ (p5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int(acc), nil
}

func hashFrozenSet(s *FrozenSet) (int, *Exc) {
	var h uint64
	for _, k := range s.Keys() {
		kh, e := Hash(k)
		if e != nil {
			return 0, e
		}
		x := uint64(kh)
		h ^= ((x ^ 89869747) ^ (x << 16)) * 3644798167
	}
	h ^= (uint64(s.Len()) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int(h) == -1 {
		h = 590923713
	}
	return int(h), nil
}

// identityHash hashes objects compared by identity (functions, classes,
// plain instances) by their address, as CPython does.
func identityHash(o Object) int {
	return hashString(fmt.Sprintf("%T%p", o, o))
}
