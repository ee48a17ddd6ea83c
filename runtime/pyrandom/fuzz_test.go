package pyrandom

import (
	"math/big"
	"testing"
)

// FuzzRandrangeIntMatchesBig checks the int fast paths of Randrange and
// Randint against their big.Int forms, which share no overflow shortcuts:
// both must draw the same value or fail with the same error.
func FuzzRandrangeIntMatchesBig(f *testing.F) {
	f.Add(int64(0), int64(10), int64(1), int64(7))
	f.Add(int64(-1<<63), int64(1<<63-1), int64(3), int64(1))
	f.Add(int64(1<<63-1), int64(-1<<63), int64(-1<<63), int64(2))
	f.Add(int64(5), int64(5), int64(0), int64(3))
	f.Fuzz(func(t *testing.T, start, stop, step, seed int64) {
		if !fitsInt(big.NewInt(start)) || !fitsInt(big.NewInt(stop)) || !fitsInt(big.NewInt(step)) {
			return
		}
		a, b := NewInt(int(seed)), NewInt(int(seed))
		x, errA := a.Randrange(int(start), int(stop), int(step))
		y, errB := b.RandrangeBig(big.NewInt(start), big.NewInt(stop), big.NewInt(step))
		sameResult(t, "Randrange", x, y, errA, errB)

		x, errA = a.Randint(int(start), int(stop))
		y, errB = b.RandintBig(big.NewInt(start), big.NewInt(stop))
		sameResult(t, "Randint", x, y, errA, errB)
	})
}

func sameResult(t *testing.T, what string, x int, y *big.Int, errA, errB error) {
	t.Helper()
	switch {
	case (errA == nil) != (errB == nil):
		t.Fatalf("%s: int form error %v, big form error %v", what, errA, errB)
	case errA != nil:
		if errA.Error() != errB.Error() {
			t.Fatalf("%s: int form %q, big form %q", what, errA, errB)
		}
	case !y.IsInt64() || int64(x) != y.Int64():
		t.Fatalf("%s: int form %d, big form %v", what, x, y)
	}
}
