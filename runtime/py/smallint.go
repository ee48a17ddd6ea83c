package py

// smallInts holds the ints 0..len-1 already converted to Object, so that
// the hot arithmetic and iteration paths (counters, range loops, indexes)
// return them without allocating: Go itself only avoids the allocation for
// values below 256.
var smallInts = func() (t [1024]Object) {
	for i := range t {
		t[i] = i
	}
	return t
}()

// intObject returns i as an Object, without allocating when i is small.
func intObject(i int) Object {
	if uint(i) < uint(len(smallInts)) {
		return smallInts[i]
	}
	return i
}
