package py

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/asyncgen/asyncgen/runtime/pyfmt"
)

// Repr returns repr(o). An exception raised by a user __repr__ is
// swallowed (its class name is shown); use ReprE to see it.
func Repr(o Object) string {
	s, e := ReprE(o)
	if e != nil {
		return "<" + e.Class.Name + " in __repr__>"
	}
	return s
}

// Str returns str(o); see Repr for errors, StrE to see them.
func Str(o Object) string {
	s, e := StrE(o)
	if e != nil {
		return "<" + e.Class.Name + " in __str__>"
	}
	return s
}

// ReprE is repr(o), reporting an exception raised by a user __repr__.
func ReprE(o Object) (string, *Exc) {
	var b strings.Builder
	r := reprer{b: &b}
	if e := r.repr(o); e != nil {
		return "", e
	}
	return b.String(), nil
}

// StrE is str(o), reporting an exception raised by a user __str__.
func StrE(o Object) (string, *Exc) {
	switch v := o.(type) {
	case string:
		return v, nil
	case int:
		return strconv.Itoa(v), nil
	case float64:
		return pyfmt.FloatStr(v), nil
	case *Exc:
		if r, found, e := callDunder(v, "__str__"); found {
			return strResult(r, e, "__str__")
		}
		return v.Message(), nil
	case *Instance:
		if r, found, e := callDunder(v, "__str__"); found {
			return strResult(r, e, "__str__")
		}
	}
	return ReprE(o)
}

func strResult(r Object, e *Exc, method string) (string, *Exc) {
	if e != nil {
		return "", e
	}
	s, ok := r.(string)
	if !ok {
		return "", Errorf(TypeError, "%s returned non-string (type %s)", method, TypeName(r))
	}
	return s, nil
}

// reprer renders reprs of nested containers, tracking the containers being
// printed so that recursive ones show [...] and {...}.
type reprer struct {
	b      *strings.Builder
	active []any
}

func (r *reprer) enter(p any) bool {
	for _, a := range r.active {
		if a == p {
			return false
		}
	}
	r.active = append(r.active, p)
	return true
}

func (r *reprer) leave() { r.active = r.active[:len(r.active)-1] }

func (r *reprer) seq(items []Object, open, close string) *Exc {
	r.b.WriteString(open)
	for i, x := range items {
		if i > 0 {
			r.b.WriteString(", ")
		}
		if e := r.repr(x); e != nil {
			return e
		}
	}
	r.b.WriteString(close)
	return nil
}

