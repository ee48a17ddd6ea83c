//go:build unix

package main

import (
	"os/exec"
	"syscall"
)

// signalNumber is the signal that killed the process of ee.
func signalNumber(ee *exec.ExitError) int {
	if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return int(ws.Signal())
	}
	return 0
}
