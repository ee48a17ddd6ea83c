package futures

import (
	"encoding/binary"
	"maps"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// The wire format of calls and results between a process pool and its
// workers: a value is a tag byte and a payload. Integers are varints,
// strings and bytes are a length and the bytes, containers are a count
// and their items, exceptions and user-class instances name their class
// (module and name, looked up again on the other side) and carry their
// attributes.
const (
	tagNone      = 'N'
	tagTrue      = 'T'
	tagFalse     = 'F'
	tagInt       = 'i'
	tagBigInt    = 'I'
	tagFloat     = 'f'
	tagStr       = 's'
	tagBytes     = 'b'
	tagList      = 'l'
	tagTuple     = 't'
	tagDict      = 'd'
	tagSet       = 'S'
	tagFrozenSet = 'z'
	tagExc       = 'E'
	tagInstance  = 'O'
	tagClass     = 'C'
	tagFunction  = 'P'
)

// maxDepth bounds the nesting of encoded values (and so cycles).
const maxDepth = 500

// Lookup finds a global of the program's main module by name: a function,
// a class, or an imported module.
type Lookup func(name string) (py.Object, bool)

type encoder struct {
	buf   []byte
	depth int
}

func (e *encoder) uvarint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }
func (e *encoder) str(s string)     { e.uvarint(uint64(len(s))); e.buf = append(e.buf, s...) }

// encode appends v's encoding, or raises what pickle raises for a value it
// cannot serialise.
func (e *encoder) encode(v py.Object) *py.Exc {
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > maxDepth {
		return py.Errorf(py.RecursionError, "maximum recursion depth exceeded while pickling an object")
	}
	switch x := v.(type) {
	case nil, py.NoneType:
		e.buf = append(e.buf, tagNone)
	case bool:
		if x {
			e.buf = append(e.buf, tagTrue)
		} else {
			e.buf = append(e.buf, tagFalse)
		}
	case int:
		e.buf = append(e.buf, tagInt)
		e.buf = binary.AppendVarint(e.buf, int64(x))
	case *big.Int:
		e.buf = append(e.buf, tagBigInt, byte(x.Sign()+1))
		e.str(string(x.Bytes()))
	case float64:
		e.buf = append(e.buf, tagFloat)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(x))
	case string:
		e.buf = append(e.buf, tagStr)
		e.str(x)
	case py.Bytes:
		e.buf = append(e.buf, tagBytes)
		e.str(string(x))
	case *py.List:
		e.buf = append(e.buf, tagList)
		return e.items(x.Items)
	case py.Tuple:
		e.buf = append(e.buf, tagTuple)
		return e.items(x)
	case *py.Set:
		e.buf = append(e.buf, tagSet)
		return e.items(x.Keys())
	case *py.FrozenSet:
		e.buf = append(e.buf, tagFrozenSet)
		return e.items(x.Keys())
	case *py.Dict:
		e.buf = append(e.buf, tagDict)
		items := x.Items()
		e.uvarint(uint64(len(items)))
		for _, kv := range items {
			if exc := e.encode(kv[0]); exc != nil {
				return exc
			}
			if exc := e.encode(kv[1]); exc != nil {
				return exc
			}
		}
	case *py.Exc:
		e.buf = append(e.buf, tagExc)
		e.class(x.Class)
		if exc := e.items(x.Args); exc != nil {
			return exc
		}
		return e.attrs(x.Attrs)
	case *py.Instance:
		if x.Class.Module != "__main__" {
			return cannotPickle(v)
		}
		e.buf = append(e.buf, tagInstance)
		e.class(x.Class)
		return e.attrs(x.Attrs)
	case *py.Class:
		e.buf = append(e.buf, tagClass)
		e.class(x)
	case *py.Function:
		if x.Builtin {
			e.buf = append(e.buf, tagFunction)
			e.str(x.Module)
			e.str(x.Name)
			return nil
		}
		if strings.ContainsAny(x.QualName, ".<") {
			return py.Errorf(py.AttributeError, "Can't pickle local object '%s'", x.QualName)
		}
		e.buf = append(e.buf, tagFunction)
		e.str(x.Module)
		e.str(x.QualName)
	default:
		return cannotPickle(v)
	}
	return nil
}

