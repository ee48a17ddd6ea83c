package py

// Set is Python's set. Elements are kept in insertion order.
type Set struct {
	*Dict
}

// FrozenSet is Python's frozenset.
type FrozenSet struct {
	*Dict
}

// NewSet returns a set of the given elements.
func NewSet(items ...Object) (*Set, *Exc) {
	s := &Set{NewDict()}
	for _, it := range items {
		if e := s.Add(it); e != nil {
			return nil, e
		}
	}
	return s, nil
}

// NewFrozenSet returns a frozenset of the given elements.
func NewFrozenSet(items ...Object) (*FrozenSet, *Exc) {
	s, e := NewSet(items...)
	if e != nil {
		return nil, e
	}
	return &FrozenSet{s.Dict}, nil
}

// Add is s.add(x).
func (s *Set) Add(x Object) *Exc { return s.Dict.Set(x, None) }

// Has reports whether x is in the set.
func (s *Set) Has(x Object) (bool, *Exc) {
	_, ok, e := s.Dict.Get(x)
	return ok, e
}

// Discard is s.discard(x).
func (s *Set) Discard(x Object) *Exc {
	_, e := s.Dict.Delete(x)
	return e
}

// Remove is s.remove(x), raising KeyError when x is absent.
func (s *Set) Remove(x Object) *Exc { return s.Dict.DelItem(x) }

// Pop is s.pop(): removes and returns an arbitrary (the first) element.
func (s *Set) Pop() (Object, *Exc) {
	for i, en := range s.entries {
		if !en.deleted {
			s.removeAt(i)
			return en.key, nil
		}
	}
	return nil, Errorf(KeyError, "pop from an empty set")
}

func (s *Set) replace(o *Set) { s.Dict = o.Dict }

// setElems returns the element dict of a set or frozenset.
func setElems(o Object) (*Dict, bool) {
	switch v := o.(type) {
	case *Set:
		return v.Dict, true
	case *FrozenSet:
		return v.Dict, true
	}
	return nil, false
}

func setOf(d *Dict, frozen bool) Object {
	if frozen {
		return &FrozenSet{d}
	}
	return &Set{d}
}

// setBinary implements | & - ^ between sets; the result type follows the
// left operand.
func setBinary(op binop, a *Dict, b Object, frozen bool) (Object, bool) {
	bd, ok := setElems(b)
	if !ok {
		return nil, false
	}
	r := NewDict()
	switch op {
	case opOr:
		for _, k := range a.Keys() {
			_ = r.Set(k, None)
		}
		for _, k := range bd.Keys() {
			_ = r.Set(k, None)
		}
	case opAnd:
		small, big := a, bd
		if bd.Len() < a.Len() {
			small, big = bd, a
		}
		for _, k := range small.Keys() {
			if _, in, _ := big.Get(k); in {
				_ = r.Set(k, None)
			}
		}
	case opSub:
		for _, k := range a.Keys() {
			if _, in, _ := bd.Get(k); !in {
				_ = r.Set(k, None)
			}
		}
	case opXor:
		for _, k := range a.Keys() {
			if _, in, _ := bd.Get(k); !in {
				_ = r.Set(k, None)
			}
		}
		for _, k := range bd.Keys() {
			if _, in, _ := a.Get(k); !in {
				_ = r.Set(k, None)
			}
		}
	default:
		return nil, false
	}
	return setOf(r, frozen), true
}

func isSubset(a, b *Dict) bool {
	if a.Len() > b.Len() {
		return false
	}
	for _, k := range a.Keys() {
		if _, in, _ := b.Get(k); !in {
			return false
		}
	}
	return true
}

func setCompare(op cmpop, a, b Object) (bool, bool, *Exc) {
	ad, _ := setElems(a)
	bd, ok := setElems(b)
	if !ok {
		return false, false, nil
	}
	switch op {
	case cmpEq:
		return ad.Len() == bd.Len() && isSubset(ad, bd), true, nil
	case cmpNe:
		return !(ad.Len() == bd.Len() && isSubset(ad, bd)), true, nil
	case cmpLe:
		return isSubset(ad, bd), true, nil
	case cmpLt:
		return ad.Len() < bd.Len() && isSubset(ad, bd), true, nil
	case cmpGe:
		return isSubset(bd, ad), true, nil
	default:
		return bd.Len() < ad.Len() && isSubset(bd, ad), true, nil
	}
}
