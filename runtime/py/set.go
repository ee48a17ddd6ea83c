package py

// Set is Python's set. It keeps CPython's open-addressing table layout
// (same probing, resizing and merging rules, and CPython's hashes for
// numbers and tuples), so iteration order and repr match CPython's for
// sets of numbers and tuples. (str hashes are randomised in CPython, so
// programs cannot depend on their order there either.)
type Set struct {
	setTable
}

// FrozenSet is Python's frozenset.
type FrozenSet struct {
	setTable
}

const (
	setMinSize    = 8
	linearProbes  = 9
	perturbShift  = 5
	slotEmpty     = 0
	slotActive    = 1
	slotDummy     = 2
	bigSetUsedCap = 50000
)

type setEntry struct {
	key   Object
	hash  int
	state uint8
}

// setTable is the hash table shared by set and frozenset.
type setTable struct {
	table  []setEntry
	fill   int // active + dummy slots
	used   int // active slots
	finger int // where pop() resumes
}

func (t *setTable) ensure() {
	if t.table == nil {
		t.table = make([]setEntry, setMinSize)
	}
}

func (t *setTable) mask() int {
	t.ensure()
	return len(t.table) - 1
}

// Len is the number of elements.
func (t *setTable) Len() int { return t.used }

func sameKey(a, b Object) (bool, *Exc) {
	if Is(a, b) {
		return true, nil
	}
	return Eq(a, b)
}