func cannotPickle(v py.Object) *py.Exc {
	return py.Errorf(py.TypeError, "cannot pickle '%s' object", py.TypeName(v))
}

func (e *encoder) items(items []py.Object) *py.Exc {
	e.uvarint(uint64(len(items)))
	for _, it := range items {
		if exc := e.encode(it); exc != nil {
			return exc
		}
	}
	return nil
}

func (e *encoder) class(c *py.Class) {
	e.str(c.Module)
	e.str(c.Name)
}

func (e *encoder) attrs(m map[string]py.Object) *py.Exc {
	e.uvarint(uint64(len(m)))
	for _, k := range sortedKeys(m) {
		e.str(k)
		if exc := e.encode(m[k]); exc != nil {
			return exc
		}
	}
	return nil
}

func sortedKeys(m map[string]py.Object) []string {
	// Attribute maps have no order of their own in Go; sorting makes the
	// encoding deterministic.
	return slices.Sorted(maps.Keys(m))
}

// decoder rebuilds values; lookup resolves the main module's functions and
// classes.
type decoder struct {
	buf    []byte
	lookup Lookup
}

func errCorrupt() *py.Exc {
	return py.Errorf(py.RuntimeError, "corrupt message from process pool")
}

func (d *decoder) byte() (byte, *py.Exc) {
	if len(d.buf) == 0 {
		return 0, errCorrupt()
	}
	b := d.buf[0]
	d.buf = d.buf[1:]
	return b, nil
}

func (d *decoder) uvarint() (uint64, *py.Exc) {
	n, k := binary.Uvarint(d.buf)
	if k <= 0 {
		return 0, errCorrupt()
	}
	d.buf = d.buf[k:]
	return n, nil
}

func (d *decoder) count() (int, *py.Exc) {
	n, exc := d.uvarint()
	if exc == nil && n > uint64(len(d.buf)) {
		return 0, errCorrupt()
	}
	return int(n), exc
}

func (d *decoder) str() (string, *py.Exc) {
	n, exc := d.count()
	if exc != nil {
		return "", exc
	}
	s := string(d.buf[:n])
	d.buf = d.buf[n:]
	return s, nil
}

func (d *decoder) decode() (py.Object, *py.Exc) {
	tag, exc := d.byte()
	if exc != nil {
		return nil, exc
	}
	switch tag {
	case tagNone:
		return py.None, nil
	case tagTrue:
		return true, nil
	case tagFalse:
		return false, nil
	case tagInt:
		n, k := binary.Varint(d.buf)
		if k <= 0 {
			return nil, errCorrupt()
		}
		d.buf = d.buf[k:]
		return int(n), nil
	case tagBigInt:
		sign, exc := d.byte()
		if exc != nil {
			return nil, exc
		}
		s, exc := d.str()
		if exc != nil {
			return nil, exc
		}
		b := new(big.Int).SetBytes([]byte(s))
		if sign == 0 {
			b.Neg(b)
		}
		return py.NewInt(b), nil
	case tagFloat:
		if len(d.buf) < 8 {
			return nil, errCorrupt()
		}
		f := math.Float64frombits(binary.LittleEndian.Uint64(d.buf))
		d.buf = d.buf[8:]
		return f, nil
	case tagStr:
		return d.str()
	case tagBytes:
		s, exc := d.str()
		return py.Bytes(s), exc
	case tagList:
		items, exc := d.items()
		if exc != nil {
			return nil, exc
		}
		return py.NewList(items...), nil
	case tagTuple:
		items, exc := d.items()
		return py.Tuple(items), exc
	case tagSet:
		items, exc := d.items()
		if exc != nil {
			return nil, exc
		}
		return py.NewSet(items...)
	case tagFrozenSet:
		items, exc := d.items()
		if exc != nil {
			return nil, exc
		}
		return py.NewFrozenSet(items...)
	case tagDict:
		n, exc := d.count()
		if exc != nil {
			return nil, exc
		}
		m := py.NewDict()
		for i := 0; i < n; i++ {
			k, exc := d.decode()
			if exc != nil {
				return nil, exc
			}
			v, exc := d.decode()
			if exc != nil {
				return nil, exc
			}
			if exc := m.Set(k, v); exc != nil {
				return nil, exc
			}
		}
		return m, nil
	case tagExc:
		return d.exception()
	case tagInstance:
		cls, exc := d.class()
		if exc != nil {
			return nil, exc
		}
		attrs, exc := d.attrs()
		if exc != nil {
			return nil, exc
		}
		inst := py.NewInstance(cls)
		for k, v := range attrs {
			inst.Attrs[k] = v
		}
		return inst, nil
	case tagClass:
		return d.class()
	case tagFunction:
		mod, exc := d.str()
		if exc != nil {
			return nil, exc
		}
		name, exc := d.str()
		if exc != nil {
			return nil, exc
		}
		return d.global(mod, name)
	}
	return nil, errCorrupt()
}

