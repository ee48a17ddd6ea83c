package py

// Tuple is Python's tuple.
type Tuple []Object
