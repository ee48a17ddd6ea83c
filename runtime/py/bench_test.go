package py

import "testing"

// The benchmarks below time one loop iteration of the operations that
// testdata/bench_cpython.py times under CPython; testdata/bench_compare.sh
// runs both and prints the ratios.

func BenchmarkIntAddDynamic(b *testing.B) {
	var acc Object = 0
	for i := 0; i < b.N; i++ {
		var e *Exc
		if acc, e = Add(acc, 1); e != nil {
			b.Fatal(e)
		}
	}
	if acc != b.N {
		b.Fatal(acc)
	}
}

func BenchmarkIntAddNative(b *testing.B) {
	acc := 0
	for i := 0; i < b.N; i++ {
		s, ok := AddInt(acc, 1)
		if !ok {
			b.Fatal("overflow")
		}
		acc = s
	}
	if acc != b.N {
		b.Fatal(acc)
	}
}

func BenchmarkDictSetGetDynamic(b *testing.B) {
	d := NewDict()
	var k, v Object
	for i := 0; i < b.N; i++ {
		k = i & 1023
		if e := SetItem(d, k, i); e != nil {
			b.Fatal(e)
		}
		var e *Exc
		if v, e = GetItem(d, k); e != nil {
			b.Fatal(e)
		}
	}
	_ = v
}

func BenchmarkDictSetGetNative(b *testing.B) {
	d := NewDict()
	var v Object
	for i := 0; i < b.N; i++ {
		k := i & 1023
		d.SetInt(k, i)
		v, _ = d.GetInt(k)
	}
	_ = v
}

func BenchmarkDictSetGetStrDynamic(b *testing.B) {
	keys := make([]Object, 1024)
	for i := range keys {
		keys[i] = "key" + Str(i)
	}
	d := NewDict()
	for i := 0; i < b.N; i++ {
		k := keys[i&1023]
		if e := SetItem(d, k, i); e != nil {
			b.Fatal(e)
		}
		if _, e := GetItem(d, k); e != nil {
			b.Fatal(e)
		}
	}
}
