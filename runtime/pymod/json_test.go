package pymod

import (
	"math"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// jsonCall calls json.name(arg, **kw) and returns its result or the
// exception's "Class: message" text.
func jsonCall(name string, arg py.Object, kw ...py.Kwarg) (string, bool) {
	v, e := py.Call(JSON.Attrs[name], []py.Object{arg}, kw)
	if e != nil {
		return e.Class.QualifiedName() + ": " + e.Message(), false
	}
	if s, ok := v.(string); ok && name == "dumps" {
		return s, true
	}
	return py.Repr(v), true
}

func TestJSONDumps(t *testing.T) {
	d := py.NewDict()
	d.SetStr("b", py.NewList(1, 2.5, 1e20, 1e-7, math.Inf(1)))
	d.SetStr("a", py.None)
	d.SetStr("c", "é\u2028\x7f\x01😀")
	nested := py.NewDict()
	nested.SetStr("d", 2)
	tree := py.NewDict()
	tree.SetStr("a", py.NewDict())
	tree.SetStr("b", py.NewList())
	tree.SetStr("c", py.NewList(1, nested))
	bad := py.NewDict()
	bad.Set(py.Tuple{1, 2}, 3)
	// Expected texts are CPython 3.11's json.dumps output.
	cases := []struct {
		name string
		v    py.Object
		kw   []py.Kwarg
		want string
	}{
		{"default", d, nil, `{"b": [1, 2.5, 1e+20, 1e-07, Infinity], "a": null, "c": "\u00e9\u2028\u007f\u0001\ud83d\ude00"}`},
		{"no_ascii", d, []py.Kwarg{{Name: "ensure_ascii", Value: false}}, "{\"b\": [1, 2.5, 1e+20, 1e-07, Infinity], \"a\": null, \"c\": \"é\u2028\x7f\\u0001😀\"}"},
		{"sorted_compact", d, []py.Kwarg{{Name: "sort_keys", Value: true}, {Name: "separators", Value: py.Tuple{",", ":"}}}, `{"a":null,"b":[1,2.5,1e+20,1e-07,Infinity],"c":"\u00e9\u2028\u007f\u0001\ud83d\ude00"}`},
		{"indent", tree, []py.Kwarg{{Name: "indent", Value: 2}}, "{\n  \"a\": {},\n  \"b\": [],\n  \"c\": [\n    1,\n    {\n      \"d\": 2\n    }\n  ]\n}"},
		{"tuple", py.Tuple{true, false, "x\"\\"}, nil, `[true, false, "x\"\\"]`},
		{"bad_key", bad, nil, "TypeError: keys must be str, int, float, bool or None, not tuple"},
		{"bad_value", emptySet(), nil, "TypeError: Object of type set is not JSON serializable"},
		{"nan_strict", math.NaN(), []py.Kwarg{{Name: "allow_nan", Value: false}}, "ValueError: Out of range float values are not JSON compliant"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _ := jsonCall("dumps", c.v, c.kw...); got != c.want {
				t.Errorf("dumps = %q, want %q", got, c.want)
			}
		})
	}
}

func TestJSONLoads(t *testing.T) {
	// Expected reprs and messages are CPython 3.11's.
	cases := []struct{ in, want string }{
		{` {"a": [1, -2.5e3, true, false, null], "b": "\u00e9\n"} `, `{'a': [1, -2500.0, True, False, None], 'b': 'é\n'}`},
		{`[12345678901234567890123, 1E2, "\ud83d\ude00"]`, `[12345678901234567890123, 100.0, '😀']`},
		{``, "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)"},
		{`[1,]`, "json.decoder.JSONDecodeError: Expecting value: line 1 column 4 (char 3)"},
		{`{"a":1,}`, "json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"},
		{`{"a" 1}`, "json.decoder.JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5)"},
		{`[1 2]`, "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3)"},
		{`"abc`, "json.decoder.JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0)"},
		{`"a\qb"`, "json.decoder.JSONDecodeError: Invalid \\escape: line 1 column 3 (char 2)"},
		{`"\u12x4"`, "json.decoder.JSONDecodeError: Invalid \\uXXXX escape: line 1 column 3 (char 2)"},
		{`[1] x`, "json.decoder.JSONDecodeError: Extra data: line 1 column 5 (char 4)"},
		{"\"a\nb\"", "json.decoder.JSONDecodeError: Invalid control character at: line 1 column 3 (char 2)"},
		{"01", "json.decoder.JSONDecodeError: Extra data: line 1 column 2 (char 1)"},
		{"\n\n  x", "json.decoder.JSONDecodeError: Expecting value: line 3 column 3 (char 4)"},
	}
	for _, c := range cases {
		if got, _ := jsonCall("loads", c.in); got != c.want {
			t.Errorf("loads(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got, _ := jsonCall("loads", 5); got != "TypeError: the JSON object must be str, bytes or bytearray, not int" {
		t.Errorf("loads(5) = %q", got)
	}
}

func emptySet() py.Object {
	s, _ := py.NewSetLiteral()
	return s
}
