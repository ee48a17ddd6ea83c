package pyrandom

import (
	"math"
	"math/big"
)

// RangeArg names a randrange argument in CPython's messages.
type RangeArg int

// The arguments of randrange(start, stop, step).
const (
	ArgStart RangeArg = iota
	ArgStop
	ArgStep
)

var rangeArgNames = [...]string{ArgStart: "arg 1", ArgStop: "stop", ArgStep: "step"}

// The DeprecationWarning texts randrange gives for float arguments.
const (
	// WarnFloatArg is the warning for an integral float argument, which is
	// then used as the equal int.
	WarnFloatArg = "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version"
	// WarnFutureTypeError is the warning given before the ValueError for a
	// non-integral float argument.
	WarnFutureTypeError = "randrange() will raise TypeError in the future"
)

// RandrangeFloatArg converts a float passed to randrange as the argument
// which, as CPython 3.11 does after operator.index fails: an integral f
// becomes the equal int with the DeprecationWarning WarnFloatArg; a
// non-integral f gives the warning WarnFutureTypeError and then a
// ValueError ("non-integer stop for randrange()"). Infinities and NaN fail
// as int(f) does, with no warning. warning is "" when none is due.
func RandrangeFloatArg(which RangeArg, f float64) (n *big.Int, warning string, err error) {
	switch {
	case math.IsInf(f, 0):
		return nil, "", newError(OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, "", newError(ValueError, "cannot convert float NaN to integer")
	case f != math.Trunc(f):
		return nil, WarnFutureTypeError, newError(ValueError, "non-integer %s for randrange()", rangeArgNames[which])
	}
	n, _ = big.NewFloat(f).Int(nil)
	return n, WarnFloatArg, nil
}

// MissingStopError is randrange's TypeError when step is given without
// stop (randrange(10, step=2)).
func MissingStopError() *Error {
	return newError(TypeError, "Missing a non-None stop argument")
}

// UnsupportedSeedError is random.seed's TypeError for a seed that is not
// None, int, float, str, bytes or bytearray.
func UnsupportedSeedError() *Error {
	return newError(TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

// RandBelowBig is [Random.RandBelow] for a bound of any size; n must be
// positive, and RandBelowBig panics otherwise.
func (r *Random) RandBelowBig(n *big.Int) *big.Int {
	if n.Sign() <= 0 {
		panic("pyrandom: RandBelowBig needs a positive bound")
	}
	return r.randBelowBig(n)
}
