package asyncio_test

import (
	"runtime"
	"sync"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// The benchmarks time four workloads on the runtime and, for comparison,
// the same workloads written as idiomatic Go with goroutines and channels
// (the *Goroutines variants). Each asyncio benchmark runs b.N operations
// inside one asyncio.Run, so loop set-up is amortised.

var nopCode = &py.Code{Name: "nop", QualName: "nop", File: "bench.py", FirstLine: 1}

// nop is the smallest coroutine: it returns None on its first step, as a
// compiled "async def nop(): pass" does.
type nop struct{}

func (*nop) Code() *py.Code { return nopCode }
func (*nop) Line() int      { return 0 }
func (*nop) Resume(py.Object, *py.Exc) (py.Object, py.Status, *py.Exc) {
	return py.None, py.Returned, nil
}

// loopN is a coroutine that calls body(i) for i in [0, n) and awaits what
// it returns (nil: nothing), as a compiled "for" loop with an await does.
type loopN struct {
	n, i int
	body func(i int) py.Awaiter
	sub  py.Awaiter
}

func (l *loopN) Code() *py.Code { return nopCode }
func (l *loopN) Line() int      { return 0 }

func (l *loopN) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if l.sub != nil {
		v, st, exc := l.sub.Resume(sent, thrown)
		if st == py.Yielded {
			return v, st, nil
		}
		l.sub = nil
		if exc != nil {
			return nil, py.Raised, exc
		}
	} else if thrown != nil {
		return nil, py.Raised, thrown
	}
	for l.i < l.n {
		aw := l.body(l.i)
		l.i++
		if aw == nil {
			continue
		}
		v, st, exc := aw.Resume(nil, nil)
		if st == py.Yielded {
			l.sub = aw
			return v, st, nil
		}
		if exc != nil {
			return nil, py.Raised, exc
		}
	}
	return py.None, py.Returned, nil
}

func run(b *testing.B, main py.Coroutine) {
	b.Helper()
	if _, exc := asyncio.Run(main, asyncio.WithVirtualClock()); exc != nil {
		b.Fatal(exc)
	}
}

// BenchmarkSleep0 is one "await asyncio.sleep(0)" round trip through the
// ready queue.
func BenchmarkSleep0(b *testing.B) {
	b.ReportAllocs()
	run(b, &loopN{n: b.N, body: func(int) py.Awaiter { return asyncio.Sleep(0, nil) }})
}

// BenchmarkSleep0Goroutines hands control to another goroutine and back
// through unbuffered channels, the goroutine version of yielding to a
// scheduler.
func BenchmarkSleep0Goroutines(b *testing.B) {
	b.ReportAllocs()
	ping, pong := make(chan struct{}), make(chan struct{})
	go func() {
		for range ping {
			pong <- struct{}{}
		}
	}()
	for i := 0; i < b.N; i++ {
		ping <- struct{}{}
		<-pong
	}
	close(ping)
}

// BenchmarkSpawn is create_task of a coroutine that returns at once, and
// its completion; tasks are started in batches of 1024.
func BenchmarkSpawn(b *testing.B) {
	b.ReportAllocs()
	run(b, &loopN{n: b.N, body: func(i int) py.Awaiter {
		asyncio.Must(asyncio.CreateTask(&nop{}))
		if i%1024 == 1023 {
			return asyncio.Sleep(0, nil)
		}
		return nil
	}})
}

// BenchmarkSpawnGoroutines starts a goroutine that finishes at once,
// joined by a WaitGroup in batches of 1024.
func BenchmarkSpawnGoroutines(b *testing.B) {
	b.ReportAllocs()
	var wg sync.WaitGroup
	for i := 0; i < b.N; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
		if i%1024 == 1023 {
			wg.Wait()
		}
	}
	wg.Wait()
}

