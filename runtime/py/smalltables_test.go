package py

import "testing"

// TestSmallTables checks the literal tables of boxed small ints and ASCII
// one-character strings against what they stand for.
func TestSmallTables(t *testing.T) {
	for i, v := range smallInts {
		if v != Object(i) {
			t.Fatalf("smallInts[%d] = %#v", i, v)
		}
	}
	for i, v := range asciiStrings {
		if v != Object(string(rune(i))) {
			t.Fatalf("asciiStrings[%d] = %#v", i, v)
		}
	}
}
