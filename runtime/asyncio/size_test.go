package asyncio

import (
	"testing"
	"unsafe"
)

// TestSizes keeps the per-task and per-future memory in the allocator's
// size classes it was tuned for (112 and 64 bytes): spawn-and-gather
// programs pay a Task per coroutine. The Task's Future must stay its first
// field, which Future.task relies on.
func TestSizes(t *testing.T) {
	if s := unsafe.Sizeof(Task{}); s > 112 {
		t.Errorf("Task is %d bytes, want <= 112", s)
	}
	if s := unsafe.Sizeof(Future{}); s > 64 {
		t.Errorf("Future is %d bytes, want <= 64", s)
	}
	if off := unsafe.Offsetof(Task{}.Future); off != 0 {
		t.Errorf("Task.Future at offset %d, want 0", off)
	}
}
