package py

import "testing"

// TestMethodSiteFollowsReceiversAndChanges drives one MethodSite through a
// sequence of receivers and changes, the way one call site of compiled code
// sees them, and checks every answer against LookupMethod's: instances of
// one class (the inlined fast path), an instance shadowing the method, a
// built-in value at the same site and back, an instance of another class,
// and a method replaced on the class.
func TestMethodSiteFollowsReceiversAndChanges(t *testing.T) {
	mk := func(name string) *Function {
		return NewBuiltin(name, func([]Object, []Kwarg) (Object, *Exc) { return name, nil })
	}
	a := NewClass("A", "__main__", ObjectClass)
	a.SetMethod("append", mk("a1"))
	b := NewClass("B", "__main__", ObjectClass)
	b.SetMethod("append", mk("b"))
	a1, a2, bi := NewInstance(a), NewInstance(a), NewInstance(b)
	shadow := NewInstance(a)
	list := NewList()
	var site MethodSite
	steps := []struct {
		name   string
		o      Object
		change func()
	}{
		{name: "first instance", o: a1},
		{name: "same instance, cached", o: a1},
		{name: "other instance of the class", o: a2},
		{name: "instance attribute shadows", o: shadow, change: func() { shadow.Store("append", mk("own")) }},
		{name: "back to a plain instance", o: a1},
		{name: "built-in value", o: list},
		{name: "built-in value, cached", o: list},
		{name: "instance after a built-in", o: a2},
		{name: "instance of another class", o: bi},
		{name: "method replaced on the class", o: bi, change: func() { b.SetMethod("append", mk("b2")) }},
		{name: "built-in value again", o: list},
		{name: "first class again", o: a1},
	}
	for _, s := range steps {
		if s.change != nil {
			s.change()
		}
		for range 2 {
			fn, self, e := site.Lookup(s.o, "append")
			wfn, wself, we := LookupMethod(s.o, "append")
			if e != nil || we != nil {
				t.Fatalf("%s: errors %v, %v", s.name, e, we)
			}
			if self != wself {
				t.Fatalf("%s: self %v, want %v", s.name, self, wself)
			}
			if f, ok := fn.(*Function); ok {
				if wf, ok := wfn.(*Function); !ok || f != wf {
					t.Fatalf("%s: fn %v, want %v", s.name, fn, wfn)
				}
			} else if fn != wfn {
				t.Fatalf("%s: fn %v, want %v", s.name, fn, wfn)
			}
		}
	}
}
