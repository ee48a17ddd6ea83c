package py

import (
	"unicode/utf8"
)

// Iterator is a Python iterator. Next returns the next value and true, or
// false when exhausted (StopIteration is never raised through it).
type Iterator interface {
	Next() (Object, bool, *Exc)
}

// FuncIter is an iterator driven by a Go function; builtins such as
// enumerate, zip, map and filter return one. Name is the type's name
// (e.g. "enumerate") used by repr.
type FuncIter struct {
	Name string
	Fn   func() (Object, bool, *Exc)
	done bool
}

// NewFuncIter returns an iterator named name calling fn.
func NewFuncIter(name string, fn func() (Object, bool, *Exc)) *FuncIter {
	return &FuncIter{Name: name, Fn: fn}
}

// Next implements Iterator; once exhausted it stays exhausted.
func (f *FuncIter) Next() (Object, bool, *Exc) {
	if f.done {
		return nil, false, nil
	}
	v, ok, e := f.Fn()
	if !ok || e != nil {
		f.done = true
	}
	return v, ok, e
}

// Type implements Typed.
func (f *FuncIter) Type() *Class { return iterClass(f.Name) }

// iterClasses holds the classes of the built-in iterator types (read-only
// after init).
var iterClasses = func() map[string]*Class {
	m := map[string]*Class{}
	for _, n := range []string{"list_iterator", "tuple_iterator", "str_ascii_iterator", "range_iterator",
		"dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator", "bytes_iterator",
		"list_reverseiterator", "dict_reversekeyiterator", "reversed", "enumerate", "zip", "map", "filter", "iterator"} {
		m[n] = NewClass(n, "builtins", ObjectClass)
	}
	return m
}()

func iterClass(name string) *Class {
	if c, ok := iterClasses[name]; ok {
		return c
	}
	return NewClass(name, "builtins", ObjectClass)
}

type seqIter struct {
	items []Object
	i     int
	name  string
}

// Next implements Iterator.
func (s *seqIter) Next() (Object, bool, *Exc) {
	if s.i >= len(s.items) {
		return nil, false, nil
	}
	s.i++
	return s.items[s.i-1], true, nil
}

// Type implements Typed.
func (s *seqIter) Type() *Class { return iterClass(s.name) }

type listIter struct {
	l *List
	i int
}

// Next implements Iterator.
func (s *listIter) Next() (Object, bool, *Exc) {
	if s.i >= len(s.l.Items) {
		s.i = 1 << 62
		return nil, false, nil
	}
	s.i++
	return s.l.Items[s.i-1], true, nil
}

// Type implements Typed.
func (s *listIter) Type() *Class { return iterClass("list_iterator") }

type strIter struct {
	s string
	i int
}

// Next implements Iterator.
func (s *strIter) Next() (Object, bool, *Exc) {
	if s.i >= len(s.s) {
		return nil, false, nil
	}
	if c := s.s[s.i]; c < utf8.RuneSelf {
		s.i++
		return asciiStrings[c], true, nil
	}
	_, n := utf8.DecodeRuneInString(s.s[s.i:])
	s.i += n
	return s.s[s.i-n : s.i], true, nil
}

// Type implements Typed.
func (s *strIter) Type() *Class { return iterClass("str_ascii_iterator") }

type rangeIter struct {
	cur, step, left int
}

// Next implements Iterator.
func (r *rangeIter) Next() (Object, bool, *Exc) {
	if r.left <= 0 {
		return nil, false, nil
	}
	v := r.cur
	r.cur += r.step
	r.left--
	return intObject(v), true, nil
}

// Type implements Typed.
func (r *rangeIter) Type() *Class { return iterClass("range_iterator") }

type dictIter struct {
	d    *Dict
	i    int
	n    int
	kind int // 0 keys, 1 values, 2 items
	name string
}

