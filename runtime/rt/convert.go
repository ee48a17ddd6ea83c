package rt

import (
	"cmp"
	"fmt"
	"math/big"
	"reflect"
	"slices"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Conversions between the Go types of the typed API and Python values:
//
//	Go                      Python
//	string                  str
//	int                     int (a Python int outside int's range is an error)
//	float64                 float (an int is accepted too)
//	bool                    bool
//	[]byte                  bytes
//	[]T                     list[T] (a tuple is accepted too)
//	map[K]V                 dict[K, V] (Go to Python in sorted key order)
//	struct{ V0 A; V1 B }    tuple[A, B]
//	*T                      Optional[T]: nil is None
//	py.Object               anything, unconverted
//	struct{}                None

var objectType = reflect.TypeFor[py.Object]()

// ToPy converts a Go value of one of the types above to a Python value. A
// py.Object (an interface) is passed through.
func ToPy(v any) py.Object {
	if v == nil {
		return py.None
	}
	return toPy(reflect.ValueOf(v))
}

func toPy(v reflect.Value) py.Object {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return py.None
		}
		return v.Elem().Interface()
	case reflect.String:
		return v.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(v.Int())
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.Bool:
		return v.Bool()
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return py.Bytes(v.Bytes())
		}
		items := make([]py.Object, v.Len())
		for i := range items {
			items[i] = toPy(v.Index(i))
		}
		return py.NewList(items...)
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, compareKeys)
		d := py.NewDict()
		for _, k := range keys {
			// Keys of the supported map types are str, int, float or bool:
			// always hashable.
			_ = d.Set(toPy(k), toPy(v.MapIndex(k)))
		}
		return d
	case reflect.Struct:
		t := make(py.Tuple, v.NumField())
		if len(t) == 0 {
			return py.None
		}
		for i := range t {
			t[i] = toPy(v.Field(i))
		}
		return t
	case reflect.Pointer:
		if v.IsNil() {
			return py.None
		}
		return toPy(v.Elem())
	}
	return v.Interface()
}

// compareKeys orders map keys of a basic kind.
func compareKeys(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float())
	case reflect.Bool:
		if a.Bool() == b.Bool() {
			return 0
		}
		if a.Bool() {
			return 1
		}
		return -1
	}
	return 0
}

// FromPy converts a Python value to T, one of the Go types above. The error
// names the Python type found and the one expected.
func FromPy[T any](v py.Object) (T, error) {
	var out T
	err := fromPy(reflect.ValueOf(&out).Elem(), v)
	return out, err
}

func fromPy(dst reflect.Value, v py.Object) error {
	t := dst.Type()
	if t == objectType {
		if v != nil {
			dst.Set(reflect.ValueOf(&v).Elem())
		}
		return nil
	}
	mismatch := func() error {
		return fmt.Errorf("cannot convert Python %s to Go %s", py.TypeName(v), t)
	}
	switch t.Kind() {
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			return mismatch()
		}
		dst.SetString(s)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		var n int64
		switch x := v.(type) {
		case int:
			n = int64(x)
		case bool:
			if x {
				n = 1
			}
		case *big.Int:
			return fmt.Errorf("int %s overflows Go %s", x, t)
		default:
			return mismatch()
		}
		if dst.OverflowInt(n) {
			return fmt.Errorf("int %d overflows Go %s", n, t)
		}
		dst.SetInt(n)
	case reflect.Float32, reflect.Float64:
		switch x := v.(type) {
		case float64:
			dst.SetFloat(x)
		case int:
			dst.SetFloat(float64(x))
		case *big.Int:
			f, _ := new(big.Float).SetInt(x).Float64()
			dst.SetFloat(f)
		default:
			return mismatch()
		}
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			return mismatch()
		}
		dst.SetBool(b)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			b, ok := v.(py.Bytes)
			if !ok {
				return mismatch()
			}
			dst.SetBytes([]byte(b))
			return nil
		}
		var items []py.Object
		switch x := v.(type) {
		case *py.List:
			items = x.Items
		case py.Tuple:
			items = x
		default:
			return mismatch()
		}
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, item := range items {
			if err := fromPy(s.Index(i), item); err != nil {
				return fmt.Errorf("item %d: %w", i, err)
			}
		}
		dst.Set(s)
	case reflect.Map:
		d, ok := v.(*py.Dict)
		if !ok {
			return mismatch()
		}
		m := reflect.MakeMapWithSize(t, d.Len())
		for _, kv := range d.Items() {
			k := reflect.New(t.Key()).Elem()
			if err := fromPy(k, kv[0]); err != nil {
				return fmt.Errorf("key %s: %w", py.Repr(kv[0]), err)
			}
			e := reflect.New(t.Elem()).Elem()
			if err := fromPy(e, kv[1]); err != nil {
				return fmt.Errorf("value of key %s: %w", py.Repr(kv[0]), err)
			}
			m.SetMapIndex(k, e)
		}
		dst.Set(m)
	case reflect.Struct:
		if t.NumField() == 0 {
			if v != py.None {
				return mismatch()
			}
			return nil
		}
		tup, ok := v.(py.Tuple)
		if !ok {
			return mismatch()
		}
		if len(tup) != t.NumField() {
			return fmt.Errorf("cannot convert a Python tuple of %d items to Go %s", len(tup), t)
		}
		for i, item := range tup {
			if err := fromPy(dst.Field(i), item); err != nil {
				return fmt.Errorf("tuple item %d: %w", i, err)
			}
		}
	case reflect.Pointer:
		if v == py.None {
			dst.SetZero()
			return nil
		}
		p := reflect.New(t.Elem())
		if err := fromPy(p.Elem(), v); err != nil {
			return err
		}
		dst.Set(p)
	default:
		return fmt.Errorf("Go %s has no Python counterpart", t)
	}
	return nil
}
