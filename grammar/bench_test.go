package grammar

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// asyncioSource concatenates the .py files of the stdlib's asyncio package.
func asyncioSource(b *testing.B) []byte {
	_, stdlib := findPython(b)
	files, err := filepath.Glob(filepath.Join(stdlib, "asyncio", "*.py"))
	if err != nil || len(files) == 0 {
		b.Skipf("no asyncio package under %s", stdlib)
	}
	sort.Strings(files)
	var src bytes.Buffer
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		src.Write(data)
		if !bytes.HasSuffix(data, []byte("\n")) {
			src.WriteByte('\n')
		}
	}
	return src.Bytes()
}

// BenchmarkParseAsyncio parses the whole asyncio package as one file and
// reports lines per second and bytes allocated per line.
func BenchmarkParseAsyncio(b *testing.B) {
	benchmarkParse(b, ParseFile)
}

// benchmarkParse measures parse on the concatenated asyncio package.
func benchmarkParse(b *testing.B, parse func(string, []byte) (*ast.Module, error)) {
	src := asyncioSource(b)
	lines := bytes.Count(src, []byte("\n"))
	if _, err := parse("asyncio.py", src); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	cpu0 := cpuSeconds(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := parse("asyncio.py", src); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	perOp := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(lines)/perOp, "lines/s")
	// On a shared machine wall-clock time includes waiting for a core;
	// lines per CPU second (user+system time of the process, GC included)
	// does not.
	b.ReportMetric(float64(lines)*float64(b.N)/(cpuSeconds(b)-cpu0), "lines/cpu-s")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := parse("asyncio.py", src); err != nil {
		b.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(lines), "B/line")
}

// cpuSeconds is the user+system CPU time the process has used.
func cpuSeconds(b *testing.B) float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// BenchmarkParseAsyncioParticiple is BenchmarkParseAsyncio with the
// participle grammar.
func BenchmarkParseAsyncioParticiple(b *testing.B) {
	benchmarkParse(b, ParseFileParticiple)
}