func (r *reprer) repr(o Object) *Exc {
	b := r.b
	switch v := o.(type) {
	case NoneType:
		b.WriteString("None")
	case bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case int:
		b.WriteString(strconv.Itoa(v))
	case *big.Int:
		s, err := pyfmt.BigIntStr(v)
		if err != nil {
			return fmtErr(err)
		}
		b.WriteString(s)
	case float64:
		b.WriteString(pyfmt.FloatRepr(v))
	case string:
		b.WriteString(ReprString(v))
	case Bytes:
		b.WriteString(pyfmt.BytesRepr(string(v)))
	case Tuple:
		if len(v) == 1 {
			b.WriteByte('(')
			if e := r.repr(v[0]); e != nil {
				return e
			}
			b.WriteString(",)")
			return nil
		}
		return r.seq(v, "(", ")")
	case *List:
		if !r.enter(v) {
			b.WriteString("[...]")
			return nil
		}
		defer r.leave()
		return r.seq(v.Items, "[", "]")
	case *Dict:
		if v.Class != nil {
			if s, found, e := callDunder(v, "__repr__"); found {
				str, e := strResult(s, e, "__repr__")
				b.WriteString(str)
				return e
			}
		}
		if !r.enter(v) {
			b.WriteString("{...}")
			return nil
		}
		defer r.leave()
		return r.dict(v)
	case *Set:
		if v.Len() == 0 {
			b.WriteString("set()")
			return nil
		}
		if !r.enter(v) {
			b.WriteString("set(...)")
			return nil
		}
		defer r.leave()
		return r.seq(v.Keys(), "{", "}")
	case *FrozenSet:
		if v.Len() == 0 {
			b.WriteString("frozenset()")
			return nil
		}
		return r.seq(v.Keys(), "frozenset({", "})")
	case *DictView:
		b.WriteString(TypeName(v))
		items := v.items()
		return r.seq(items, "([", "])")
	case *Range:
		b.WriteString(reprRange(v))
	case *Slice:
		b.WriteString("slice(")
		if e := r.seq([]Object{v.Start, v.Stop, v.Step}, "", ""); e != nil {
			return e
		}
		b.WriteByte(')')
	case *Exc:
		if s, found, e := callDunder(v, "__repr__"); found {
			str, e := strResult(s, e, "__repr__")
			b.WriteString(str)
			return e
		}
		b.WriteString(v.Class.Name)
		if len(v.Args) == 1 {
			b.WriteByte('(')
			if e := r.repr(v.Args[0]); e != nil {
				return e
			}
			b.WriteByte(')')
			return nil
		}
		return r.seq(v.Args, "(", ")")
	case *Instance:
		if s, found, e := callDunder(v, "__repr__"); found {
			str, e := strResult(s, e, "__repr__")
			b.WriteString(str)
			return e
		}
		fmt.Fprintf(b, "<%s object at %p>", classPath(v.Class), v)
	case *Class:
		fmt.Fprintf(b, "<class '%s'>", classPath(v))
	case *Function:
		if v.Builtin {
			fmt.Fprintf(b, "<built-in function %s>", v.Name)
		} else {
			fmt.Fprintf(b, "<function %s at %p>", v.QualName, v)
		}
	case *Method:
		if f, ok := v.Func.(*Function); ok && f.Builtin {
			fmt.Fprintf(b, "<built-in method %s of %s object at %p>", f.Name, TypeName(v.Self), v)
			return nil
		}
		name := "?"
		if f, ok := v.Func.(*Function); ok {
			name = f.QualName
		}
		fmt.Fprintf(b, "<bound method %s of ", name)
		if e := r.repr(v.Self); e != nil {
			return e
		}
		b.WriteByte('>')
	case *Module:
		fmt.Fprintf(b, "<module '%s' (built-in)>", v.Name)
	case NotImplementedType:
		b.WriteString("NotImplemented")
	case EllipsisType:
		b.WriteString("Ellipsis")
	case interface{ PyRepr() string }:
		b.WriteString(v.PyRepr())
	case Coroutine:
		b.WriteString(coroutineRepr(v))
	default:
		fmt.Fprintf(b, "<%s object at %p>", TypeName(o), o)
	}
	return nil
}

func (r *reprer) dict(d *Dict) *Exc {
	r.b.WriteByte('{')
	first := true
	for _, en := range d.entries {
		if en.deleted {
			continue
		}
		if !first {
			r.b.WriteString(", ")
		}
		first = false
		if e := r.repr(en.key); e != nil {
			return e
		}
		r.b.WriteString(": ")
		if e := r.repr(en.value); e != nil {
			return e
		}
	}
	r.b.WriteByte('}')
	return nil
}

func classPath(c *Class) string {
	if c.Module == "builtins" || c.Module == "" {
		return c.Name
	}
	return c.Module + "." + c.qualName()
}

// EllipsisType is the type of Ellipsis.
type EllipsisType struct{}

// Ellipsis is Python's Ellipsis (...).
var Ellipsis = EllipsisType{}

// Ascii is ascii(o): repr with non-ASCII characters escaped.
func Ascii(o Object) (string, *Exc) {
	s, e := ReprE(o)
	if e != nil {
		return "", e
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String(), nil
}

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }

// ReprString is repr(s) for a str, with CPython's quote choice and escapes.
func ReprString(s string) string { return pyfmt.StrRepr(s) }
