// Package pyrandom reproduces CPython 3.11's random module bit for bit:
// the MT19937 generator of _randommodule.c, Random.seed version 2, and the
// algorithms of random.py (randrange, randint, choice, shuffle, sample,
// choices, uniform and the real-valued distributions).
//
// Given the same seed, a [Random] produces exactly the sequence CPython's
// random.Random produces. The package is pure Go and knows nothing about
// Python objects: sequences are described by their length and the methods
// return indices, ints are Go ints or *big.Int, floats are float64. A
// method that CPython would make raise returns an *[Error] whose [Kind]
// names the Python exception class and whose message is CPython's.
//
// Differences from CPython, all documented on the method concerned:
//   - Seeding with a float NaN seeds from OS entropy (CPython hashes the NaN
//     object's address, which is just as unpredictable).
//   - Sample with counts and the weighted Choices take Go numbers (int and
//     float64), not arbitrary Python numbers.
package pyrandom
