package pymod

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

var seeds = map[string]py.Object{
	"int7":         7,
	"int2pow70":    py.NewInt(new(big.Int).Lsh(big.NewInt(1), 70)),
	"str_asyncgen": "asyncgen",
	"neg":          -12345,
	"bytes":        py.Bytes("\x00seed"),
	"float":        3.5,
}

// call calls random.<name>(*args) through the module object, as
// generated code does for "import random; random.name(...)".
func call(t *testing.T, name string, args ...py.Object) py.Object {
	t.Helper()
	v, e := py.CallMethod(Random, name, args, nil)
	if e != nil {
		t.Fatalf("random.%s: %v", name, e)
	}
	return v
}

func TestRandomMatchesCPython(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "random.json"))
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Seeds map[string]struct {
			Random        []string
			Randint       []int
			RandrangeBig  []string `json:"randrange_big"`
			Choice        string
			Shuffle       []int
			Sample        []int
			Uniform       []string
			GetRandBits   []string `json:"getrandbits"`
			RandrangeStep []int    `json:"randrange_step"`
		}
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	golden := file.Seeds
	if len(golden) != len(seeds) {
		t.Fatalf("golden has %d seeds, test %d", len(golden), len(seeds))
	}
	tenPow30 := py.NewInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil))
	for name, seed := range seeds {
		g := golden[name]
		t.Run(name, func(t *testing.T) {
			reseed := func() { call(t, "seed", seed) }
			reseed()
			for i, want := range g.Random {
				if got := py.Repr(call(t, "random")); got != want {
					t.Fatalf("random() #%d = %s, want %s", i, got, want)
				}
			}
			reseed()
			for i, want := range g.Randint {
				if got := call(t, "randint", 1, 100); got != want {
					t.Fatalf("randint #%d = %v, want %d", i, got, want)
				}
			}
			reseed()
			for i, want := range g.RandrangeBig {
				if got := py.Str(call(t, "randrange", 0, tenPow30)); got != want {
					t.Fatalf("randrange(0, 10**30) #%d = %s, want %s", i, got, want)
				}
			}
			reseed()
			var letters []byte
			for range g.Choice {
				letters = append(letters, call(t, "choice", "abcdefghijklmnopqrstuvwxyz").(string)...)
			}
			if string(letters) != g.Choice {
				t.Errorf("choice sequence differs:\n%s\n%s", letters, g.Choice)
			}
			reseed()
			xs, _ := py.Call(py.Builtins["list"], []py.Object{mustRange(t, 50)}, nil)
			call(t, "shuffle", xs)
			if got, want := py.Repr(xs), py.Repr(ints(g.Shuffle)); got != want {
				t.Errorf("shuffle = %s, want %s", got, want)
			}
			reseed()
			s1 := call(t, "sample", mustRange(t, 100), 10)
			s2 := call(t, "sample", mustRange(t, 1000000), 5)
			got, _ := py.Add(s1, s2)
			if py.Repr(got) != py.Repr(ints(g.Sample)) {
				t.Errorf("sample = %s, want %v", py.Repr(got), g.Sample)
			}
			reseed()
			for i, want := range g.Uniform {
				if got := py.Repr(call(t, "uniform", -5, 5)); got != want {
					t.Fatalf("uniform #%d = %s, want %s", i, got, want)
				}
			}
			reseed()
			for i, k := range []int{1, 7, 32, 33, 64, 65, 200} {
				if got := py.Str(call(t, "getrandbits", k)); got != g.GetRandBits[i] {
					t.Errorf("getrandbits(%d) = %s, want %s", k, got, g.GetRandBits[i])
				}
			}
			reseed()
			for i, want := range g.RandrangeStep {
				if got := call(t, "randrange", 10, 1000, 7); got != want {
					t.Fatalf("randrange(10, 1000, 7) #%d = %v, want %d", i, got, want)
				}
			}
		})
	}
}

func mustRange(t *testing.T, n int) py.Object {
	r, e := py.NewRange(0, n, 1)
	if e != nil {
		t.Fatal(e)
	}
	return r
}

func ints(xs []int) *py.List {
	out := make([]py.Object, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return py.NewList(out...)
}

func TestRandomErrors(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "random.json"))
	if err != nil {
		t.Fatal(err)
	}
	var file struct{ Errors map[string]string }
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, fn string
		args     []py.Object
	}{
		{"choice_empty", "choice", []py.Object{py.NewList()}},
		{"randint_empty", "randint", []py.Object{5, 1}},
		{"randrange_empty", "randrange", []py.Object{0}},
		{"seed_list", "seed", []py.Object{py.NewList()}},
	}
	for _, tt := range tests {
		want := file.Errors[tt.name]
		_, e := py.CallMethod(Random, tt.fn, tt.args, nil)
		if e == nil || py.ExcLastLine(e) != want {
			t.Errorf("random.%s%v: got %v, want %s", tt.fn, tt.args, e, want)
		}
	}
}