// BenchmarkFuture is a future created, resolved by a loop callback and
// awaited (the awaiting task suspends and is woken up).
func BenchmarkFuture(b *testing.B) {
	b.ReportAllocs()
	var l *asyncio.EventLoop
	run(b, &loopN{n: b.N, body: func(int) py.Awaiter {
		if l == nil {
			l = asyncio.Must(asyncio.GetRunningLoop())
		}
		f := l.CreateFuture()
		l.CallSoon(func() *py.Exc { return f.SetResult(1) })
		return f
	}})
}

// BenchmarkFutureGoroutines sends a fresh result channel to a resolver
// goroutine, which fills it, and receives from it.
func BenchmarkFutureGoroutines(b *testing.B) {
	b.ReportAllocs()
	reqs := make(chan chan int)
	go func() {
		for r := range reqs {
			r <- 1
		}
	}()
	for i := 0; i < b.N; i++ {
		r := make(chan int, 1)
		reqs <- r
		<-r
	}
	close(reqs)
}

// BenchmarkQueue is one put/get hand-off between a producer and a consumer
// task through an asyncio.Queue(maxsize=1). The three queue benchmarks
// send the same small ints (i&127, which Go boxes without allocating), so
// that they time the hand-off, not boxing.
func BenchmarkQueue(b *testing.B) {
	b.ReportAllocs()
	q := asyncio.NewQueue(1)
	consumer := &loopN{n: b.N, body: func(int) py.Awaiter { return q.Get() }}
	producer := &loopN{n: b.N, body: func(i int) py.Awaiter { return q.Put(i & 127) }}
	run(b, &loopN{n: 1, body: func(int) py.Awaiter {
		return asyncio.Must(asyncio.Gather([]py.Awaiter{producer, consumer}, false))
	}})
}

// BenchmarkQueueGoroutines is the same hand-off through a channel of
// capacity 1 between two goroutines.
func BenchmarkQueueGoroutines(b *testing.B) {
	b.ReportAllocs()
	ch := make(chan py.Object, 1)
	done := make(chan struct{})
	go func() {
		for i := 0; i < b.N; i++ {
			<-ch
		}
		close(done)
	}()
	for i := 0; i < b.N; i++ {
		ch <- i & 127
	}
	<-done
	runtime.KeepAlive(ch)
}

// BenchmarkQueueEmbedded is BenchmarkQueue with the get/put state machines
// kept inside the awaiting coroutines, as generated code can do.
func BenchmarkQueueEmbedded(b *testing.B) {
	b.ReportAllocs()
	q := asyncio.NewQueue(1)
	var get asyncio.QueueGet
	var put asyncio.QueuePut
	consumer := &loopN{n: b.N, body: func(int) py.Awaiter { get.Reset(q); return &get }}
	producer := &loopN{n: b.N, body: func(i int) py.Awaiter { put.Reset(q, i&127); return &put }}
	run(b, &loopN{n: 1, body: func(int) py.Awaiter {
		return asyncio.Must(asyncio.Gather([]py.Awaiter{producer, consumer}, false))
	}})
}

// BenchmarkSpawnGather is DESIGN's spawn-and-gather workload: b.N tasks,
// each doing one sleep(0), gathered by one gather call (per-op cost must
// not grow with b.N).
func BenchmarkSpawnGather(b *testing.B) {
	b.ReportAllocs()
	run(b, &loopN{n: 1, body: func(int) py.Awaiter {
		children := make([]py.Awaiter, b.N)
		for i := range children {
			children[i] = asyncio.Sleep(0, nil)
		}
		return asyncio.Must(asyncio.Gather(children, false))
	}})
}

// BenchmarkTaskGroup is b.N tasks doing one sleep(0) in one TaskGroup.
func BenchmarkTaskGroup(b *testing.B) {
	b.ReportAllocs()
	tg := asyncio.NewTaskGroup()
	run(b, &loopN{n: 3, body: func(i int) py.Awaiter {
		switch i {
		case 0:
			return tg.AEnter()
		case 1:
			for j := 0; j < b.N; j++ {
				asyncio.Must(tg.CreateTask(asyncio.Sleep(0, nil)))
			}
			return nil
		}
		return tg.AExit(nil)
	}})
}
