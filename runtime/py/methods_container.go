package py

func initContainerMethods() {
	L := ListType
	lst := func(o Object) *List { return o.(*List) }
	defMethod(L, "append", []string{"object"}, 1, func(self Object, a []Object) (Object, *Exc) {
		lst(self).Append(a[0])
		return None, nil
	})
	defMethod(L, "extend", []string{"iterable"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return None, lst(self).Extend(a[0])
	})
	defMethod(L, "insert", []string{"index", "object"}, 2, func(self Object, a []Object) (Object, *Exc) {
		i, e := Index(a[0])
		if e != nil {
			return nil, e
		}
		lst(self).Insert(i, a[1])
		return None, nil
	})
	defMethod(L, "pop", []string{"index"}, 0, func(self Object, a []Object) (Object, *Exc) {
		i, e := intArg(a[0], -1)
		if e != nil {
			return nil, e
		}
		return lst(self).Pop(i)
	})
	defMethod(L, "remove", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return None, lst(self).Remove(a[0])
	})
	defMethod(L, "index", []string{"value", "start", "stop"}, 1, func(self Object, a []Object) (Object, *Exc) {
		items := lst(self).Items
		start, e := intArg(a[1], 0)
		if e != nil {
			return nil, e
		}
		stop, e := intArg(a[2], len(items))
		if e != nil {
			return nil, e
		}
		s, _, _, _, _ := (&Slice{start, stop, None}).Indices(len(items))
		_, t, _, _, _ := (&Slice{start, stop, None}).Indices(len(items))
		for i := s; i < t; i++ {
			eq, e := eqOrIs(items[i], a[0])
			if e != nil {
				return nil, e
			}
			if eq {
				return i, nil
			}
		}
		return nil, Errorf(ValueError, "%s is not in list", Repr(a[0]))
	})
	defMethod(L, "count", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return lst(self).Count(a[0])
	})
	defVarMethod(L, "sort", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) > 0 {
			return nil, Errorf(TypeError, "sort() takes no positional arguments")
		}
		a, e := bindArgs("sort", nil, kw, []string{"key", "reverse"}, 0)
		if e != nil {
			return nil, e
		}
		rev, e := boolArg(a[1])
		if e != nil {
			return nil, e
		}
		return None, lst(self).Sort(a[0], rev)
	})
	defMethod(L, "reverse", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		lst(self).Reverse()
		return None, nil
	})
	defMethod(L, "copy", nil, 0, func(self Object, a []Object) (Object, *Exc) { return lst(self).Copy(), nil })
	defMethod(L, "clear", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		lst(self).Items = []Object{}
		return None, nil
	})

	T := TupleType
	defMethod(T, "index", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		for i, x := range self.(Tuple) {
			eq, e := eqOrIs(x, a[0])
			if e != nil {
				return nil, e
			}
			if eq {
				return i, nil
			}
		}
		return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
	})
	defMethod(T, "count", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return countObjects(self.(Tuple), a[0])
	})

	D := DictType
	dct := func(o Object) *Dict { return o.(*Dict) }
	defMethod(D, "get", []string{"key", "default"}, 1, func(self Object, a []Object) (Object, *Exc) {
		v, ok, e := dct(self).Get(a[0])
		if e != nil {
			return nil, e
		}
		if !ok {
			if a[1] == nil {
				return None, nil
			}
			return a[1], nil
		}
		return v, nil
	})
	defMethod(D, "keys", nil, 0, func(self Object, a []Object) (Object, *Exc) { return &DictView{dct(self), 0}, nil })
	defMethod(D, "values", nil, 0, func(self Object, a []Object) (Object, *Exc) { return &DictView{dct(self), 1}, nil })
	defMethod(D, "items", nil, 0, func(self Object, a []Object) (Object, *Exc) { return &DictView{dct(self), 2}, nil })
	defMethod(D, "pop", []string{"key", "default"}, 1, func(self Object, a []Object) (Object, *Exc) {
		if a[1] == nil {
			return dct(self).Pop(a[0])
		}
		return dct(self).Pop(a[0], a[1])
	})
	defMethod(D, "popitem", nil, 0, func(self Object, a []Object) (Object, *Exc) { return dct(self).PopItem() })
	defMethod(D, "setdefault", []string{"key", "default"}, 1, func(self Object, a []Object) (Object, *Exc) {
		def := a[1]
		if def == nil {
			def = None
		}
		return dct(self).SetDefault(a[0], def)
	})
	defVarMethod(D, "update", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) > 1 {
			return nil, Errorf(TypeError, "update expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			if e := dct(self).Update(args[0]); e != nil {
				return nil, e
			}
		}
		for _, k := range kw {
			dct(self).SetStr(k.Name, k.Value)
		}
		return None, nil
	})
	defMethod(D, "copy", nil, 0, func(self Object, a []Object) (Object, *Exc) { return dct(self).Copy(), nil })
	defMethod(D, "clear", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		dct(self).Clear()
		return None, nil
	})
	classStatics[D] = map[string]Object{"fromkeys": NewBuiltin("fromkeys", func(args []Object, kw []Kwarg) (Object, *Exc) {
		a, e := bindArgs("fromkeys", args, kw, []string{"iterable", "value"}, 1)
		if e != nil {
			return nil, e
		}
		v := a[1]
		if v == nil {
			v = None
		}
		keys, e := ToSlice(a[0])
		if e != nil {
			return nil, e
		}
		d := NewDict()
		for _, k := range keys {
			if e := d.Set(k, v); e != nil {
				return nil, e
			}
		}
		return d, nil
	})}

	for _, cls := range []*Class{SetType, FrozenSetType} {
		cls := cls
		frozen := cls == FrozenSetType
		elems := func(o Object) *setTable { t, _ := setElems(o); return t }
		defVarMethod(cls, "union", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
			r := elems(self).copyTable()
			for _, x := range args {
				if t, ok := setElems(x); ok && t == elems(self) {
					continue
				}
				if e := r.update(x); e != nil {
					return nil, e
				}
			}
			return setOf(r, frozen), nil
		})
		defVarMethod(cls, "intersection", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
			r := elems(self)
			if len(args) == 0 {
				return setOf(r.copyTable(), frozen), nil
			}
			for _, x := range args {
				var e *Exc
				if r, e = setIntersection(r, x); e != nil {
					return nil, e
				}
			}
			return setOf(r, frozen), nil
		})
		defVarMethod(cls, "difference", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
			if len(args) == 0 {
				return setOf(elems(self).copyTable(), frozen), nil
			}
			r, e := setDifference(elems(self), args[0])
			if e != nil {
				return nil, e
			}
			for _, x := range args[1:] {
				if e := r.differenceUpdate(x); e != nil {
					return nil, e
				}
			}
			return setOf(r, frozen), nil
		})
		defMethod(cls, "symmetric_difference", []string{"other"}, 1, func(self Object, a []Object) (Object, *Exc) {
			r, e := setSymmetricDifference(elems(self), a[0])
			if e != nil {
				return nil, e
			}
			return setOf(r, frozen), nil
		})
		asTable := func(o Object) (*setTable, *Exc) {
			if t, ok := setElems(o); ok {
				return t, nil
			}
			r := &setTable{}
			r.ensure()
			return r, r.update(o)
		}
		defMethod(cls, "issubset", []string{"other"}, 1, func(self Object, a []Object) (Object, *Exc) {
			o, e := asTable(a[0])
			if e != nil {
				return nil, e
			}
			return isSubset(elems(self), o)
		})
		defMethod(cls, "issuperset", []string{"other"}, 1, func(self Object, a []Object) (Object, *Exc) {
			o, e := asTable(a[0])
			if e != nil {
				return nil, e
			}
			return isSubset(o, elems(self))
		})
		defMethod(cls, "isdisjoint", []string{"other"}, 1, func(self Object, a []Object) (Object, *Exc) {
			o, e := asTable(a[0])
			if e != nil {
				return nil, e
			}
			disjoint := true
			e = o.each(func(k Object, h int) *Exc {
				i, e := elems(self).lookup(k, h)
				if i >= 0 {
					disjoint = false
				}
				return e
			})
			return disjoint, e
		})
		defMethod(cls, "copy", nil, 0, func(self Object, a []Object) (Object, *Exc) {
			if frozen {
				return self, nil
			}
			return setOf(elems(self).copyTable(), frozen), nil
		})
	}
	St := SetType
	set := func(o Object) *Set { return o.(*Set) }
	defMethod(St, "add", []string{"elem"}, 1, func(self Object, a []Object) (Object, *Exc) { return None, set(self).Add(a[0]) })
	defMethod(St, "discard", []string{"elem"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return None, set(self).Discard(a[0])
	})
	defMethod(St, "remove", []string{"elem"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return None, set(self).Remove(a[0])
	})
	defMethod(St, "pop", nil, 0, func(self Object, a []Object) (Object, *Exc) { return set(self).Pop() })
	defMethod(St, "clear", nil, 0, func(self Object, a []Object) (Object, *Exc) {
		set(self).Clear()
		return None, nil
	})
	defVarMethod(St, "update", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		for _, x := range args {
			if e := set(self).inPlace(opOr, x); e != nil {
				return nil, e
			}
		}
		return None, nil
	})
	defVarMethod(St, "intersection_update", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		s := set(self)
		r := &s.setTable
		for _, x := range args {
			var e *Exc
			if r, e = setIntersection(r, x); e != nil {
				return nil, e
			}
		}
		s.setTable = *r
		return None, nil
	})
	defVarMethod(St, "difference_update", func(self Object, args []Object, kw []Kwarg) (Object, *Exc) {
		for _, x := range args {
			if e := set(self).inPlace(opSub, x); e != nil {
				return nil, e
			}
		}
		return None, nil
	})
	defMethod(St, "symmetric_difference_update", []string{"other"}, 1, func(self Object, a []Object) (Object, *Exc) {
		return None, set(self).inPlace(opXor, a[0])
	})

	R := RangeType
	defMethod(R, "index", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		r := self.(*Range)
		if n, ok := a[0].(int); ok && r.Contains(n) {
			return (n - r.Start) / r.Step, nil
		}
		return nil, Errorf(ValueError, "%s is not in range", Repr(a[0]))
	})
	defMethod(R, "count", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) {
		if n, ok := a[0].(int); ok && self.(*Range).Contains(n) {
			return 1, nil
		}
		return 0, nil
	})
}
