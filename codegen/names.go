package codegen

import "strings"

// goReserved are the names a user identifier must not take in Go source:
// keywords, predeclared identifiers, and the package names generated code
// imports.
var goReserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`break case chan const continue default defer else
		fallthrough for func go goto if import interface map package range return select
		struct switch type var any append bool byte cap clear close complex complex64
		complex128 copy delete error false float32 float64 imag int int8 int16 int32 int64
		iota len make max min new nil panic print println real recover rune string true
		uint uint8 uint16 uint32 uint64 uintptr comparable main init py rt asyncio c`) {
		goReserved[w] = true
	}
}

// goName maps a Python identifier to a Go identifier that can never collide
// with a Go keyword, a predeclared name, an imported package or an
// identifier asyncgen generates (those all start with "ag"). The mapping is
// injective: names that would collide, and names that start with "u_" or
// "ag", get the prefix "u_".
func goName(py string) string {
	if py == genexpArg {
		return "ag_iter0"
	}
	if goReserved[py] || strings.HasPrefix(py, "u_") || strings.HasPrefix(py, "ag") || py == "_" {
		return "u_" + py
	}
	return py
}

// exported turns a Python name such as "fetch_all" into an exported Go
// name such as "FetchAll", for the typed API of generated packages.
func exported(py string) string {
	var b strings.Builder
	up := true
	for _, r := range py {
		if r == '_' {
			up = true
			continue
		}
		if up {
			b.WriteString(strings.ToUpper(string(r)))
			up = false
			continue
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "X"
	}
	return b.String()
}
