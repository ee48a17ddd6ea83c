package futures

import (
	"os/exec"
	"syscall"
)

// dieWithParent makes the kernel kill the worker if the parent process
// dies, however it dies.
func dieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
