// Package asyncgen carries the source of asyncgen's runtime so that the
// asyncgen command can build compiled programs offline, from any
// directory: the runtime imports only Go's standard library, and its files
// travel inside the command.
package asyncgen

import "embed"

// RuntimeSource holds the runtime's Go files (tests and test data
// excluded by the build that extracts them).
//
//go:embed runtime
var RuntimeSource embed.FS
