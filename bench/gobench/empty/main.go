// Command empty does nothing: bench times it as the start-up floor, the
// least time any compiled program takes on the machine (process creation,
// the Go runtime's start and exit), which bounds the speed-up a compiled
// program can show over CPython on a short workload.
package main

func main() {}
