package grammar

import "github.com/asyncgen/asyncgen/grammar/internal/pyunicode"

// nfkc normalizes a non-ASCII identifier as CPython does (NFKC).
func nfkc(s string) string { return pyunicode.NFKC(s) }
