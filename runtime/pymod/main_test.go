package pymod

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fills in every module first (the tests use their attributes
// directly, without importing them) and fails the package's tests if any of
// them leaves a goroutine running.
func TestMain(m *testing.M) {
	for name := range modules {
		if _, e := Import(name); e != nil {
			panic(e.Error())
		}
	}
	goleak.VerifyTestMain(m)
}
