package grammar

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
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
	src := asyncioSource(b)
	lines := bytes.Count(src, []byte("\n"))
	if _, err := ParseFile("asyncio.py", src); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := ParseFile("asyncio.py", src); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	perOp := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(lines)/perOp, "lines/s")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := ParseFile("asyncio.py", src); err != nil {
		b.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(lines), "B/line")
}
