package futures

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// IsWorker reports whether this process was started by a ProcessPool as
// one of its workers: it must then run only the main module's definitions
// and call ServeWorker.
func IsWorker() bool { return os.Getenv(WorkerEnv) == "1" }

// The worker's ends of its two pipes (ExtraFiles 0 and 1 of the parent's
// exec.Cmd).
const (
	requestFD = 3
	replyFD   = 4
)

// processWorkerFrames is the call depth of a process pool worker's calls.
const processWorkerFrames = 13

// ServeWorker runs the calls a ProcessPool sends to this worker process,
// one at a time, until the pool closes the request pipe, and returns the
// process's exit code. lookup finds the main module's globals by name:
// the functions that calls name and the classes of the values that cross.
// The caller holds the GIL; ServeWorker releases it while it waits.
// Output printed by a call is flushed before its result is sent.
func ServeWorker(lookup func(name string) (py.Object, bool)) int {
	// Pools this worker creates start workers of their own.
	_ = os.Unsetenv(WorkerEnv)
	RegisterMain(lookup)
	// Calls run at the depth CPython's worker process has them: below the
	// frames of multiprocessing's bootstrap and the pool's worker loop.
	gil.SetDepth(processWorkerFrames)
	req := bufio.NewReader(os.NewFile(requestFD, "pool-requests"))
	reply := os.NewFile(replyFD, "pool-replies")
	for {
		var frame []byte
		var err error
		gil.Blocking(func() { frame, err = readFrame(req) })
		if err != nil {
			_ = py.Stdout.Flush()
			_ = py.Stderr.Flush()
			if errors.Is(err, io.EOF) {
				return 0
			}
			fmt.Fprintln(os.Stderr, "asyncgen pool worker:", err)
			return 1
		}
		id, v, raised := runCall(frame, lookup)
		_ = py.Stdout.Flush()
		_ = py.Stderr.Flush()
		out := encodeReply(id, v, raised)
		gil.Blocking(func() { err = writeFrame(reply, out) })
		if err != nil {
			return 1
		}
	}
}

// runCall decodes one call and makes it.
func runCall(frame []byte, lookup Lookup) (uint64, py.Object, *py.Exc) {
	d := &decoder{buf: frame, lookup: lookup}
	id, exc := d.uvarint()
	if exc != nil {
		return 0, nil, exc
	}
	fn, exc := d.decode()
	if exc != nil {
		return id, nil, exc
	}
	args, exc := d.decode()
	if exc != nil {
		return id, nil, exc
	}
	n, exc := d.count()
	if exc != nil {
		return id, nil, exc
	}
	var kw []py.Kwarg
	for i := 0; i < n; i++ {
		name, exc := d.str()
		if exc != nil {
			return id, nil, exc
		}
		v, exc := d.decode()
		if exc != nil {
			return id, nil, exc
		}
		kw = append(kw, py.Kwarg{Name: name, Value: v})
	}
	tuple, _ := args.(py.Tuple)
	v, exc := py.Call(fn, tuple, kw)
	return id, v, exc
}