// Next implements Iterator.
func (it *dictIter) Next() (Object, bool, *Exc) {
	if it.d.live != it.n {
		it.n = -1
		return nil, false, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	for it.i < len(it.d.entries) {
		en := it.d.entries[it.i]
		it.i++
		if en.deleted {
			continue
		}
		switch it.kind {
		case 0:
			return en.key, true, nil
		case 1:
			return en.value, true, nil
		}
		return Tuple{en.key, en.value}, true, nil
	}
	return nil, false, nil
}

// Type implements Typed.
func (it *dictIter) Type() *Class { return iterClass(it.name) }

// instanceIter iterates a user object through __next__.
type instanceIter struct{ o Object }

// Next implements Iterator.
func (it *instanceIter) Next() (Object, bool, *Exc) {
	v, _, e := callDunder(it.o, "__next__")
	if e != nil {
		if e.Matches(StopIteration) {
			return nil, false, nil
		}
		return nil, false, e
	}
	return v, true, nil
}

// Iter is iter(o).
func Iter(o Object) (Iterator, *Exc) {
	switch v := o.(type) {
	case *List:
		return &listIter{l: v}, nil
	case Tuple:
		return &seqIter{items: v, name: "tuple_iterator"}, nil
	case string:
		return &strIter{s: v}, nil
	case *Range:
		return &rangeIter{cur: v.Start, step: v.Step, left: v.Len()}, nil
	case *Dict:
		return &dictIter{d: v, n: v.live, name: "dict_keyiterator"}, nil
	case *Set:
		v.ensure()
		return &setIter{t: &v.setTable, used: v.used}, nil
	case *FrozenSet:
		v.ensure()
		return &setIter{t: &v.setTable, used: v.used}, nil
	case *DictView:
		return &dictIter{d: v.d, n: v.d.live, kind: v.kind, name: dictIterNames[v.kind]}, nil
	case Bytes:
		items := make([]Object, len(v))
		for i := range len(v) {
			items[i] = int(v[i])
		}
		return &seqIter{items: items, name: "bytes_iterator"}, nil
	case *Class:
		if items, ok := classMembers(v); ok {
			return &seqIter{items: items, name: "list_iterator"}, nil
		}
	case *Instance:
		if _, ok := v.Class.Lookup("__iter__"); ok {
			r, _, e := callDunder(v, "__iter__")
			if e != nil {
				return nil, e
			}
			if it, ok := r.(Iterator); ok {
				return it, nil
			}
			if _, ok := r.(*Instance); ok {
				return &instanceIter{r}, nil
			}
			return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", TypeName(r))
		}
		if _, ok := v.Class.Lookup("__getitem__"); ok {
			i := 0
			return NewFuncIter("iterator", func() (Object, bool, *Exc) {
				r, _, e := callDunder(v, "__getitem__", i)
				if e != nil {
					if e.Matches(IndexError) || e.Matches(StopIteration) {
						return nil, false, nil
					}
					return nil, false, e
				}
				i++
				return r, true, nil
			}), nil
		}
	case Iterator:
		return v, nil
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", TypeName(o))
}

var dictIterNames = [...]string{"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"}

// Next is one step of a for loop over it: the value and true, or false
// when the iterator is exhausted.
func Next(it Iterator) (Object, bool, *Exc) { return it.Next() }

// NextBuiltin is the builtin next(it[, default]): StopIteration when it is
// exhausted and no default is given.
func NextBuiltin(o Object, def ...Object) (Object, *Exc) {
	var it Iterator
	switch v := o.(type) {
	case Iterator:
		it = v
	case *Instance:
		if _, ok := v.Class.Lookup("__next__"); ok {
			it = &instanceIter{v}
		}
	}
	if it == nil {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(o))
	}
	if g, ok := it.(*Generator); ok && len(def) == 0 {
		return g.Send(None)
	}
	v, ok, e := it.Next()
	if e != nil {
		return nil, e
	}
	if !ok {
		if len(def) > 0 {
			return def[0], nil
		}
		return nil, NewExc(StopIteration)
	}
	return v, nil
}

// ToSlice collects the items of an iterable; lists and tuples are returned
// without copying (callers must not modify the result).
func ToSlice(o Object) ([]Object, *Exc) {
	switch v := o.(type) {
	case *List:
		return v.Items, nil
	case Tuple:
		return v, nil
	}
	it, e := Iter(o)
	if e != nil {
		return nil, e
	}
	var out []Object
	if n, ok := lenHint(o); ok {
		out = make([]Object, 0, n)
	}
	for {
		v, ok, e := it.Next()
		if e != nil {
			return nil, e
		}
		if !ok {
			return out, nil
		}
		out = append(out, v)
	}
}

func lenHint(o Object) (int, bool) {
	switch v := o.(type) {
	case *Dict:
		return v.Len(), true
	case *Set:
		return v.Len(), true
	case *Range:
		return v.Len(), true
	case string:
		return len(v), true
	}
	return 0, false
}

// asciiStrings holds the one-character strings of ASCII, so that iterating
// and indexing ASCII text does not allocate; a literal, laid out by the
// linker rather than built at start-up (TestSmallTables checks it).
var asciiStrings = [128]Object{
	"\x00", "\x01", "\x02", "\x03", "\x04", "\x05", "\x06", "\x07", "\x08", "\x09", "\x0a", "\x0b", "\x0c", "\x0d", "\x0e", "\x0f",
	"\x10", "\x11", "\x12", "\x13", "\x14", "\x15", "\x16", "\x17", "\x18", "\x19", "\x1a", "\x1b", "\x1c", "\x1d", "\x1e", "\x1f",
	" ", "!", "\"", "#", "$", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/",
	"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ":", ";", "<", "=", ">", "?",
	"@", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O",
	"P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "[", "\\", "]", "^", "_",
	"`", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
	"p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "{", "|", "}", "~", "\x7f",
}