// lookup returns the slot holding key, or -1.
func (t *setTable) lookup(key Object, hash int) (int, *Exc) {
	mask := uint64(t.mask())
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			en := &t.table[j]
			if en.state == slotEmpty {
				return -1, nil
			}
			if en.state == slotActive && en.hash == hash {
				eq, e := sameKey(en.key, key)
				if e != nil {
					return -1, e
				}
				if eq {
					return int(j), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry inserts key unless present (set_add_entry).
func (t *setTable) addEntry(key Object, hash int) *Exc {
	mask := uint64(t.mask())
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			en := &t.table[j]
			switch en.state {
			case slotEmpty:
				if free >= 0 {
					t.used++
					t.table[free] = setEntry{key, hash, slotActive}
					return nil
				}
				t.fill++
				t.used++
				*en = setEntry{key, hash, slotActive}
				if uint64(t.fill)*5 < mask*3 {
					return nil
				}
				t.resize(growTarget(t.used))
				return nil
			case slotActive:
				if en.hash == hash {
					eq, e := sameKey(en.key, key)
					if e != nil {
						return e
					}
					if eq {
						return nil
					}
				}
			case slotDummy:
				free = int(j)
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func growTarget(used int) int {
	if used > bigSetUsedCap {
		return used * 2
	}
	return used * 4
}

// insertClean places a key known to be absent (set_insert_clean).
func insertClean(table []setEntry, key Object, hash int) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].state == slotEmpty {
			table[i] = setEntry{key, hash, slotActive}
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if table[j].state == slotEmpty {
					table[j] = setEntry{key, hash, slotActive}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with room for more than minused elements.
func (t *setTable) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := t.table
	if size == setMinSize && len(old) == setMinSize && t.fill == t.used {
		return
	}
	t.table = make([]setEntry, size)
	t.fill = t.used
	for _, en := range old {
		if en.state == slotActive {
			insertClean(t.table, en.key, en.hash)
		}
	}
}

// discardEntry removes key, reporting whether it was present.
func (t *setTable) discardEntry(key Object, hash int) (bool, *Exc) {
	i, e := t.lookup(key, hash)
	if e != nil || i < 0 {
		return false, e
	}
	t.table[i] = setEntry{state: slotDummy, hash: -1}
	t.used--
	return true, nil
}

// each calls fn on every element in table order.
func (t *setTable) each(fn func(key Object, hash int) *Exc) *Exc {
	for _, en := range t.table {
		if en.state == slotActive {
			if e := fn(en.key, en.hash); e != nil {
				return e
			}
		}
	}
	return nil
}

// Keys returns the elements in iteration order.
func (t *setTable) Keys() []Object {
	out := make([]Object, 0, t.used)
	for _, en := range t.table {
		if en.state == slotActive {
			out = append(out, en.key)
		}
	}
	return out
}

// Has reports whether x is an element.
func (t *setTable) Has(x Object) (bool, *Exc) {
	h, e := Hash(x)
	if e != nil {
		return false, e
	}
	if t.table == nil {
		return false, nil
	}
	i, e := t.lookup(x, h)
	return i >= 0, e
}

func (t *setTable) add(x Object) *Exc {
	h, e := Hash(x)
	if e != nil {
		return e
	}
	return t.addEntry(x, h)
}

// merge adds every element of other (set_merge).
func (t *setTable) merge(other *setTable) *Exc {
	if other == t || other.used == 0 {
		return nil
	}
	if (t.fill+other.used)*5 >= t.mask()*3 {
		t.resize((t.used + other.used) * 2)
	}
	if t.fill == 0 && len(t.table) == len(other.table) && other.fill == other.used {
		copy(t.table, other.table)
		t.fill, t.used = other.fill, other.used
		return nil
	}
	if t.fill == 0 {
		t.fill, t.used = other.used, other.used
		for _, en := range other.table {
			if en.state == slotActive {
				insertClean(t.table, en.key, en.hash)
			}
		}
		return nil
	}
	return other.each(t.addEntry)
}

// update adds the elements of any iterable (set_update_internal).
func (t *setTable) update(o Object) *Exc {
	t.ensure()
	if other, ok := setElems(o); ok {
		return t.merge(other)
	}
	if d, ok := o.(*Dict); ok {
		if (t.fill+d.Len())*5 >= t.mask()*3 {
			t.resize((t.used + d.Len()) * 2)
		}
		for _, k := range d.Keys() {
			if e := t.add(k); e != nil {
				return e
			}
		}
		return nil
	}
	it, e := Iter(o)
	if e != nil {
		return e
	}
	for {
		v, ok, e := it.Next()
		if e != nil {
			return e
		}
		if !ok {
			return nil
		}
		if e := t.add(v); e != nil {
			return e
		}
	}
}

func (t *setTable) copyTable() *setTable {
	r := &setTable{}
	r.ensure()
	_ = r.merge(t)
	return r
}

// NewSet returns a set of the given elements, added in order.
func NewSet(items ...Object) (*Set, *Exc) {
	s := &Set{}
	s.ensure()
	for _, it := range items {
		if e := s.add(it); e != nil {
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
	return &FrozenSet{s.setTable}, nil
}

// setFrom is set(iterable) / frozenset(iterable).
func setFrom(o Object, frozen bool) (Object, *Exc) {
	t := &setTable{}
	t.ensure()
	if o != nil {
		if e := t.update(o); e != nil {
			return nil, e
		}
	}
	return setOf(t, frozen), nil
}

// Add is s.add(x).
func (s *Set) Add(x Object) *Exc { return s.add(x) }

// Discard is s.discard(x).
func (s *Set) Discard(x Object) *Exc {
	h, e := Hash(x)
	if e != nil {
		return e
	}
	s.ensure()
	_, e = s.discardEntry(x, h)
	return e
}

// Remove is s.remove(x), raising KeyError when x is absent.
func (s *Set) Remove(x Object) *Exc {
	h, e := Hash(x)
	if e != nil {
		return e
	}
	s.ensure()
	found, e := s.discardEntry(x, h)
	if e != nil {
		return e
	}
	if !found {
		return NewExc(KeyError, x)
	}
	return nil
}

// Pop is s.pop(), removing elements in CPython's order.
func (s *Set) Pop() (Object, *Exc) {
	if s.used == 0 {
		return nil, Errorf(KeyError, "pop from an empty set")
	}
	mask := s.mask()
	i := s.finger & mask
	for s.table[i].state != slotActive {
		i++
		if i > mask {
			i = 0
		}
	}
	key := s.table[i].key
	s.table[i] = setEntry{state: slotDummy, hash: -1}
	s.used--
	s.finger = i + 1
	return key, nil
}

// Clear is s.clear().
func (s *Set) Clear() { s.setTable = setTable{} }

// setElems returns the table of a set or frozenset.
func setElems(o Object) (*setTable, bool) {
	switch v := o.(type) {
	case *Set:
		v.ensure()
		return &v.setTable, true
	case *FrozenSet:
		v.ensure()
		return &v.setTable, true
	}
	return nil, false
}

func setOf(t *setTable, frozen bool) Object {
	if frozen {
		return &FrozenSet{*t}
	}
	return &Set{*t}
}

// setIntersection is set_intersection.
func setIntersection(so *setTable, other Object) (*setTable, *Exc) {
	if ot, ok := setElems(other); ok && ot == so {
		return so.copyTable(), nil
	}
	r := &setTable{}
	r.ensure()
	if ot, ok := setElems(other); ok {
		big, small := so, ot
		if ot.used > so.used {
			big, small = ot, so
		}
		e := small.each(func(k Object, h int) *Exc {
			i, e := big.lookup(k, h)
			if e != nil || i < 0 {
				return e
			}
			return r.addEntry(k, h)
		})
		return r, e
	}
	it, e := Iter(other)
	if e != nil {
		return nil, e
	}
	for {
		k, ok, e := it.Next()
		if e != nil {
			return nil, e
		}
		if !ok {
			return r, nil
		}
		h, e := Hash(k)
		if e != nil {
			return nil, e
		}
		i, e := so.lookup(k, h)
		if e != nil {
			return nil, e
		}
		if i >= 0 {
			if e := r.addEntry(k, h); e != nil {
				return nil, e
			}
			if r.used >= so.used {
				return r, nil
			}
		}
	}
}

// differenceUpdate is set_difference_update_internal.
func (t *setTable) differenceUpdate(other Object) *Exc {
	if ot, ok := setElems(other); ok {
		if ot == t {
			*t = setTable{}
			t.ensure()
			return nil
		}
		if ot.used>>3 > t.used {
			inter, e := setIntersection(t, other)
			if e != nil {
				return e
			}
			ot = inter
		}
		if e := ot.each(func(k Object, h int) *Exc { _, e := t.discardEntry(k, h); return e }); e != nil {
			return e
		}
	} else {
		it, e := Iter(other)
		if e != nil {
			return e
		}
		for {
			k, ok, e := it.Next()
			if e != nil {
				return e
			}
			if !ok {
				break
			}
			h, e := Hash(k)
			if e != nil {
				return e
			}
			if _, e := t.discardEntry(k, h); e != nil {
				return e
			}
		}
	}
	if t.fill-t.used <= t.mask()/4 {
		return nil
	}
	t.resize(growTarget(t.used))
	return nil
}

// setDifference is set_difference.
func setDifference(so *setTable, other Object) (*setTable, *Exc) {
	var otherSize int
	switch v := other.(type) {
	case *Set, *FrozenSet:
		ot, _ := setElems(v)
		otherSize = ot.used
	case *Dict:
		otherSize = v.Len()
	default:
		r := so.copyTable()
		return r, r.differenceUpdate(other)
	}
	if so.used>>2 > otherSize {
		r := so.copyTable()
		return r, r.differenceUpdate(other)
	}
	r := &setTable{}
	r.ensure()
	e := so.each(func(k Object, h int) *Exc {
		var in bool
		var e *Exc
		if d, ok := other.(*Dict); ok {
			_, in, e = d.Get(k)
		} else {
			ot, _ := setElems(other)
			var i int
			i, e = ot.lookup(k, h)
			in = i >= 0
		}
		if e != nil || in {
			return e
		}
		return r.addEntry(k, h)
	})
	return r, e
}

// symmetricDifferenceUpdate is set_symmetric_difference_update.
func (t *setTable) symmetricDifferenceUpdate(other Object) *Exc {
	if ot, ok := setElems(other); ok && ot == t {
		*t = setTable{}
		t.ensure()
		return nil
	}
	toggle := func(k Object, h int) *Exc {
		found, e := t.discardEntry(k, h)
		if e != nil || found {
			return e
		}
		return t.addEntry(k, h)
	}
	if d, ok := other.(*Dict); ok {
		for _, k := range d.Keys() {
			h, e := Hash(k)
			if e != nil {
				return e
			}
			if e := toggle(k, h); e != nil {
				return e
			}
		}
		return nil
	}
	ot, ok := setElems(other)
	if !ok {
		tmp := &setTable{}
		tmp.ensure()
		if e := tmp.update(other); e != nil {
			return e
		}
		ot = tmp
	}
	return ot.each(toggle)
}

// setSymmetricDifference is set_symmetric_difference: a copy of other
// updated with so.
func setSymmetricDifference(so *setTable, other Object) (*setTable, *Exc) {
	r := &setTable{}
	r.ensure()
	if e := r.update(other); e != nil {
		return nil, e
	}
	return r, r.symmetricDifferenceUpdate(setOf(so, true))
}

// setBinary implements | & - ^ between sets; the result type follows the
// left operand.
func setBinary(op binop, a *setTable, b Object, frozen bool) (Object, bool, *Exc) {
	if _, ok := setElems(b); !ok {
		return nil, false, nil
	}
	var r *setTable
	var e *Exc
	switch op {
	case opOr:
		r = a.copyTable()
		if bt, _ := setElems(b); bt != a {
			e = r.update(b)
		}
	case opAnd:
		r, e = setIntersection(a, b)
	case opSub:
		r, e = setDifference(a, b)
	case opXor:
		r, e = setSymmetricDifference(a, b)
	default:
		return nil, false, nil
	}
	if e != nil {
		return nil, true, e
	}
	return setOf(r, frozen), true, nil
}

func isSubset(a, b *setTable) (bool, *Exc) {
	if a.used > b.used {
		return false, nil
	}
	ok := true
	e := a.each(func(k Object, h int) *Exc {
		if !ok {
			return nil
		}
		i, e := b.lookup(k, h)
		if i < 0 {
			ok = false
		}
		return e
	})
	return ok, e
}

func setCompare(op cmpop, a, b Object) (bool, bool, *Exc) {
	ad, _ := setElems(a)
	bd, ok := setElems(b)
	if !ok {
		return false, false, nil
	}
	var r bool
	var e *Exc
	switch op {
	case cmpEq, cmpNe:
		if ad.used == bd.used {
			r, e = isSubset(ad, bd)
		}
		if op == cmpNe {
			r = !r
		}
	case cmpLe:
		r, e = isSubset(ad, bd)
	case cmpLt:
		if ad.used < bd.used {
			r, e = isSubset(ad, bd)
		}
	case cmpGe:
		r, e = isSubset(bd, ad)
	default:
		if bd.used < ad.used {
			r, e = isSubset(bd, ad)
		}
	}
	return r, true, e
}

type setIter struct {
	t    *setTable
	pos  int
	used int
}

// Next implements Iterator.
func (it *setIter) Next() (Object, bool, *Exc) {
	if it.t.used != it.used {
		it.used = -1
		return nil, false, Errorf(RuntimeError, "Set changed size during iteration")
	}
	for it.pos < len(it.t.table) {
		en := it.t.table[it.pos]
		it.pos++
		if en.state == slotActive {
			return en.key, true, nil
		}
	}
	return nil, false, nil
}

// Type implements Typed.
func (it *setIter) Type() *Class { return iterClass("set_iterator") }

// inPlace is s |= o, s &= o, s -= o or s ^= o.
func (s *Set) inPlace(op binop, o Object) *Exc {
	s.ensure()
	switch op {
	case opOr:
		return s.update(o)
	case opAnd:
		r, e := setIntersection(&s.setTable, o)
		if e != nil {
			return e
		}
		s.setTable = *r
		return nil
	case opSub:
		return s.differenceUpdate(o)
	}
	return s.symmetricDifferenceUpdate(o)
}

// NewSetLiteral builds a set display {a, b, c} as CPython 3.11 does, which
// affects iteration order: a display of more than two constants (numbers,
// strings, bytes, None, bools and tuples of them) is compiled to a
// frozenset constant, which the compiler's constant merging rebuilds once
// from its own iteration order, and which is then merged into an empty
// set; any other display adds its items in order. Generated code calls it
// for every set display.
func NewSetLiteral(items ...Object) (*Set, *Exc) {
	if len(items) <= 2 || !allConstants(items) {
		return NewSet(items...)
	}
	folded, e := NewSet(items...)
	if e != nil {
		return nil, e
	}
	merged, e := NewSet(folded.Keys()...)
	if e != nil {
		return nil, e
	}
	s := &Set{}
	s.ensure()
	return s, s.merge(&merged.setTable)
}

// allConstants reports whether every item is a value the compiler folds
// into a constant.
func allConstants(items []Object) bool {
	for _, it := range items {
		switch v := it.(type) {
		case int, float64, string, bool, NoneType, Bytes, EllipsisType:
		case Tuple:
			if !allConstants(v) {
				return false
			}
		default:
			if _, ok := it.(interface{ Sign() int }); !ok {
				return false
			}
		}
	}
	return true
}
