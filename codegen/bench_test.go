package codegen

import (
	"fmt"
	"strings"
	"testing"
)

// compileScript returns a Python program of about lines lines for
// measuring the compiler: units of a plain function and a coroutine that
// calls it, in four shapes (a for loop with awaits, a while loop, a
// try/except, a loop over a list), and a main coroutine awaiting them all.
func compileScript(lines int) string {
	var b strings.Builder
	b.WriteString("import asyncio\n\n")
	n := 0
	for count := 8; count+unitLines+1 <= lines; count += unitLines + 1 {
		k := n%11 + 2
		fmt.Fprintf(&b, "\ndef calc_%d(a, b):\n", n)
		fmt.Fprintf(&b, "    if a < b:\n        return a * %d + b\n", k)
		fmt.Fprintf(&b, "    elif a == b:\n        return a - %d\n", k)
		fmt.Fprintf(&b, "    return b %% %d - a\n\n", k)
		fmt.Fprintf(&b, "async def unit_%d(n):\n    total = 0\n", n)
		switch n % 4 {
		case 0:
			fmt.Fprintf(&b, "    for i in range(n + %d):\n", k)
			fmt.Fprintf(&b, "        total += calc_%d(i, n)\n", n)
			b.WriteString("        if i % 2 == 1:\n            await asyncio.sleep(0)\n    total -= n\n")
		case 1:
			b.WriteString("    i = 0\n")
			fmt.Fprintf(&b, "    while i < n * %d:\n", k)
			fmt.Fprintf(&b, "        total = (total + calc_%d(n, i)) %% 10007\n", n)
			b.WriteString("        i += 1\n        await asyncio.sleep(0)\n")
		case 2:
			b.WriteString("    try:\n")
			fmt.Fprintf(&b, "        total = calc_%d(n, %d) // (n %% 3)\n", n, k)
			b.WriteString("    except ZeroDivisionError as e:\n        total = len(str(e))\n        await asyncio.sleep(0)\n")
		default:
			fmt.Fprintf(&b, "    items = [n, %d, n + %d]\n", k, k)
			b.WriteString("    for x in items:\n")
			fmt.Fprintf(&b, "        total -= calc_%d(x, %d)\n", n, k)
			b.WriteString("    total += len(items)\n    await asyncio.sleep(0)\n")
		}
		fmt.Fprintf(&b, "    name = \"unit %d\"\n", n)
		b.WriteString("    if not name:\n        print(name, total)\n    return total\n\n")
		n++
	}
	b.WriteString("\nasync def main():\n    total = 0\n")
	for i := range n {
		fmt.Fprintf(&b, "    total += await unit_%d(%d)\n", i, i%5)
	}
	b.WriteString("    print(total)\n\nasyncio.run(main())\n")
	return b.String()
}

// unitLines is how many lines one unit of compileScript takes.
const unitLines = 20

// BenchmarkCompile compiles a generated 10,000-line program and reports
// the compiler's speed in .py lines per second and the size of its
// output.
func BenchmarkCompile(b *testing.B) {
	src := []byte(compileScript(10000))
	lines := strings.Count(string(src), "\n")
	var out []byte
	for b.Loop() {
		res, err := Compile(src, Options{File: "/src/bench.py", Package: "main"})
		if err != nil || res.Go == nil {
			b.Fatalf("Compile: %v %v", err, res.Diags)
		}
		out = res.Go
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
	b.ReportMetric(float64(len(out)), "Go-bytes")
	b.ReportMetric(float64(strings.Count(string(out), "\n")), "Go-lines")
}
