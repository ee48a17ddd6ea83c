package py

import "math/big"

// Built-in types as classes, so that type(x), isinstance and class-level
// attribute lookup work uniformly with user classes.
var (
	TypeType         = NewClass("type", "builtins", ObjectClass)
	NoneTypeClass    = NewClass("NoneType", "builtins", ObjectClass)
	IntType          = NewClass("int", "builtins", ObjectClass)
	BoolType         = NewClass("bool", "builtins", IntType)
	FloatType        = NewClass("float", "builtins", ObjectClass)
	StrType          = NewClass("str", "builtins", ObjectClass)
	BytesType        = NewClass("bytes", "builtins", ObjectClass)
	TupleType        = NewClass("tuple", "builtins", ObjectClass)
	ListType         = NewClass("list", "builtins", ObjectClass)
	DictType         = NewClass("dict", "builtins", ObjectClass)
	SetType          = NewClass("set", "builtins", ObjectClass)
	FrozenSetType    = NewClass("frozenset", "builtins", ObjectClass)
	RangeType        = NewClass("range", "builtins", ObjectClass)
	SliceType        = NewClass("slice", "builtins", ObjectClass)
	FunctionType     = NewClass("function", "builtins", ObjectClass)
	BuiltinFuncType  = NewClass("builtin_function_or_method", "builtins", ObjectClass)
	MethodType       = NewClass("method", "builtins", ObjectClass)
	GeneratorType    = NewClass("generator", "builtins", ObjectClass)
	AsyncGenType     = NewClass("async_generator", "builtins", ObjectClass)
	CoroutineType    = NewClass("coroutine", "builtins", ObjectClass)
	IteratorType     = NewClass("iterator", "builtins", ObjectClass)
	DictKeysType     = NewClass("dict_keys", "builtins", ObjectClass)
	DictValuesType   = NewClass("dict_values", "builtins", ObjectClass)
	DictItemsType    = NewClass("dict_items", "builtins", ObjectClass)
	ModuleType       = NewClass("module", "builtins", ObjectClass)
	FileType         = NewClass("TextIOWrapper", "_io", ObjectClass)
	BinaryFileType   = NewClass("BufferedReader", "_io", ObjectClass)
	PropertyType     = NewClass("property", "builtins", ObjectClass)
	StaticMethodType = NewClass("staticmethod", "builtins", ObjectClass)
	ClassMethodType  = NewClass("classmethod", "builtins", ObjectClass)
)

// Typed is implemented by runtime values that know their own class (user
// instances, iterators, files, modules, ...).
type Typed interface {
	Type() *Class
}

// TypeOf returns type(o).
func TypeOf(o Object) *Class {
	switch v := o.(type) {
	case NoneType:
		return NoneTypeClass
	case bool:
		return BoolType
	case int, *big.Int:
		return IntType
	case float64:
		return FloatType
	case string:
		return StrType
	case Bytes:
		return BytesType
	case Tuple:
		return TupleType
	case *List:
		return ListType
	case *Dict:
		if v.Class != nil {
			return v.Class
		}
		return DictType
	case *Set:
		return SetType
	case *FrozenSet:
		return FrozenSetType
	case *Range:
		return RangeType
	case *Slice:
		return SliceType
	case *Function:
		if v.Builtin {
			return BuiltinFuncType
		}
		return FunctionType
	case *Method:
		if f, ok := v.Func.(*Function); ok && f.Builtin {
			return BuiltinFuncType
		}
		return MethodType
	case *Class:
		return TypeType
	case *Exc:
		return v.Class
	case Typed:
		return v.Type()
	case Coroutine:
		return CoroutineType
	}
	return ObjectClass
}

// TypeName returns type(o).__name__, the name CPython's messages use.
func TypeName(o Object) string { return TypeOf(o).Name }
