package futures_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// sumSquares is the seed's cpu_bound, sum(i * i for i in range(lo, hi)),
// written with the dynamic operations compiled code uses.
var sumSquares = def("sum_squares", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
	lo, hi := args[0].(int), args[1].(int)
	var total py.Object = 0
	for i := lo; i < hi; i++ {
		sq, exc := py.Mul(i, i)
		if exc != nil {
			return nil, exc
		}
		if total, exc = py.Add(total, sq); exc != nil {
			return nil, exc
		}
	}
	return total, nil
})

// TestCPUBoundSplit splits sum(i*i for i in range(n)) in two halves
// over a 2-worker process pool and over a 2-thread pool; both give the
// closed form n(n-1)(2n-1)/6. The timings are logged (go test -v).
func TestCPUBoundSplit(t *testing.T) {
	// 4e6 keeps the test quick under -race while the sum still outgrows
	// 64 bits; the seed's 10**7 was timed with n set to it.
	const n = 4_000_000
	want := new(big.Int).Mul(big.NewInt(n), big.NewInt(n-1))
	want.Mul(want, big.NewInt(2*n-1)).Div(want, big.NewInt(6))
	halves := [][]py.Object{{0, n / 2}, {n / 2, n}}
	check := func(name string, fs []*futures.Future, began time.Time) {
		var total py.Object = 0
		for _, f := range fs {
			v, exc := result(t, f)
			if exc != nil {
				t.Fatal(exc)
			}
			total, _ = py.Add(total, v)
		}
		if got := py.Str(total); got != want.String() {
			t.Errorf("%s: sum %s, want %s", name, got, want)
		}
		t.Logf("%s: %v", name, time.Since(began))
	}

	proc := newProcessPool(t, futures.ProcessConfig{Max: 2})
	// Start both workers first so that the timing is the computation's.
	warm := []*futures.Future{submit(t, proc, sleepFor, 0.2), submit(t, proc, sleepFor, 0.2)}
	for _, f := range warm {
		result(t, f)
	}
	began := time.Now()
	var fs []*futures.Future
	for _, h := range halves {
		fs = append(fs, submit(t, proc, sumSquares, h...))
	}
	check("process pool, 2 workers", fs, began)

	threads := futures.NewThreadPool(2, nil)
	began = time.Now()
	fs = nil
	for _, h := range halves {
		h := h
		f, _ := threads.Submit(func() (py.Object, *py.Exc) { return py.Call(sumSquares, h, nil) })
		fs = append(fs, f)
	}
	check("thread pool, 2 threads (GIL)", fs, began)
	threads.Shutdown(true)
}
