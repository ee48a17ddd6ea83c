package sizes

import (
	"context"
	"encoding/json"
	"errors"
	"os/exec"
	"reflect"
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/rt"
)

var urls = []string{"https://go.dev/", "https://python.org/", "https://example.com/a", "https://example.com/b", "https://example.com/c"}

// cpython runs a Python expression over sizes.py with CPython and decodes
// its JSON: the expected values come from the reference implementation.
func cpython(t *testing.T, expr string, out any) {
	t.Helper()
	script := "import asyncio, json, sizes\nprint(json.dumps(" + expr + "))"
	cmd := exec.Command("python3", "-c", script)
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
}

func TestFetchAll(t *testing.T) {
	got, err := FetchAll(context.Background(), urls, 2)
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]int
	cpython(t, `asyncio.run(sizes.fetch_all(["https://go.dev/", "https://python.org/", "https://example.com/a", "https://example.com/b", "https://example.com/c"], limit=2))`, &want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FetchAll = %v, CPython says %v", got, want)
	}
}

func TestLargest(t *testing.T) {
	tests := []struct {
		name  string
		sizes map[string]int
		expr  string
	}{
		{"three", map[string]int{"a": 3, "b": 7, "c": 5}, `asyncio.run(sizes.largest({"a": 3, "b": 7, "c": 5}))`},
		{"empty", map[string]int{}, `asyncio.run(sizes.largest({}))`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Largest(context.Background(), tt.sizes)
			if err != nil {
				t.Fatal(err)
			}
			var want []any // a JSON array, or null for None
			cpython(t, tt.expr, &want)
			if (got == nil) != (want == nil) {
				t.Fatalf("Largest = %v, CPython says %v", got, want)
			}
			if got != nil && (got.V0 != want[0] || float64(got.V1) != want[1]) {
				t.Errorf("Largest = %+v, CPython says %v", *got, want)
			}
		})
	}
}

func TestPythonExceptionIsAnError(t *testing.T) {
	_, err := FetchSize(context.Background(), "bad:url", 0)
	var pe *rt.Error
	if !errors.As(err, &pe) {
		t.Fatalf("FetchSize(bad) error = %v, want an *rt.Error", err)
	}
	if pe.Exc.Class.Name != "ValueError" || err.Error() != "fetch_size: ValueError: cannot fetch bad:url" {
		t.Errorf("error = %q (class %s)", err, pe.Exc.Class.Name)
	}
}

func TestContextCancelsTheTask(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := WaitForever(ctx, "never")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WaitForever error = %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancellation took %v", d)
	}
}

func TestAsyncFormsAreAwaitedByCompiledCode(t *testing.T) {
	pending := py.NewList(FetchSizeAsync("x", 0.01), FetchSizeAsync("y", 0))
	got, err := Total(context.Background(), pending)
	if err != nil {
		t.Fatal(err)
	}
	var want int
	cpython(t, `asyncio.run(sizes.total([sizes.fetch_size("x", 0.01), sizes.fetch_size("y", 0)]))`, &want)
	if got != want {
		t.Errorf("Total = %d, CPython says %d", got, want)
	}
}
