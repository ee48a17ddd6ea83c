package asyncio

// AddDoneCallback registers cb; if the future is already done, cb is
// scheduled at once (never called inline).
func (f *Future) AddDoneCallback(cb *DoneCallback) { f.addCallback(doneCB{cb: cb}) }

func (f *Future) addCallback(c doneCB) {
	if f.state != statePending {
		f.loop.ready.push(c.entry(f))
		return
	}
	if f.cb0 == nil && len(f.extra()) == 0 {
		f.setFirst(c)
		return
	}
	r := f.more()
	r.cbs = append(r.cbs, c)
}

func (c doneCB) entry(f *Future) entry {
	if c.task != nil {
		return wakeEntry(c.task, f)
	}
	return callbackEntry(c.cb, f)
}

// RemoveDoneCallback unregisters every registration of cb and returns how
// many there were.
func (f *Future) RemoveDoneCallback(cb *DoneCallback) int {
	return f.removeCallbacks(func(c doneCB) bool { return cb.matches(c.cb) })
}

func (f *Future) removeCallbacks(match func(doneCB) bool) int {
	if len(f.extra()) == 0 {
		if f.cb0 != nil && match(f.first()) {
			f.cb0 = nil
			return 1
		}
		return 0
	}
	all := f.callbacks()
	kept := all[:0]
	for _, c := range all {
		if !match(c) {
			kept = append(kept, c)
		}
	}
	removed := len(all) - len(kept)
	if removed == 0 {
		return 0
	}
	f.cb0 = nil
	if f.rare != nil {
		f.rare.cbs = nil
	}
	for _, c := range kept {
		f.addCallback(c)
	}
	return removed
}

// callbacks returns the registered callbacks in order (a fresh slice).
func (f *Future) callbacks() []doneCB {
	if f.cb0 == nil {
		return nil
	}
	out := make([]doneCB, 0, 1+len(f.extra()))
	out = append(out, f.first())
	return append(out, f.extra()...)
}

func (f *Future) scheduleCallbacks() {
	if f.cb0 != nil && f.cb0Task && f.rare == nil {
		// The common case: one task waits for this future.
		t := (*Task)(f.cb0)
		f.cb0 = nil
		*f.loop.ready.slot() = wakeEntry(t, f)
		return
	}
	f.scheduleAll()
}

// scheduleAll is scheduleCallbacks for any number of callbacks.
func (f *Future) scheduleAll() {
	if f.cb0 == nil {
		return
	}
	f.loop.ready.push(f.first().entry(f))
	f.cb0 = nil
	if f.rare != nil {
		for _, c := range f.rare.cbs {
			f.loop.ready.push(c.entry(f))
		}
		f.rare.cbs = nil
	}
}
