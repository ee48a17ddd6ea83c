package py

import (
	"math"
	"math/big"
)

// Dict is Python's dict: insertion-ordered, with CPython's key semantics
// (1, 1.0 and True are the same key; unhashable keys raise TypeError).
type Dict struct {
	entries []dictEntry
	// ints and strs map int and str keys (after normalisation: bools and
	// integral floats are ints) to their entry; index does the same for
	// the other keys with a Go-comparable form (floats, None, big ints,
	// bytes, identity-compared objects).
	ints  map[int]int
	strs  map[string]int
	index map[any]int
	// buckets maps hashes of other keys (tuples, frozensets, instances
	// with __hash__) to their entries.
	buckets map[int][]int
	live    int
	// Class, when not nil, is the dict subtype d is an instance of, a
	// class implemented in Go (collections.defaultdict, Counter,
	// OrderedDict): type(d) is Class, and d's operations call the dunders
	// its Attrs define (__missing__ for d[key] on a missing key, __repr__,
	// operators) as they do for instances.
	Class *Class
	// Data is the subtype's own state (defaultdict's default_factory).
	Data Object
}

type dictEntry struct {
	key, value Object
	deleted    bool
}

// bigKey is the normalised key of an int or integral float outside 64 bits.
type bigKey string

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// normKey returns the comparable representation of k, or ok=false when k
// needs hash-bucket treatment, or an exception when k is unhashable.
func normKey(k Object) (any, bool, *Exc) {
	switch v := k.(type) {
	case int, string, NoneType:
		return k, true, nil
	case bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case float64:
		if v == math.Trunc(v) && !math.IsInf(v, 0) {
			if v >= -9.2e18 && v <= 9.2e18 {
				return int(v), true, nil
			}
			b, _ := new(big.Float).SetFloat64(v).Int(nil)
			return bigKey(b.String()), true, nil
		}
		return v, true, nil
	case *big.Int:
		return bigKey(v.String()), true, nil
	case Bytes:
		return v, true, nil
	case *List, *Dict, *Set:
		return nil, false, unhashable(k)
	case Tuple, *FrozenSet:
		return nil, false, nil
	case *Instance:
		_, hasHash := v.Class.Lookup("__hash__")
		_, hasEq := v.Class.Lookup("__eq__")
		if hasHash || hasEq {
			return nil, false, nil
		}
		return v, true, nil
	}
	return k, true, nil
}

