package py

// Object is any Python value; see the package documentation for the Go
// representation of each Python type.
type Object = any

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None = NoneType{}
