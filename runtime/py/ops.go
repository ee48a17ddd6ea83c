package py

import (
	"math/big"
	"strings"
)

// Truth is bool(o).
func Truth(o Object) (bool, *Exc) {
	switch v := o.(type) {
	case bool:
		return v, nil
	case int:
		return v != 0, nil
	case NoneType:
		return false, nil
	case string:
		return v != "", nil
	case float64:
		return v != 0, nil
	case *big.Int:
		return v.Sign() != 0, nil
	case *List:
		return len(v.Items) > 0, nil
	case Tuple:
		return len(v) > 0, nil
	case *Dict:
		return v.Len() > 0, nil
	case *Set:
		return v.Len() > 0, nil
	case *FrozenSet:
		return v.Len() > 0, nil
	case Bytes:
		return len(v) > 0, nil
	case *Range:
		return v.Len() > 0, nil
	case *DictView:
		return v.d.Len() > 0, nil
	case *Instance:
		if r, found, e := callDunder(v, "__bool__"); found {
			if e != nil {
				return false, e
			}
			b, ok := r.(bool)
			if !ok {
				return false, Errorf(TypeError, "__bool__ should return bool, returned %s", TypeName(r))
			}
			return b, nil
		}
		if r, found, e := callDunder(v, "__len__"); found {
			if e != nil {
				return false, e
			}
			n, e := Index(r)
			return n != 0, e
		}
	}
	return true, nil
}

// Not is "not o".
func Not(o Object) (bool, *Exc) {
	t, e := Truth(o)
	return !t, e
}

// Len is len(o).
func Len(o Object) (int, *Exc) {
	switch v := o.(type) {
	case string:
		return StrLen(v), nil
	case *List:
		return len(v.Items), nil
	case Tuple:
		return len(v), nil
	case *Dict:
		return v.Len(), nil
	case *Set:
		return v.Len(), nil
	case *FrozenSet:
		return v.Len(), nil
	case Bytes:
		return len(v), nil
	case *Range:
		return v.Len(), nil
	case *DictView:
		return v.d.Len(), nil
	case *Class:
		if items, ok := classMembers(v); ok {
			return len(items), nil
		}
	case *Instance:
		if r, found, e := callDunder(v, "__len__"); found {
			if e != nil {
				return 0, e
			}
			n, e := Index(r)
			if e != nil {
				return 0, e
			}
			if n < 0 {
				return 0, Errorf(ValueError, "__len__() should return >= 0")
			}
			return n, nil
		}
	}
	return 0, Errorf(TypeError, "object of type '%s' has no len()", TypeName(o))
}

// GetItem is o[key].
func GetItem(o, key Object) (Object, *Exc) {
	switch v := o.(type) {
	case *List:
		if i, ok := key.(int); ok {
			return v.GetIndex(i)
		}
		if s, ok := key.(*Slice); ok {
			items, e := sliceObjects(v.Items, s)
			if e != nil {
				return nil, e
			}
			return &List{Items: items}, nil
		}
		i, e := seqIndex(key, "list indices must be integers or slices, not %s")
		if e != nil {
			return nil, e
		}
		return v.GetIndex(i)
	case *Dict:
		return v.Item(key)
	case Tuple:
		if s, ok := key.(*Slice); ok {
			items, e := sliceObjects(v, s)
			return Tuple(items), e
		}
		i, e := seqIndex(key, "tuple indices must be integers or slices, not %s")
		if e != nil {
			return nil, e
		}
		j, ok := normIndex(i, len(v))
		if !ok {
			return nil, Errorf(IndexError, "tuple index out of range")
		}
		return v[j], nil
	case string:
		if s, ok := key.(*Slice); ok {
			return StrSlice(v, s)
		}
		i, e := seqIndex(key, "string indices must be integers, not '%s'")
		if e != nil {
			return nil, e
		}
		return StrIndex(v, i)
	case Bytes:
		if s, ok := key.(*Slice); ok {
			start, _, step, count, e := s.Indices(len(v))
			if e != nil {
				return nil, e
			}
			out := make([]byte, count)
			for i := range count {
				out[i] = v[start+i*step]
			}
			return Bytes(out), nil
		}
		i, e := seqIndex(key, "byte indices must be integers or slices, not %s")
		if e != nil {
			return nil, e
		}
		j, ok := normIndex(i, len(v))
		if !ok {
			return nil, Errorf(IndexError, "index out of range")
		}
		return int(v[j]), nil
	case *Range:
		return v.GetItem(key)
	case *Instance:
		if r, found, e := callDunder(v, "__getitem__", key); found {
			return r, e
		}
	case *Class:
		if b := behaviorOf(v); b != nil && b.Item != nil {
			return b.Item(v, key)
		}
		// Generic aliases in annotations (list[int]) evaluate to the class.
		return v, nil
	}
	return nil, Errorf(TypeError, "'%s' object is not subscriptable", TypeName(o))
}

