// Package pyrandom reproduces CPython 3.11's random module: the MT19937
// generator of _randommodule.c, Random.seed version 2, and the algorithms
// of random.py (getrandbits, randbytes, randrange, randint, choice,
// shuffle, sample, choices, uniform, triangular and the real-valued
// distributions).
//
// Given the same seed, a [Random] produces exactly the values CPython's
// random.Random produces, in the same order, bit for bit, for everything
// built from integers and basic float arithmetic. The package is pure Go
// and knows nothing about Python objects: sequences are described by their
// length and the methods return indices, ints are Go ints or *big.Int,
// floats are float64. A method that CPython would make raise returns an
// *[Error] whose [Kind] names the Python exception class and whose message
// is CPython's.
//
// Differences from CPython, each documented where it arises:
//   - The distributions that need log, exp, sin, cos, acos or ** (gauss,
//     normalvariate, lognormvariate, expovariate, vonmisesvariate,
//     gammavariate, betavariate, paretovariate, weibullvariate) compute them
//     correctly rounded; CPython takes them from glibc, which rounds about
//     one call in a thousand the other way. Such a value differs from
//     CPython's in its last bit or few (uniform and triangular are exact).
//   - Seeding with a float NaN seeds from OS entropy (CPython hashes the NaN
//     object's address, which is just as unpredictable).
//   - Sample with counts and the weighted Choices take Go numbers (int and
//     float64), not arbitrary Python numbers; the counts must total less
//     than the largest int.
package pyrandom
