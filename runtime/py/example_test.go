package py_test

import (
	"os"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// This example is what generated code for the following script looks
// like when nothing about the types is known (the dynamic path):
//
//	def scale(xs, factor=2):
//	    return [x * factor for x in xs]
//
//	counts = {}
//	for word in "a b a c b a".split():
//	    counts[word] = counts.get(word, 0) + 1
//	print(scale([1, 2.5, "ab"]), sorted(counts.items(), key=lambda kv: -kv[1]))
//	try:
//	    print(counts["z"])
//	except KeyError as e:
//	    print("missing", e)
func Example_dynamicCode() {
	// Examples capture os.Stdout after package initialisation; point
	// sys.stdout at it (a program's main needs nothing of the sort).
	defer py.SetStdout(os.Stdout)()
	scale := py.NewFunction("scale", "scale", &py.Signature{Params: []string{"xs", "factor"}, Defaults: []py.Object{2}},
		func(a []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
			out := py.NewList()
			it, exc := py.Iter(a[0])
			if exc != nil {
				return nil, exc
			}
			for {
				x, ok, exc := it.Next()
				if exc != nil {
					return nil, exc
				}
				if !ok {
					return out, nil
				}
				v, exc := py.Mul(x, a[1])
				if exc != nil {
					return nil, exc
				}
				out.Append(v)
			}
		})
	body := func() *py.Exc {
		counts := py.NewDict()
		words, exc := py.CallMethod("a b a c b a", "split", nil, nil)
		if exc != nil {
			return exc
		}
		it, exc := py.Iter(words)
		if exc != nil {
			return exc
		}
		for {
			word, ok, exc := it.Next()
			if exc != nil {
				return exc
			}
			if !ok {
				break
			}
			n, exc := py.CallMethod(counts, "get", []py.Object{word, 0}, nil)
			if exc != nil {
				return exc
			}
			if n, exc = py.Add(n, 1); exc != nil {
				return exc
			}
			if exc := py.SetItem(counts, word, n); exc != nil {
				return exc
			}
		}
		scaled, exc := py.Call(scale, []py.Object{py.NewList(1, 2.5, "ab")}, nil)
		if exc != nil {
			return exc
		}
		byCount := py.NewFunction("<lambda>", "<lambda>", &py.Signature{Params: []string{"kv"}},
			func(a []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
				v, exc := py.GetItem(a[0], 1)
				if exc != nil {
					return nil, exc
				}
				return py.Neg(v)
			})
		items, exc := py.CallMethod(counts, "items", nil, nil)
		if exc != nil {
			return exc
		}
		sorted, exc := py.Call(py.Builtins["sorted"], []py.Object{items}, []py.Kwarg{{Name: "key", Value: byCount}})
		if exc != nil {
			return exc
		}
		if exc := py.Print([]py.Object{scaled, sorted}, nil); exc != nil {
			return exc
		}
		v, exc := py.GetItem(counts, "z")
		if exc == nil {
			return py.Print([]py.Object{v}, nil)
		}
		if !exc.Matches(py.KeyError) {
			return exc
		}
		return py.Print([]py.Object{"missing", exc}, nil)
	}
	if exc := body(); exc != nil {
		py.PrintTraceback(py.Stderr.Writer(), exc)
	}
	// Output:
	// [2, 5.0, 'abab'] [('a', 3), ('b', 2), ('c', 1)]
	// missing 'z'
}