// lookup returns the entry index of key, or -1.
func (d *Dict) lookup(key Object) (int, *Exc) {
	nk, simple, e := normKey(key)
	if e != nil {
		return -1, e
	}
	if simple {
		if i, ok := d.simpleGet(nk); ok {
			return i, nil
		}
		return -1, nil
	}
	h, e := Hash(key)
	if e != nil {
		return -1, e
	}
	for _, i := range d.buckets[h] {
		eq, e := Eq(d.entries[i].key, key)
		if e != nil {
			return -1, e
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// Len is len(d).
func (d *Dict) Len() int { return d.live }

// Get returns d[key] and whether it exists.
func (d *Dict) Get(key Object) (Object, bool, *Exc) {
	switch k := key.(type) {
	case int:
		v, ok := d.GetInt(k)
		return v, ok, nil
	case string:
		v, ok := d.GetStr(k)
		return v, ok, nil
	}
	i, e := d.lookup(key)
	if e != nil || i < 0 {
		return nil, false, e
	}
	return d.entries[i].value, true, nil
}

// GetStr is the native fast path for a string key.
func (d *Dict) GetStr(key string) (Object, bool) {
	i, ok := d.strs[key]
	if !ok {
		return nil, false
	}
	return d.entries[i].value, true
}

// GetInt is the native fast path for an int key.
func (d *Dict) GetInt(key int) (Object, bool) {
	i, ok := d.ints[key]
	if !ok {
		return nil, false
	}
	return d.entries[i].value, true
}

// SetInt is the native fast path for d[key] = value with an int key.
func (d *Dict) SetInt(key int, value Object) {
	if i, ok := d.ints[key]; ok {
		d.entries[i].value = value
		return
	}
	if d.ints == nil {
		d.ints = make(map[int]int)
	}
	d.ints[key] = len(d.entries)
	d.entries = append(d.entries, dictEntry{key: key, value: value})
	d.live++
}

// SetStr is the native fast path for d[key] = value with a str key.
func (d *Dict) SetStr(key string, value Object) {
	if i, ok := d.strs[key]; ok {
		d.entries[i].value = value
		return
	}
	if d.strs == nil {
		d.strs = make(map[string]int)
	}
	d.strs[key] = len(d.entries)
	d.entries = append(d.entries, dictEntry{key: key, value: value})
	d.live++
}

// Item is d[key], raising KeyError when it is missing.
func (d *Dict) Item(key Object) (Object, *Exc) {
	v, ok, e := d.Get(key)
	if e != nil {
		return nil, e
	}
	if !ok {
		if d.Class != nil {
			if r, found, e := callDunder(d, "__missing__", key); found {
				return r, e
			}
		}
		return nil, NewExc(KeyError, key)
	}
	return v, nil
}

// Set is d[key] = value. An existing key keeps its position and its
// original key object, as in CPython.
func (d *Dict) Set(key, value Object) *Exc {
	switch k := key.(type) {
	case int:
		d.SetInt(k, value)
		return nil
	case string:
		d.SetStr(k, value)
		return nil
	}
	nk, simple, e := normKey(key)
	if e != nil {
		return e
	}
	if simple {
		if i, ok := d.simpleGet(nk); ok {
			d.entries[i].value = value
			return nil
		}
		d.simplePut(nk, len(d.entries))
	} else {
		h, e := Hash(key)
		if e != nil {
			return e
		}
		for _, i := range d.buckets[h] {
			eq, e := Eq(d.entries[i].key, key)
			if e != nil {
				return e
			}
			if eq {
				d.entries[i].value = value
				return nil
			}
		}
		if d.buckets == nil {
			d.buckets = make(map[int][]int)
		}
		d.buckets[h] = append(d.buckets[h], len(d.entries))
	}
	d.entries = append(d.entries, dictEntry{key: key, value: value})
	d.live++
	return nil
}

// Delete removes key, reporting whether it was present.
func (d *Dict) Delete(key Object) (bool, *Exc) {
	i, e := d.lookup(key)
	if e != nil || i < 0 {
		return false, e
	}
	d.removeAt(i)
	return true, nil
}

func (d *Dict) removeAt(i int) {
	key := d.entries[i].key
	nk, simple, _ := normKey(key)
	if simple {
		d.simpleDel(nk)
	} else {
		h, _ := Hash(key)
		b := d.buckets[h]
		for j, x := range b {
			if x == i {
				b = append(b[:j:j], b[j+1:]...)
				break
			}
		}
		if len(b) == 0 {
			delete(d.buckets, h)
		} else {
			d.buckets[h] = b
		}
	}
	d.entries[i] = dictEntry{deleted: true}
	d.live--
	if d.live == 0 {
		d.entries = d.entries[:0]
	} else if len(d.entries) > 32 && d.live < len(d.entries)/2 {
		d.compact()
	}
}

func (d *Dict) compact() {
	old := d.entries
	d.entries = make([]dictEntry, 0, d.live)
	d.ints, d.strs, d.index = nil, nil, nil
	d.buckets = nil
	d.live = 0
	for _, en := range old {
		if !en.deleted {
			_ = d.Set(en.key, en.value)
		}
	}
}

// DelItem is del d[key], raising KeyError when it is missing.
func (d *Dict) DelItem(key Object) *Exc {
	ok, e := d.Delete(key)
	if e != nil {
		return e
	}
	if !ok {
		return NewExc(KeyError, key)
	}
	return nil
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Object {
	out := make([]Object, 0, d.live)
	for _, en := range d.entries {
		if !en.deleted {
			out = append(out, en.key)
		}
	}
	return out
}

// Values returns the values in insertion order.
func (d *Dict) Values() []Object {
	out := make([]Object, 0, d.live)
	for _, en := range d.entries {
		if !en.deleted {
			out = append(out, en.value)
		}
	}
	return out
}

// Items returns the (key, value) pairs in insertion order.
func (d *Dict) Items() []Tuple {
	out := make([]Tuple, 0, d.live)
	for _, en := range d.entries {
		if !en.deleted {
			out = append(out, Tuple{en.key, en.value})
		}
	}
	return out
}

// Copy is d.copy().
func (d *Dict) Copy() *Dict {
	r := &Dict{entries: make([]dictEntry, 0, d.live), Class: d.Class, Data: d.Data}
	for _, en := range d.entries {
		if !en.deleted {
			_ = r.Set(en.key, en.value)
		}
	}
	return r
}

// Clear is d.clear().
func (d *Dict) Clear() { *d = Dict{Class: d.Class, Data: d.Data} }

// Update is d.update(other) for a dict, a mapping-like iterable of pairs.
func (d *Dict) Update(other Object) *Exc {
	if o, ok := other.(*Dict); ok {
		for _, en := range o.entries {
			if !en.deleted {
				if e := d.Set(en.key, en.value); e != nil {
					return e
				}
			}
		}
		return nil
	}
	items, e := ToSlice(other)
	if e != nil {
		return e
	}
	for i, it := range items {
		pair, e := ToSlice(it)
		if e != nil {
			return Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if e := d.Set(pair[0], pair[1]); e != nil {
			return e
		}
	}
	return nil
}

// Pop is d.pop(key[, default]).
func (d *Dict) Pop(key Object, def ...Object) (Object, *Exc) {
	i, e := d.lookup(key)
	if e != nil {
		return nil, e
	}
	if i < 0 {
		if len(def) > 0 {
			return def[0], nil
		}
		return nil, NewExc(KeyError, key)
	}
	v := d.entries[i].value
	d.removeAt(i)
	return v, nil
}

// PopItem is d.popitem(): the last inserted pair.
func (d *Dict) PopItem() (Object, *Exc) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if !d.entries[i].deleted {
			en := d.entries[i]
			d.removeAt(i)
			d.entries = trimDeleted(d.entries)
			return Tuple{en.key, en.value}, nil
		}
	}
	return nil, Errorf(KeyError, "popitem(): dictionary is empty")
}

func trimDeleted(es []dictEntry) []dictEntry {
	for len(es) > 0 && es[len(es)-1].deleted {
		es = es[:len(es)-1]
	}
	return es
}

// SetDefault is d.setdefault(key, default).
func (d *Dict) SetDefault(key, def Object) (Object, *Exc) {
	v, ok, e := d.Get(key)
	if e != nil {
		return nil, e
	}
	if ok {
		return v, nil
	}
	return def, d.Set(key, def)
}

func dictEqual(x, y *Dict) (bool, *Exc) {
	if x.Len() != y.Len() {
		return false, nil
	}
	for _, en := range x.entries {
		if en.deleted {
			continue
		}
		v, ok, e := y.Get(en.key)
		if e != nil || !ok {
			return false, e
		}
		eq, e := Eq(en.value, v)
		if e != nil || !eq {
			return false, e
		}
	}
	return true, nil
}

func (d *Dict) simpleGet(nk any) (int, bool) {
	var i int
	var ok bool
	switch k := nk.(type) {
	case int:
		i, ok = d.ints[k]
	case string:
		i, ok = d.strs[k]
	default:
		i, ok = d.index[nk]
	}
	return i, ok
}

func (d *Dict) simplePut(nk any, i int) {
	switch k := nk.(type) {
	case int:
		if d.ints == nil {
			d.ints = make(map[int]int)
		}
		d.ints[k] = i
	case string:
		if d.strs == nil {
			d.strs = make(map[string]int)
		}
		d.strs[k] = i
	default:
		if d.index == nil {
			d.index = make(map[any]int)
		}
		d.index[nk] = i
	}
}

func (d *Dict) simpleDel(nk any) {
	switch k := nk.(type) {
	case int:
		delete(d.ints, k)
	case string:
		delete(d.strs, k)
	default:
		delete(d.index, nk)
	}
}
