package asyncio

import "time"

// epoch anchors the real-time clock: Time() is monotonic seconds since the
// process started using this package.
var epoch = time.Now()

// clock is what distinguishes the two loops: the real-time loop waits for
// deadlines, the virtual-clock loop jumps to them.
type clock interface {
	// now returns the loop time in seconds.
	now() float64
	// virtual reports whether idle waits advance the clock instead of
	// sleeping.
	virtual() bool
	// advance sets the clock to t (virtual clocks only).
	advance(t float64)
}

// realClock reads the monotonic clock.
type realClock struct{}

func (realClock) now() float64      { return time.Since(epoch).Seconds() }
func (realClock) virtual() bool     { return false }
func (realClock) advance(_ float64) {}

// virtualClock only moves when the loop has nothing ready and jumps to the
// next timer's deadline.
type virtualClock struct{ t float64 }

func (c *virtualClock) now() float64  { return c.t }
func (c *virtualClock) virtual() bool { return true }
func (c *virtualClock) advance(t float64) {
	if t > c.t {
		c.t = t
	}
}
