package ast

import (
	"reflect"
	"strconv"
	"strings"
)

// Dump returns the text CPython's ast.dump(node) prints for the same tree:
// one line, fields annotated, optional fields that are absent left out.
func Dump(node Node) string {
	return dump(node, false)
}

// DumpWithPositions returns the text of CPython's
// ast.dump(node, include_attributes=True): Dump plus lineno, col_offset,
// end_lineno and end_col_offset after the fields of every positioned node.
func DumpWithPositions(node Node) string {
	return dump(node, true)
}

func dump(node Node, attrs bool) string {
	d := dumper{attrs: attrs}
	d.value(reflect.ValueOf(node))
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	attrs bool
}

var (
	nodeType = reflect.TypeFor[Node]()
	posType  = reflect.TypeFor[Pos]()
)

// value writes v, a field value or a list element, as CPython's repr.
func (d *dumper) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			d.b.WriteString("None")
			return
		}
		if v.Type() == nodeType || v.Type().Implements(nodeType) && v.Type().NumMethod() > 0 {
			d.value(v.Elem())
			return
		}
		d.b.WriteString(ConstantRepr(v.Interface()))
	case reflect.Pointer:
		if v.IsNil() {
			d.b.WriteString("None")
			return
		}
		if v.Type().Elem().Kind() == reflect.String {
			d.b.WriteString(StrRepr(v.Elem().String()))
			return
		}
		d.node(v)
	case reflect.Slice:
		d.b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.value(v.Index(i))
		}
		d.b.WriteByte(']')
	case reflect.String:
		d.b.WriteString(StrRepr(v.String()))
	case reflect.Int:
		d.b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint8:
		d.b.WriteString(v.Interface().(Node).TypeName())
		d.b.WriteString("()")
	default:
		d.b.WriteString("<unexpected " + v.Type().String() + ">")
	}
}

// node writes a pointer to a node struct.
func (d *dumper) node(p reflect.Value) {
	d.b.WriteString(p.Interface().(Node).TypeName())
	d.b.WriteByte('(')
	v := p.Elem()
	t := v.Type()
	first := true
	sep := func() {
		if !first {
			d.b.WriteString(", ")
		}
		first = false
	}
	var pos *Pos
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		if f.Type == posType {
			pos = fv.Addr().Interface().(*Pos)
			continue
		}
		name := f.Tag.Get("py")
		if name == "" {
			continue
		}
		switch fv.Kind() {
		case reflect.Pointer, reflect.Interface:
			if fv.IsNil() {
				continue
			}
		case reflect.String:
			if name == "kind" && fv.String() == "" {
				continue
			}
		}
		sep()
		d.b.WriteString(name)
		d.b.WriteByte('=')
		d.value(fv)
	}
	if d.attrs && pos != nil {
		for _, a := range [...]struct {
			name string
			v    int
		}{{"lineno", pos.Lineno}, {"col_offset", pos.ColOffset}, {"end_lineno", pos.EndLineno}, {"end_col_offset", pos.EndColOffset}} {
			sep()
			d.b.WriteString(a.name)
			d.b.WriteByte('=')
			d.b.WriteString(strconv.Itoa(a.v))
		}
	}
	d.b.WriteByte(')')
}
