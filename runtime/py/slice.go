package py

import "math/big"

// Slice is a slice object: a[start:stop:step]. Missing parts are None.
type Slice struct {
	Start, Stop, Step Object
}

// NewSlice returns slice(start, stop, step); pass None for missing parts.
func NewSlice(start, stop, step Object) *Slice { return &Slice{start, stop, step} }

// Index converts o to an int index (__index__): ints and bools only.
func Index(o Object) (int, *Exc) {
	switch v := o.(type) {
	case int:
		return v, nil
	case bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *big.Int:
		return 0, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	}
	if r, found, e := callDunder(o, "__index__"); found {
		if e != nil {
			return 0, e
		}
		return Index(r)
	}
	return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
}

// seqIndex is Index for the subscript of a sequence: a key that is no
// integer at all (no int, bool or __index__) raises TypeError with the
// sequence's message, format given the key's type name; an int that does
// not fit, or an __index__ that raises, keeps its own exception, as in
// CPython.
func seqIndex(key Object, format string) (int, *Exc) {
	i, e := Index(key)
	if e != nil && !indexable(key) {
		return 0, Errorf(TypeError, format, TypeName(key))
	}
	return i, e
}

// indexable reports whether o is an int, a bool or has __index__.
func indexable(o Object) bool {
	switch o.(type) {
	case int, bool, *big.Int:
		return true
	}
	if c := classOf(o); c != nil {
		m, ok := c.Lookup("__index__")
		return ok && m != None
	}
	return false
}

func sliceIndex(o Object) (int, *Exc) {
	switch v := o.(type) {
	case *big.Int:
		if v.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	n, e := Index(o)
	if e != nil {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return n, nil
}

// Indices resolves the slice against a sequence of length n, as
// slice.indices does, and returns start, stop, step and the element count.
func (s *Slice) Indices(n int) (start, stop, step, count int, exc *Exc) {
	step = 1
	if s.Step != None {
		if step, exc = sliceIndex(s.Step); exc != nil {
			return
		}
		if step == 0 {
			exc = Errorf(ValueError, "slice step cannot be zero")
			return
		}
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	adjust := func(o Object, def int) (int, *Exc) {
		if o == None {
			return def, nil
		}
		i, e := sliceIndex(o)
		if e != nil {
			return 0, e
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	if step > 0 {
		if start, exc = adjust(s.Start, lower); exc != nil {
			return
		}
		if stop, exc = adjust(s.Stop, upper); exc != nil {
			return
		}
		if stop > start {
			count = (stop - start + step - 1) / step
		}
	} else {
		if start, exc = adjust(s.Start, upper); exc != nil {
			return
		}
		if stop, exc = adjust(s.Stop, lower); exc != nil {
			return
		}
		if start > stop {
			count = (start - stop - step - 1) / (-step)
		}
	}
	return
}

// sliceObjects returns items[s].
func sliceObjects(items []Object, s *Slice) ([]Object, *Exc) {
	start, _, step, count, e := s.Indices(len(items))
	if e != nil {
		return nil, e
	}
	out := make([]Object, count)
	for i := 0; i < count; i++ {
		out[i] = items[start+i*step]
	}
	return out, nil
}

// normIndex resolves a possibly negative index against n.
func normIndex(i, n int) (int, bool) {
	if i < 0 {
		i += n
	}
	return i, i >= 0 && i < n
}
