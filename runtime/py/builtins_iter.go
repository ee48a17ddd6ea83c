package py

func anyAll(o Object, isAny bool) (Object, *Exc) {
	it, e := Iter(o)
	if e != nil {
		return nil, e
	}
	for {
		v, ok, e := it.Next()
		if e != nil {
			return nil, e
		}
		if !ok {
			return !isAny, nil
		}
		t, e := Truth(v)
		if e != nil {
			return nil, e
		}
		if t == isAny {
			return isAny, nil
		}
	}
}

// Reversed is reversed(seq).
func Reversed(o Object) (Object, *Exc) {
	switch v := o.(type) {
	case *Range:
		n := v.Len()
		return &rangeIter{cur: v.Start + (n-1)*v.Step, step: -v.Step, left: n}, nil
	case *List:
		i := len(v.Items)
		return NewFuncIter("list_reverseiterator", func() (Object, bool, *Exc) {
			i--
			if i < 0 || i >= len(v.Items) {
				return nil, false, nil
			}
			return v.Items[i], true, nil
		}), nil
	case *Dict:
		keys := v.Keys()
		i := len(keys)
		return NewFuncIter("dict_reversekeyiterator", func() (Object, bool, *Exc) {
			i--
			if i < 0 {
				return nil, false, nil
			}
			return keys[i], true, nil
		}), nil
	case Tuple, string, Bytes:
		items, e := ToSlice(o)
		if e != nil {
			return nil, e
		}
		i := len(items)
		return NewFuncIter("reversed", func() (Object, bool, *Exc) {
			i--
			if i < 0 {
				return nil, false, nil
			}
			return items[i], true, nil
		}), nil
	case *Instance:
		if r, found, e := callDunder(v, "__reversed__"); found {
			return r, e
		}
		n, e := Len(v)
		if e == nil {
			i := n
			return NewFuncIter("reversed", func() (Object, bool, *Exc) {
				i--
				if i < 0 {
					return nil, false, nil
				}
				r, e := GetItem(v, i)
				return r, e == nil, e
			}), nil
		}
	}
	return nil, Errorf(TypeError, "'%s' object is not reversible", TypeName(o))
}

// Enumerate is enumerate(iterable, start).
func Enumerate(o, start Object) (Object, *Exc) {
	it, e := Iter(o)
	if e != nil {
		return nil, e
	}
	i := start
	return NewFuncIter("enumerate", func() (Object, bool, *Exc) {
		v, ok, e := it.Next()
		if !ok || e != nil {
			return nil, false, e
		}
		cur := i
		if i, e = Add(i, 1); e != nil {
			return nil, false, e
		}
		return Tuple{cur, v}, true, nil
	}), nil
}

// Zip is zip(*iterables, strict=strict).
func Zip(strict bool, iterables ...Object) (Object, *Exc) {
	its := make([]Iterator, len(iterables))
	for i, o := range iterables {
		it, e := Iter(o)
		if e != nil {
			return nil, Errorf(TypeError, "zip argument #%d must support iteration", i+1)
		}
		its[i] = it
	}
	return NewFuncIter("zip", func() (Object, bool, *Exc) {
		if len(its) == 0 {
			return nil, false, nil
		}
		t := make(Tuple, len(its))
		for i, it := range its {
			v, ok, e := it.Next()
			if e != nil {
				return nil, false, e
			}
			if !ok {
				if strict {
					if i > 0 {
						plural := "s"
						if i == 1 {
							plural = ""
						}
						return nil, false, Errorf(ValueError, "zip() argument %d is shorter than argument%s 1%s", i+1, plural, strictRange(i))
					}
					for j := 1; j < len(its); j++ {
						if _, more, _ := its[j].Next(); more {
							return nil, false, Errorf(ValueError, "zip() argument %d is longer than argument%s 1%s", j+1, pluralS(j), strictRange(j))
						}
					}
				}
				return nil, false, nil
			}
			t[i] = v
		}
		return t, true, nil
	}), nil
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func strictRange(i int) string {
	if i == 1 {
		return ""
	}
	return sprintf("-%d", i)
}

// Map is map(fn, *iterables).
func Map(fn Object, iterables ...Object) (Object, *Exc) {
	z, e := Zip(false, iterables...)
	if e != nil {
		return nil, e
	}
	zi := z.(*FuncIter)
	return NewFuncIter("map", func() (Object, bool, *Exc) {
		t, ok, e := zi.Next()
		if !ok || e != nil {
			return nil, false, e
		}
		r, e := Call(fn, t.(Tuple), nil)
		return r, e == nil, e
	}), nil
}

// Filter is filter(fn, iterable); fn None keeps truthy items.
func Filter(fn, o Object) (Object, *Exc) {
	it, e := Iter(o)
	if e != nil {
		return nil, e
	}
	return NewFuncIter("filter", func() (Object, bool, *Exc) {
		for {
			v, ok, e := it.Next()
			if !ok || e != nil {
				return nil, false, e
			}
			test := v
			if fn != None {
				if test, e = Call(fn, []Object{v}, nil); e != nil {
					return nil, false, e
				}
			}
			t, e := Truth(test)
			if e != nil {
				return nil, false, e
			}
			if t {
				return v, true, nil
			}
		}
	}), nil
}
