package asyncio

import (
	"strconv"
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// String returns CPython's repr of the future, e.g. <Future pending
// cb=[Task.task_wakeup()]>, <Future finished result='x'>. On a Task's future
// it returns the task's repr.
func (f *Future) String() string {
	if t := f.task(); t != nil {
		return t.String()
	}
	var b strings.Builder
	b.WriteString("<Future ")
	b.WriteString(f.stateName())
	f.writeOutcome(&b)
	f.writeCallbacks(&b)
	b.WriteByte('>')
	return b.String()
}

func (f *Future) stateName() string {
	switch f.state {
	case stateCancelled:
		return "cancelled"
	case stateFinished:
		return "finished"
	}
	return "pending"
}

func (f *Future) writeOutcome(b *strings.Builder) {
	if f.state != stateFinished {
		return
	}
	if e := f.exc(); e != nil {
		b.WriteString(" exception=")
		b.WriteString(py.ReprExc(e))
		return
	}
	b.WriteString(" result=")
	b.WriteString(shortRepr(f.result))
}

// writeCallbacks is base_futures._format_callbacks: one or two callbacks
// in full, more as "first, <N more>, last".
func (f *Future) writeCallbacks(b *strings.Builder) {
	cbs := f.callbacks()
	if len(cbs) == 0 {
		return
	}
	b.WriteString(" cb=[")
	switch len(cbs) {
	case 1:
		b.WriteString(cbs[0].repr())
	case 2:
		b.WriteString(cbs[0].repr() + ", " + cbs[1].repr())
	default:
		b.WriteString(cbs[0].repr() + ", <" + strconv.Itoa(len(cbs)-2) + " more>, " + cbs[len(cbs)-1].repr())
	}
	b.WriteByte(']')
}

// String returns CPython's repr of the task, e.g. <Task pending
// name='Task-2' coro=<foo() running at FILE:7> wait_for=<Future pending
// cb=[Task.task_wakeup()]>>.
func (t *Task) String() string {
	var b strings.Builder
	b.WriteString("<Task ")
	if t.state == statePending && t.Cancelling() > 0 {
		b.WriteString("cancelling")
	} else {
		b.WriteString(t.stateName())
	}
	b.WriteString(" name=")
	b.WriteString(py.Repr(t.Name()))
	b.WriteString(" coro=<")
	b.WriteString(formatCoroutine(t.coro, t.state != statePending))
	b.WriteByte('>')
	if w := t.waiter(); w != nil {
		b.WriteString(" wait_for=")
		b.WriteString(w.String())
	}
	t.writeOutcome(&b)
	t.writeCallbacks(&b)
	b.WriteByte('>')
	return b.String()
}

// formatCoroutine is coroutines._format_coroutine for a task's coroutine:
// "foo() running at FILE:LINE" while it runs (the def line before its first
// step), "foo() done, defined at FILE:LINE" once the task is done.
func formatCoroutine(c py.Coroutine, done bool) string {
	code := c.Code()
	if done {
		return code.QualName + "() done, defined at " + code.File + ":" + strconv.Itoa(code.FirstLine)
	}
	line := c.Line()
	if line == 0 {
		line = code.FirstLine
	}
	return code.QualName + "() running at " + code.File + ":" + strconv.Itoa(line)
}

// shortRepr is reprlib.repr for the values a future's repr shows: strings
// and other reprs over 30 characters (40 for ints) are cut in the middle,
// tuples over 6 items end in "...".
func shortRepr(v py.Object) string {
	switch x := v.(type) {
	case py.Tuple:
		return shortSeq(x, "(", ")")
	case int:
		return cutMiddle(strconv.Itoa(x), 40)
	}
	if l, ok := v.(*py.List); ok {
		return shortSeq(l.Items, "[", "]")
	}
	return cutMiddle(py.Repr(v), 30)
}

func shortSeq(items []py.Object, open, close string) string {
	const maxItems = 6
	parts := make([]string, 0, maxItems+1)
	for i, it := range items {
		if i == maxItems {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, shortRepr(it))
	}
	s := strings.Join(parts, ", ")
	if open == "(" && len(items) == 1 {
		s += ","
	}
	return open + s + close
}

// cutMiddle is reprlib's truncation: keep (max-3)/2 characters, "...",
// and the rest of max-3 from the end.
func cutMiddle(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	i := (max - 3) / 2
	j := max - 3 - i
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}
