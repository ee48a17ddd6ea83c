package pymod

import (
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// itList calls itertools.name(*args, **kw) and returns repr(list(result)).
func itList(t *testing.T, name string, args []py.Object, kw []py.Kwarg) string {
	t.Helper()
	v, e := py.Call(Itertools.Attrs[name], args, kw)
	if e != nil {
		return "!" + e.Class.Name + ": " + e.Message()
	}
	items, e := py.ToSlice(v)
	if e != nil {
		t.Fatalf("%s: list(): %v", name, e)
	}
	return py.Repr(py.NewList(items...))
}

func TestItertools(t *testing.T) {
	// Expected reprs are CPython 3.11's.
	cases := []struct {
		name string
		args []py.Object
		kw   []py.Kwarg
		want string
	}{
		{"accumulate", []py.Object{py.NewList(1, 2, 3, 4)}, nil, "[1, 3, 6, 10]"},
		{"accumulate", []py.Object{py.NewList()}, []py.Kwarg{{Name: "initial", Value: 5}}, "[5]"},
		{"chain", []py.Object{"ab", py.NewList(1, 2), py.Tuple{}}, nil, "['a', 'b', 1, 2]"},
		{"compress", []py.Object{"ABCDEF", py.NewList(1, 0, 1, 0, 1, 1)}, nil, "['A', 'C', 'E', 'F']"},
		{"islice", []py.Object{"ABCDEFG", 0, py.None, 2}, nil, "['A', 'C', 'E', 'G']"},
		{"islice", []py.Object{"abc", -1}, nil, "!ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."},
		{"zip_longest", []py.Object{"ABCD", "xy"}, []py.Kwarg{{Name: "fillvalue", Value: "-"}}, "[('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')]"},
		{"product", []py.Object{"AB", "xy"}, nil, "[('A', 'x'), ('A', 'y'), ('B', 'x'), ('B', 'y')]"},
		{"product", []py.Object{py.NewList(0, 1)}, []py.Kwarg{{Name: "repeat", Value: 2}}, "[(0, 0), (0, 1), (1, 0), (1, 1)]"},
		{"permutations", []py.Object{"ABC", 2}, nil, "[('A', 'B'), ('A', 'C'), ('B', 'A'), ('B', 'C'), ('C', 'A'), ('C', 'B')]"},
		{"permutations", []py.Object{py.NewList(1, 2, 3)}, nil, "[(1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)]"},
		{"combinations", []py.Object{"ABCD", 2}, nil, "[('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')]"},
		{"combinations", []py.Object{"ab", 3}, nil, "[]"},
		{"combinations_with_replacement", []py.Object{"ABC", 2}, nil, "[('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')]"},
		{"pairwise", []py.Object{"ABCD"}, nil, "[('A', 'B'), ('B', 'C'), ('C', 'D')]"},
		{"repeat", []py.Object{"x", 3}, nil, "['x', 'x', 'x']"},
	}
	for _, c := range cases {
		if got := itList(t, c.name, c.args, c.kw); got != c.want {
			t.Errorf("%s%v = %s, want %s", c.name, c.args, got, c.want)
		}
	}
}

func TestItertoolsGroupBy(t *testing.T) {
	v, e := py.Call(Itertools.Attrs["groupby"], []py.Object{"AAABBCA"}, nil)
	if e != nil {
		t.Fatal(e)
	}
	it := v.(py.Iterator)
	var got []string
	for {
		kg, ok, e := it.Next()
		if e != nil {
			t.Fatal(e)
		}
		if !ok {
			break
		}
		items, _ := py.ToSlice(kg.(py.Tuple)[1])
		got = append(got, py.Repr(kg.(py.Tuple)[0])+py.Repr(py.NewList(items...)))
	}
	want := "'A'['A', 'A', 'A'] 'B'['B', 'B'] 'C'['C'] 'A'['A']"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("groupby = %s, want %s", s, want)
	}
}
