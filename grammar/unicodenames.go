package grammar

// lookupUnicodeName resolves the name in a \N{name} escape.
func lookupUnicodeName(name string) (rune, bool) {
	return 0, false
}