// SetItem is o[key] = value.
func SetItem(o, key, value Object) *Exc {
	switch v := o.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			return listSetSlice(v, s, value)
		}
		i, e := seqIndex(key, "list indices must be integers or slices, not %s")
		if e != nil {
			return e
		}
		return v.SetIndex(i, value)
	case *Dict:
		return v.Set(key, value)
	case *Instance:
		if _, found, e := callDunder(v, "__setitem__", key, value); found {
			return e
		}
	}
	return Errorf(TypeError, "'%s' object does not support item assignment", TypeName(o))
}

func listSetSlice(l *List, s *Slice, value Object) *Exc {
	src, e := ToSlice(value)
	if e != nil {
		return Errorf(TypeError, "can only assign an iterable")
	}
	src = append([]Object(nil), src...)
	start, stop, step, count, e := s.Indices(len(l.Items))
	if e != nil {
		return e
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		items := make([]Object, 0, len(l.Items)-(stop-start)+len(src))
		items = append(items, l.Items[:start]...)
		items = append(items, src...)
		l.Items = append(items, l.Items[stop:]...)
		return nil
	}
	if len(src) != count {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(src), count)
	}
	for i := range count {
		l.Items[start+i*step] = src[i]
	}
	return nil
}

// DelItem is del o[key].
func DelItem(o, key Object) *Exc {
	switch v := o.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			start, _, step, count, e := s.Indices(len(v.Items))
			if e != nil {
				return e
			}
			drop := make(map[int]bool, count)
			for i := range count {
				drop[start+i*step] = true
			}
			out := v.Items[:0:0]
			for i, x := range v.Items {
				if !drop[i] {
					out = append(out, x)
				}
			}
			v.Items = out
			return nil
		}
		i, e := seqIndex(key, "list indices must be integers or slices, not %s")
		if e != nil {
			return e
		}
		j, ok := normIndex(i, len(v.Items))
		if !ok {
			return Errorf(IndexError, "list assignment index out of range")
		}
		v.Items = append(v.Items[:j], v.Items[j+1:]...)
		return nil
	case *Dict:
		return v.DelItem(key)
	case *Instance:
		if _, found, e := callDunder(v, "__delitem__", key); found {
			return e
		}
	}
	return Errorf(TypeError, "'%s' object doesn't support item deletion", TypeName(o))
}

// Contains is "x in container".
func Contains(container, x Object) (bool, *Exc) {
	switch v := container.(type) {
	case *Class:
		if items, ok := classMembers(v); ok {
			for _, it := range items {
				if it == x {
					return true, nil
				}
			}
			return false, nil
		}
	case *Dict:
		_, ok, e := v.Get(x)
		return ok, e
	case *Set:
		return v.Has(x)
	case *FrozenSet:
		return v.Has(x)
	case *DictView:
		if v.kind == 0 {
			_, ok, e := v.d.Get(x)
			return ok, e
		}
	case string:
		s, ok := x.(string)
		if !ok {
			return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", TypeName(x))
		}
		return strings.Contains(v, s), nil
	case Bytes:
		switch y := x.(type) {
		case Bytes:
			return strings.Contains(string(v), string(y)), nil
		case int:
			return strings.IndexByte(string(v), byte(y)) >= 0, nil
		}
	case *Range:
		if n, ok := x.(int); ok {
			return v.Contains(n), nil
		}
	case *Instance:
		if r, found, e := callDunder(v, "__contains__", x); found {
			if e != nil {
				return false, e
			}
			return Truth(r)
		}
	}
	if l, ok := container.(*List); ok {
		n, e := countFirst(l.Items, x)
		return n, e
	}
	if t, ok := container.(Tuple); ok {
		return countFirst(t, x)
	}
	it, e := Iter(container)
	if e != nil {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", TypeName(container))
	}
	for {
		v, ok, e := it.Next()
		if e != nil || !ok {
			return false, e
		}
		eq, e := eqOrIs(v, x)
		if e != nil || eq {
			return eq, e
		}
	}
}

func countFirst(items []Object, x Object) (bool, *Exc) {
	for _, v := range items {
		eq, e := eqOrIs(v, x)
		if e != nil || eq {
			return eq, e
		}
	}
	return false, nil
}
