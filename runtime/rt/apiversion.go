package rt

// APIVersion is the version of the contract between the Go code asyncgen
// generates and this runtime. It changes whenever generated code starts
// relying on something an older runtime lacks, or stops working with a
// newer one.
const APIVersion = 1

// AsyncgenRuntimeAPIv1 is the type of [RuntimeAPI] in a runtime that
// implements API version 1. Every generated file asserts the version it
// targets with
//
//	var _ rt.AsyncgenRuntimeAPIv1 = rt.RuntimeAPI
//
// so that a file generated for another version fails to build: against
// an older runtime with "undefined: rt.AsyncgenRuntimeAPIvN", against a
// newer one with "cannot use rt.RuntimeAPI (variable of struct type
// rt.AsyncgenRuntimeAPIvM) as rt.AsyncgenRuntimeAPIvN value", both naming
// the versions. A new version adds a type here and keeps the old ones.
type AsyncgenRuntimeAPIv1 struct{}

// RuntimeAPI is the runtime's API version as a value whose type names it;
// see [AsyncgenRuntimeAPIv1].
var RuntimeAPI AsyncgenRuntimeAPIv1
