package pyrandom

// State is a snapshot of a generator: the content of the tuple CPython's
// random.getstate() returns (version 3).
type State struct {
	// Key is the Mersenne Twister state vector. (random.setstate keeps
	// the low 32 bits of each int it is given.)
	Key [StateSize]uint32
	// Pos is the index of the next word of Key to use, 0 to 624.
	Pos int
	// GaussNext is the value Gauss returns next, if HasGaussNext.
	GaussNext    float64
	HasGaussNext bool
}

// State returns a snapshot of the generator, like random.getstate().
// An unseeded zero Random seeds itself from OS entropy first.
func (r *Random) State() State {
	if !r.seeded {
		r.SeedEntropy()
	}
	return State{Key: r.mt, Pos: StateSize - r.left, GaussNext: r.gaussNext, HasGaussNext: r.hasGaussNext}
}

// SetState restores a snapshot taken by [Random.State], like
// random.setstate(). It fails with CPython's ValueError "invalid state"
// when Pos is out of range.
func (r *Random) SetState(s State) error {
	if s.Pos < 0 || s.Pos > StateSize {
		return newError(ValueError, "invalid state")
	}
	r.mt = s.Key
	r.left = StateSize - s.Pos
	r.seeded = true
	r.gaussNext, r.hasGaussNext = s.GaussNext, s.HasGaussNext
	return nil
}
