package py

import (
	"fmt"
	"strconv"
	"strings"
)

// Repr returns repr(o).
func Repr(o Object) string {
	switch v := o.(type) {
	case NoneType:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int:
		return strconv.Itoa(v)
	case string:
		return strconv.Quote(v)
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = Repr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *Exc:
		return ReprExc(v)
	}
	return fmt.Sprintf("%v", o)
}

// Str returns str(o).
func Str(o Object) string {
	switch v := o.(type) {
	case string:
		return v
	case *Exc:
		return v.Message()
	}
	return Repr(o)
}

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }
