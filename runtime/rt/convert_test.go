package rt

import (
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

type pair = struct {
	V0 string
	V1 int
}

func TestToPy(t *testing.T) {
	list := py.NewList(1, 2)
	tests := []struct {
		name string
		in   any
		repr string
	}{
		{"str", "héllo", "'héllo'"},
		{"int", -7, "-7"},
		{"float", 2.5, "2.5"},
		{"bool", true, "True"},
		{"bytes", []byte("a\x00"), `b'a\x00'`},
		{"nil", nil, "None"},
		{"list", []string{"a", "b"}, "['a', 'b']"},
		{"empty list", []int{}, "[]"},
		{"map sorted", map[string]int{"b": 2, "a": 1, "c": 3}, "{'a': 1, 'b': 2, 'c': 3}"},
		{"int keys sorted", map[int][]float64{3: {1.5}, -1: nil}, "{-1: [], 3: [1.5]}"},
		{"tuple", pair{"x", 1}, "('x', 1)"},
		{"nil pointer", (*int)(nil), "None"},
		{"pointer", new(int), "0"},
		{"py.Object passes through", []py.Object{list, py.None}, "[[1, 2], None]"},
		{"struct{} is None", struct{}{}, "None"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := py.Repr(ToPy(tt.in)); got != tt.repr {
				t.Errorf("repr(ToPy(%#v)) = %s, want %s", tt.in, got, tt.repr)
			}
		})
	}
}

func TestToPyKeepsPyObjectsIdentical(t *testing.T) {
	list := py.NewList(1)
	got := ToPy([]py.Object{list}).(*py.List)
	if got.Items[0] != py.Object(list) {
		t.Errorf("the list was copied")
	}
}

func dict(kv ...py.Object) *py.Dict {
	d := py.NewDict()
	for i := 0; i < len(kv); i += 2 {
		if e := d.Set(kv[i], kv[i+1]); e != nil {
			panic(e)
		}
	}
	return d
}

func TestFromPy(t *testing.T) {
	huge, _ := new(big.Int).SetString("100000000000000000000", 10)
	tests := []struct {
		name string
		in   py.Object
		conv func(py.Object) (any, error)
		want any
		err  string
	}{
		{"str", "s", conv[string], "s", ""},
		{"int", 42, conv[int], 42, ""},
		{"bool as int", true, conv[int], 1, ""},
		{"big int overflows", huge, conv[int], 0, "int 100000000000000000000 overflows Go int"},
		{"int8 overflow", 300, conv[int8], int8(0), "int 300 overflows Go int8"},
		{"float", 1.25, conv[float64], 1.25, ""},
		{"int as float", 3, conv[float64], 3.0, ""},
		{"bool", false, conv[bool], false, ""},
		{"bytes", py.Bytes("ab"), conv[[]byte], []byte("ab"), ""},
		{"list", py.NewList("a", "b"), conv[[]string], []string{"a", "b"}, ""},
		{"tuple as list", py.Tuple{1, 2}, conv[[]int], []int{1, 2}, ""},
		{"bad item", py.NewList(1, "x"), conv[[]int], []int(nil), "item 1: cannot convert Python str to Go int"},
		{"dict", dict("a", 1, "b", 2), conv[map[string]int], map[string]int{"a": 1, "b": 2}, ""},
		{"bad dict value", dict("a", "x"), conv[map[string]int], map[string]int(nil), "value of key 'a': cannot convert Python str to Go int"},
		{"bad dict key", dict(1, 1), conv[map[string]int], map[string]int(nil), "key 1: cannot convert Python int to Go string"},
		{"tuple", py.Tuple{"a", 1}, conv[pair], pair{"a", 1}, ""},
		{"tuple length", py.Tuple{"a"}, conv[pair], pair{}, "cannot convert a Python tuple of 1 items to Go struct { V0 string; V1 int }"},
		{"optional None", py.None, conv[*int], (*int)(nil), ""},
		{"None", py.None, conv[struct{}], struct{}{}, ""},
		{"not None", 1, conv[struct{}], struct{}{}, "cannot convert Python int to Go struct {}"},
		{"object", py.NewList(), conv[py.Object], py.Object(nil), ""},
		{"str to int", "1", conv[int], 0, "cannot convert Python str to Go int"},
		{"list to map", py.NewList(), conv[map[string]int], map[string]int(nil), "cannot convert Python list to Go map[string]int"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.conv(tt.in)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.name == "object" {
				if got != tt.in {
					t.Errorf("py.Object conversion changed the value")
				}
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FromPy = %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestFromPyOptionalValue(t *testing.T) {
	p, err := FromPy[*pair](py.Tuple{"k", 9})
	if err != nil || p == nil || *p != (pair{"k", 9}) {
		t.Fatalf("FromPy[*pair] = %v, %v", p, err)
	}
}

func TestRoundTrip(t *testing.T) {
	in := map[string][]pair{"x": {{"a", 1}, {"b", -2}}, "y": nil}
	got, err := FromPy[map[string][]pair](ToPy(in))
	if err != nil {
		t.Fatal(err)
	}
	in["y"] = []pair{} // None is not involved: an empty list comes back empty
	if !reflect.DeepEqual(got, in) {
		t.Errorf("round trip = %v, want %v", got, in)
	}
	if !strings.Contains(py.Repr(ToPy(in)), "'x': [('a', 1), ('b', -2)]") {
		t.Errorf("repr = %s", py.Repr(ToPy(in)))
	}
}

func conv[T any](v py.Object) (any, error) { return FromPy[T](v) }
