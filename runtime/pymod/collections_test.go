package pymod

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// call calls attribute name of module mod.
func callF(t *testing.T, mod *py.Module, name string, args []py.Object, kw []py.Kwarg) py.Object {
	t.Helper()
	r, e := py.Call(mod.Attrs[name], args, kw)
	if e != nil {
		t.Fatalf("%s.%s: %s", mod.Name, name, py.ReprExc(e))
	}
	return r
}

func callM(t *testing.T, o py.Object, name string, args ...py.Object) py.Object {
	t.Helper()
	r, e := py.CallMethod(o, name, args, nil)
	if e != nil {
		t.Fatalf("%s: %s", name, py.ReprExc(e))
	}
	return r
}

// The expected lists are CPython 3.11's.
func TestHeapqOrder(t *testing.T) {
	h := py.NewList()
	want := []string{"[5]", "[3, 5]", "[3, 5, 8]", "[1, 3, 8, 5]", "[1, 3, 8, 5, 9]", "[1, 3, 2, 5, 9, 8]",
		"[1, 3, 2, 5, 9, 8, 7]", "[1, 3, 2, 3, 9, 8, 7, 5]", "[1, 3, 2, 3, 9, 8, 7, 5, 3]", "[0, 1, 2, 3, 3, 8, 7, 5, 3, 9]"}
	for i, x := range []int{5, 3, 8, 1, 9, 2, 7, 3, 3, 0} {
		callF(t, Heapq, "heappush", []py.Object{h, x}, nil)
		if got := py.Repr(h); got != want[i] {
			t.Errorf("after pushing %d: %s, want %s", x, got, want[i])
		}
	}
	pops := []struct{ v, rest string }{{"0", "[1, 3, 2, 3, 9, 8, 7, 5, 3]"}, {"1", "[2, 3, 3, 3, 9, 8, 7, 5]"}, {"2", "[3, 3, 5, 3, 9, 8, 7]"}}
	for _, p := range pops {
		v := callF(t, Heapq, "heappop", []py.Object{h}, nil)
		if py.Repr(v) != p.v || py.Repr(h) != p.rest {
			t.Errorf("heappop: %s %s, want %s %s", py.Repr(v), py.Repr(h), p.v, p.rest)
		}
	}
	if _, e := py.Call(Heapq.Attrs["heappop"], []py.Object{py.NewList()}, nil); e == nil || py.Str(e) != "index out of range" {
		t.Errorf("heappop([]) = %v", e)
	}
}

func TestBisect(t *testing.T) {
	a := py.NewList(1, 2, 2, 2, 5)
	tests := []struct {
		fn   string
		x    int
		want int
	}{{"bisect_left", 2, 1}, {"bisect_right", 2, 4}, {"bisect", 2, 4}, {"bisect_left", 0, 0}, {"bisect_right", 9, 5}}
	for _, tt := range tests {
		if got := callF(t, Bisect, tt.fn, []py.Object{a, tt.x}, nil); got != tt.want {
			t.Errorf("%s(a, %d) = %v, want %d", tt.fn, tt.x, got, tt.want)
		}
	}
	callF(t, Bisect, "insort", []py.Object{a, 3}, nil)
	callF(t, Bisect, "insort_left", []py.Object{a, 0}, nil)
	if got := py.Repr(a); got != "[0, 1, 2, 2, 2, 3, 5]" {
		t.Errorf("after insort: %s", got)
	}
}

func TestCollectionsReprs(t *testing.T) {
	dq, e := py.Call(DequeClass, []py.Object{py.NewList(1, 2, 3)}, []py.Kwarg{{Name: "maxlen", Value: 3}})
	if e != nil {
		t.Fatal(py.ReprExc(e))
	}
	callM(t, dq, "append", 4)
	callM(t, dq, "appendleft", 0)
	c, e := py.Call(CounterClass, []py.Object{"abracadabra"}, nil)
	if e != nil {
		t.Fatal(py.ReprExc(e))
	}
	dd, e := py.Call(DefaultDictClass, []py.Object{py.ListType}, nil)
	if e != nil {
		t.Fatal(py.ReprExc(e))
	}
	l, e := py.GetItem(dd, "k")
	if e != nil {
		t.Fatal(py.ReprExc(e))
	}
	l.(*py.List).Append(1)
	od, e := py.Call(OrderedDictClass, nil, []py.Kwarg{{Name: "a", Value: 1}, {Name: "b", Value: 2}})
	if e != nil {
		t.Fatal(py.ReprExc(e))
	}
	callM(t, od, "move_to_end", "a", false)
	callM(t, od, "move_to_end", "b", false)
	point := callF(t, Collections, "namedtuple", []py.Object{"Point", "x y"}, nil)
	p, e := py.Call(point, []py.Object{1}, []py.Kwarg{{Name: "y", Value: 2}})
	if e != nil {
		t.Fatal(py.ReprExc(e))
	}
	tests := []struct {
		got  py.Object
		want string
	}{
		{dq, "deque([0, 2, 3], maxlen=3)"},
		{c, "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})"},
		{callM(t, c, "most_common", 2), "[('a', 5), ('b', 2)]"},
		{dd, "defaultdict(<class 'list'>, {'k': [1]})"},
		{od, "OrderedDict([('b', 2), ('a', 1)])"},
		{p, "Point(x=1, y=2)"},
		{callM(t, p, "_asdict"), "{'x': 1, 'y': 2}"},
		{py.TypeOf(dd), "<class 'collections.defaultdict'>"},
	}
	for _, tt := range tests {
		if got := py.Repr(tt.got); got != tt.want {
			t.Errorf("repr = %s, want %s", got, tt.want)
		}
	}
	if eq, _ := py.Eq(p, py.Tuple{1, 2}); !eq {
		t.Errorf("Point(1, 2) != (1, 2)")
	}
	if n, _ := py.Len(dq); n != 3 {
		t.Errorf("len(deque) = %d", n)
	}
	if in, _ := py.In(2, dq); !in {
		t.Errorf("2 not in deque")
	}
	if v, _ := py.GetItem(c, "zzz"); v != 0 {
		t.Errorf("Counter missing key = %v", v)
	}
}

func TestTypingSubscript(t *testing.T) {
	tests := []struct {
		expr func() (py.Object, *py.Exc)
		want string
	}{
		{func() (py.Object, *py.Exc) { return py.GetItem(Typing.Attrs["Optional"], py.IntType) }, "typing.Optional[int]"},
		{func() (py.Object, *py.Exc) {
			l, _ := py.GetItem(Typing.Attrs["List"], py.IntType)
			return py.GetItem(Typing.Attrs["Dict"], py.Tuple{py.StrType, l})
		}, "typing.Dict[str, typing.List[int]]"},
		{func() (py.Object, *py.Exc) { return Typing.Attrs["Any"], nil }, "typing.Any"},
	}
	for _, tt := range tests {
		got, e := tt.expr()
		if e != nil {
			t.Fatal(py.ReprExc(e))
		}
		if py.Repr(got) != tt.want {
			t.Errorf("repr = %s, want %s", py.Repr(got), tt.want)
		}
	}
}
