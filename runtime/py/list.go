package py

import (
	"slices"
)

// List is Python's list.
type List struct {
	Items []Object
}

// NewList returns a list holding items (not copied).
func NewList(items ...Object) *List {
	if items == nil {
		items = []Object{}
	}
	return &List{Items: items}
}

// Len is len(l).
func (l *List) Len() int { return len(l.Items) }

// Append is l.append(x).
func (l *List) Append(x Object) { l.Items = append(l.Items, x) }

// Extend is l.extend(iterable).
func (l *List) Extend(it Object) *Exc {
	if o, ok := it.(*List); ok {
		l.Items = append(l.Items, o.Items...)
		return nil
	}
	items, e := ToSlice(it)
	if e != nil {
		return e
	}
	l.Items = append(l.Items, items...)
	return nil
}

// GetIndex is l[i] for an int index.
func (l *List) GetIndex(i int) (Object, *Exc) {
	j, ok := normIndex(i, len(l.Items))
	if !ok {
		return nil, Errorf(IndexError, "list index out of range")
	}
	return l.Items[j], nil
}

// SetIndex is l[i] = v for an int index.
func (l *List) SetIndex(i int, v Object) *Exc {
	j, ok := normIndex(i, len(l.Items))
	if !ok {
		return Errorf(IndexError, "list assignment index out of range")
	}
	l.Items[j] = v
	return nil
}

// Insert is l.insert(i, x).
func (l *List) Insert(i int, x Object) {
	n := len(l.Items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.Items = slices.Insert(l.Items, i, x)
}

// Pop is l.pop(i) (i = -1 for the last item).
func (l *List) Pop(i int) (Object, *Exc) {
	if len(l.Items) == 0 {
		return nil, Errorf(IndexError, "pop from empty list")
	}
	j, ok := normIndex(i, len(l.Items))
	if !ok {
		return nil, Errorf(IndexError, "pop index out of range")
	}
	v := l.Items[j]
	l.Items = slices.Delete(l.Items, j, j+1)
	return v, nil
}

// Index is l.index(x).
func (l *List) Index(x Object) (int, *Exc) {
	for i, v := range l.Items {
		eq, e := eqOrIs(v, x)
		if e != nil {
			return 0, e
		}
		if eq {
			return i, nil
		}
	}
	return 0, Errorf(ValueError, "%s is not in list", Repr(x))
}

// Count is l.count(x).
func (l *List) Count(x Object) (int, *Exc) { return countObjects(l.Items, x) }

func countObjects(items []Object, x Object) (int, *Exc) {
	n := 0
	for _, v := range items {
		eq, e := eqOrIs(v, x)
		if e != nil {
			return 0, e
		}
		if eq {
			n++
		}
	}
	return n, nil
}

func eqOrIs(a, b Object) (bool, *Exc) {
	if Is(a, b) {
		return true, nil
	}
	return Eq(a, b)
}

// Remove is l.remove(x).
func (l *List) Remove(x Object) *Exc {
	for i, v := range l.Items {
		eq, e := eqOrIs(v, x)
		if e != nil {
			return e
		}
		if eq {
			l.Items = slices.Delete(l.Items, i, i+1)
			return nil
		}
	}
	return Errorf(ValueError, "list.remove(x): x not in list")
}

// Reverse is l.reverse().
func (l *List) Reverse() { slices.Reverse(l.Items) }

// Copy is l.copy().
func (l *List) Copy() *List { return &List{Items: slices.Clone(l.Items)} }

// Sort is l.sort(key=key, reverse=reverse): a stable sort with "<"; key
// may be nil.
func (l *List) Sort(key Object, reverse bool) *Exc {
	return sortObjects(l.Items, key, reverse)
}

// sortObjects sorts items in place, stably, comparing with Lt; the first
// comparison error stops it and is returned.
func sortObjects(items []Object, key Object, reverse bool) *Exc {
	keys := items
	if key != nil && key != None {
		keys = make([]Object, len(items))
		for i, it := range items {
			k, e := Call(key, []Object{it}, nil)
			if e != nil {
				return e
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	// With reverse, CPython's reverse-sort-reverse keeps equal elements in
	// their original order: a stable sort on the swapped comparison.
	var exc *Exc
	slices.SortStableFunc(idx, func(a, b int) int {
		if exc != nil {
			return 0
		}
		x, y := keys[a], keys[b]
		if reverse {
			x, y = y, x
		}
		lt, e := Lt(x, y)
		if e != nil {
			exc = e
			return 0
		}
		if lt {
			return -1
		}
		gt, e := Lt(y, x)
		if e != nil {
			exc = e
			return 0
		}
		if gt {
			return 1
		}
		return 0
	})
	if exc != nil {
		return exc
	}
	out := make([]Object, len(items))
	for i, j := range idx {
		out[i] = items[j]
	}
	copy(items, out)
	return nil
}