func (d *decoder) items() ([]py.Object, *py.Exc) {
	n, exc := d.count()
	if exc != nil {
		return nil, exc
	}
	items := make([]py.Object, n)
	for i := range items {
		if items[i], exc = d.decode(); exc != nil {
			return nil, exc
		}
	}
	return items, nil
}

func (d *decoder) attrs() (map[string]py.Object, *py.Exc) {
	n, exc := d.count()
	if exc != nil {
		return nil, exc
	}
	m := make(map[string]py.Object, n)
	for i := 0; i < n; i++ {
		k, exc := d.str()
		if exc != nil {
			return nil, exc
		}
		if m[k], exc = d.decode(); exc != nil {
			return nil, exc
		}
	}
	return m, nil
}

func (d *decoder) exception() (py.Object, *py.Exc) {
	cls, exc := d.class()
	if exc != nil {
		return nil, exc
	}
	args, exc := d.items()
	if exc != nil {
		return nil, exc
	}
	attrs, exc := d.attrs()
	if exc != nil {
		return nil, exc
	}
	e := &py.Exc{Class: cls, Args: args}
	if cls.Module != "builtins" {
		// Rebuilt as pickle does: cls(*args), then the attributes.
		if v, err := py.Call(cls, args, nil); err == nil {
			if x, ok := v.(*py.Exc); ok {
				e = x
			}
		}
	}
	if len(attrs) > 0 {
		if e.Attrs == nil {
			e.Attrs = map[string]py.Object{}
		}
		for k, v := range attrs {
			e.Attrs[k] = v
		}
	}
	return e, nil
}

func (d *decoder) class() (*py.Class, *py.Exc) {
	mod, exc := d.str()
	if exc != nil {
		return nil, exc
	}
	name, exc := d.str()
	if exc != nil {
		return nil, exc
	}
	v, exc := d.global(mod, name)
	if exc != nil {
		return nil, exc
	}
	c, ok := v.(*py.Class)
	if !ok {
		return nil, py.Errorf(py.TypeError, "%s.%s is not a class", mod, name)
	}
	return c, nil
}

// knownClasses are the classes of other modules that values may name.
var knownClasses = map[string]*py.Class{
	"asyncio.exceptions.CancelledError":    py.CancelledError,
	"asyncio.exceptions.InvalidStateError": py.InvalidStateError,
}

func init() {
	for _, c := range []*py.Class{Error, CancelledError, InvalidStateError, BrokenExecutor, BrokenThreadPool,
		BrokenProcessPool, RemoteTraceback} {
		knownClasses[c.Module+"."+c.Name] = c
	}
}

// global resolves module.name as unpickling does: builtins, the classes
// of this package and asyncio, and the main module's globals (or an
// attribute of a module the main module imported).
func (d *decoder) global(mod, name string) (py.Object, *py.Exc) {
	switch mod {
	case "builtins":
		if v, ok := py.Builtins[name]; ok {
			return v, nil
		}
	case "__main__":
		if d.lookup != nil {
			if v, ok := d.lookup(name); ok {
				return v, nil
			}
		}
	default:
		if c, ok := knownClasses[mod+"."+name]; ok {
			return c, nil
		}
		if d.lookup != nil {
			if m, ok := d.lookup(mod); ok {
				if v, exc := py.GetAttr(m, name); exc == nil {
					return v, nil
				}
			}
		}
	}
	return nil, py.Errorf(py.AttributeError, "Can't get attribute '%s' on <module '%s'>", name, mod)
}
