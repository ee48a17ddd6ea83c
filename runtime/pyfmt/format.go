package pyfmt

import (
	"fmt"
	"math/big"
)

// Format implements the built-in format(v, spec) for the Go values that
// carry Python's int (int, *big.Int), bool, float (float64) and str
// (string). It parses spec with the type's defaults and dispatches to
// FormatInt, FormatBigInt, FormatFloat or FormatStr; an empty spec gives
// str(v). It panics on any other Go type.
func Format(v any, spec string) (string, error) {
	switch x := v.(type) {
	case bool:
		if spec == "" {
			if x {
				return "True", nil
			}
			return "False", nil
		}
		n := 0
		if x {
			n = 1
		}
		return formatWith(spec, "bool", 'd', '>', func(s Spec) (string, error) { return FormatInt(n, s) })
	case int:
		return formatWith(spec, "int", 'd', '>', func(s Spec) (string, error) { return FormatInt(x, s) })
	case *big.Int:
		return formatWith(spec, "int", 'd', '>', func(s Spec) (string, error) { return FormatBigInt(x, s) })
	case float64:
		return formatWith(spec, "float", 0, '>', func(s Spec) (string, error) { return FormatFloat(x, s) })
	case string:
		return formatWith(spec, "str", 's', '<', func(s Spec) (string, error) { return FormatStr(x, s) })
	}
	panic(fmt.Sprintf("pyfmt.Format: unsupported Go type %T", v))
}

// formatWith parses spec for a type and applies a formatter to it.
func formatWith(spec, typeName string, defType, defAlign rune, f func(Spec) (string, error)) (string, error) {
	s, err := ParseSpec(spec, typeName, defType, defAlign)
	if err != nil {
		return "", err
	}
	return f(s)
}
