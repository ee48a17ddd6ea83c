package pymod

import "github.com/asyncgen/asyncgen/runtime/py"

// Types is the types module: the classes of built-in objects that have no
// builtin name (FunctionType, CoroutineType, GeneratorType, ...).
var Types = &py.Module{Name: "types", Attrs: map[string]py.Object{
	"FunctionType":        py.FunctionType,
	"BuiltinFunctionType": py.BuiltinFuncType,
	"MethodType":          py.MethodType,
	"CoroutineType":       py.CoroutineType,
	"GeneratorType":       py.GeneratorType,
	"AsyncGeneratorType":  py.AsyncGenType,
	"ModuleType":          py.ModuleType,
	"NoneType":            py.NoneTypeClass,
}}
