package pyrandom

import (
	"crypto/sha512"
	"strings"
	"testing"
)

// TestSum512 checks sum512 against crypto/sha512 across the padding
// boundaries (111, 112 and 128 bytes) and on longer inputs.
func TestSum512(t *testing.T) {
	for _, n := range []int{0, 1, 3, 55, 64, 111, 112, 113, 127, 128, 129, 239, 240, 256, 1000, 4099} {
		b := []byte(strings.Repeat("abcdefghij\x00\xff", n/12+1)[:n])
		if got, want := sum512(b), sha512.Sum512(b); got != want {
			t.Errorf("sum512 of %d bytes = %x, want %x", n, got, want)
		}
	}
}
