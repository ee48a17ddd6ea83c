//go:build !linux

package futures

import "os/exec"

// dieWithParent has no kernel support outside Linux: a worker notices its
// parent's death when its request pipe closes.
func dieWithParent(*exec.Cmd) {}
