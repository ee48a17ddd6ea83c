package codegen_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/codegen"
)

// panicSrc raises through a plain function called from a generator
// driven by a for loop at module level; the test names its lines.
const panicSrc = `def inner(n):
    raise ValueError(f"boom {n}")

def gen():
    yield 1
    inner(3)

def main():
    for x in gen():
        print(x)

main()
`

// TestPanicTraceNamesPyLines builds a compiled program as asyncgen run
// does (-trimpath) and runs it with ASYNCGEN_PANIC set: the raise
// statement panics, and the Go stack trace must name the .py file at the
// raise (line 2), the generator's call (6), the for loop (9) and the module
// code (12), innermost first. It also runs the program without the switch
// and with a filter that does not select ValueError, which print the
// Python traceback instead.
func TestPanicTraceNamesPyLines(t *testing.T) {
	work := tempModule(t, "asyncgen.test/panic")
	// The script lives outside the module, as with asyncgen run: -trimpath
	// would shorten a path inside the module to its import path.
	py := filepath.Join(t.TempDir(), "prog.py")
	must(t, os.WriteFile(py, []byte(panicSrc), 0o644))
	res, err := codegen.Compile([]byte(panicSrc), codegen.Options{File: py, Package: "main"})
	if err != nil || res.Go == nil {
		t.Fatalf("Compile: %v %v", err, res)
	}
	must(t, os.WriteFile(filepath.Join(work, "main.go"), res.Go, 0o644))
	exe := filepath.Join(work, "prog")
	build := exec.Command("go", "build", "-trimpath", "-o", exe, ".")
	build.Dir = work
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	for _, tc := range []struct {
		env      string
		exit     int
		lastLine string // last line of stderr, for a Python traceback
	}{
		{"", 1, "ValueError: boom 3"},
		{"KeyError", 1, "ValueError: boom 3"},
		{"ValueError", 2, ""},
		{"1", 2, ""},
	} {
		t.Run("ASYNCGEN_PANIC="+tc.env, func(t *testing.T) {
			cmd := exec.Command(exe)
			cmd.Env = append(os.Environ(), "ASYNCGEN_PANIC="+tc.env)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tc.exit || stdout.String() != "1\n" {
				t.Fatalf("exit %d, stdout %q; want exit %d, stdout \"1\\n\"\nstderr:\n%s", code, stdout.String(), tc.exit, stderr.String())
			}
			if tc.lastLine != "" {
				lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
				if got := lines[len(lines)-1]; got != tc.lastLine {
					t.Errorf("last stderr line %q, want %q\n%s", got, tc.lastLine, stderr.String())
				}
				return
			}
			trace := stderr.String()
			if !strings.HasPrefix(trace, "panic: ValueError: boom 3 (raised with ASYNCGEN_PANIC set)") {
				t.Errorf("stderr does not start with the panic:\n%s", trace)
			}
			rest := trace
			for _, line := range []int{2, 6, 9, 12} {
				frame := "\t" + py + ":" + strconv.Itoa(line) + " +0x"
				i := strings.Index(rest, frame)
				if i < 0 {
					t.Fatalf("no frame %q after the previous one in the trace:\n%s", frame, trace)
				}
				rest = rest[i+len(frame):]
			}
		})
	}
}
