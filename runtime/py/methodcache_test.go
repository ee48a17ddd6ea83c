package py

import "testing"

// TestMethodCacheFollowsClassChanges checks that LookupMethod, which
// remembers what it found per class and name, sees every later change: a
// method replaced on the class, one added to a subclass or removed from
// it, and an instance attribute shadowing the method.
func TestMethodCacheFollowsClassChanges(t *testing.T) {
	mk := func(name string) *Function {
		return NewBuiltin(name, func([]Object, []Kwarg) (Object, *Exc) { return name, nil })
	}
	base := NewClass("Base", "__main__", ObjectClass)
	base.SetMethod("m", mk("base1"))
	sub := NewClass("Sub", "__main__", base)
	inst := NewInstance(sub)
	look := func(want string) {
		t.Helper()
		for range 2 { // the second lookup is served by the cache
			fn, self, e := LookupMethod(inst, "m")
			if e != nil {
				t.Fatal(e)
			}
			var got Object
			if self != nil {
				got, e = Call(fn, []Object{self}, nil)
			} else {
				got, e = Call(fn, nil, nil)
			}
			if e != nil || got != want {
				t.Fatalf("inst.m() = %v, %v; want %s", got, e, want)
			}
		}
	}
	look("base1")
	base.SetMethod("m", mk("base2"))
	look("base2")
	sub.SetMethod("m", mk("sub"))
	look("sub")
	delete(sub.Attrs, "m")
	ClassChanged()
	look("base2")
	if e := SetAttr(inst, "m", mk("own")); e != nil {
		t.Fatal(e)
	}
	look("own")
}
