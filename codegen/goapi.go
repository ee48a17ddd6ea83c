package codegen

import (
	"fmt"
	"go/token"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/asyncgen/asyncgen/grammar/ast"
	"github.com/dave/jennifer/jen"
)

// RuntimeAPIVersion is the version of the runtime API (runtime/rt's
// APIVersion) the generated code targets. Every generated file asserts it
// at compile time; see runtime/rt/apiversion.go.
const RuntimeAPIVersion = 1

// emitAPIVersion declares the assertion that the runtime the file is built
// against implements RuntimeAPIVersion, with the comment a user reads when
// it fails.
func (g *generator) emitAPIVersion() {
	typ := fmt.Sprintf("AsyncgenRuntimeAPIv%d", RuntimeAPIVersion)
	g.file.Commentf("This file targets asyncgen runtime API v%d. If go build says rt.%s is undefined", RuntimeAPIVersion, typ)
	g.file.Comment("or cannot be assigned rt.RuntimeAPI, the asyncgen that generated this file and the")
	g.file.Comment("github.com/asyncgen/asyncgen module in go.mod are different versions: regenerate with the")
	g.file.Comment("asyncgen of that module (go generate with \"go tool asyncgen\"), or require the module")
	g.file.Comment("version of the asyncgen you generated with.")
	// jen.Qual registers runtime/rt for the import block (see py).
	g.file.Var().Id("_").Add(jen.Qual(rtPkg, typ)).Op("=").Add(rt("RuntimeAPI"))
}

// The typed Go API of a non-main package.
//
// Every module-level "async def" whose name does not start with an
// underscore and that takes neither *args nor **kwargs gets two exported
// Go functions. For
//
//	async def fetch_all(urls: list[str], *, limit: int = 4) -> dict[str, int]
//
// they are
//
//	func FetchAllAsync(urls []string, limit int) *rt.Call[map[string]int]
//	func FetchAll(ctx context.Context, urls []string, limit int) (map[string]int, error)
//
// FetchAllAsync builds the coroutine without starting it (a py.Coroutine
// to run as a task or await from compiled code); FetchAll runs it on a new
// event loop and cancels its task when ctx is done (rt.Run). Python
// exceptions come back as *rt.Error.
//
// Naming rules:
//   - The Go name is the Python name in CamelCase: split at underscores,
//     each part's first letter upper-cased, the rest kept (fetch_all →
//     FetchAll, get_URL → GetURL, crawl2_site → Crawl2Site).
//   - Two functions whose Go names collide (fetch_all and fetchAll, or
//     run and run_async against RunAsync) are a compile error naming both.
//   - Parameters keep their Python names, with "_" appended to Go keywords
//     and to ctx, context, py and rt; every parameter (keyword-only ones
//     included) is required, in declaration order; keyword-only ones are
//     passed by keyword.
//   - Types follow the annotations: str string, int int, float float64,
//     bool bool, bytes []byte, list[T] []T, tuple[T, ...] []T, dict[K, V]
//     map[K]V (K a str, int, float or bool), tuple[A, B] struct{ V0 A; V1
//     B }, Optional[T] and T | None *T; the typing module's List, Dict,
//     Tuple, Optional and Union spellings too. An unannotated parameter or
//     result, or any other annotation, is py.Object (the value unconverted).
//     A "-> None" coroutine's blocking form returns only an error.

// goAPIFunc is one coroutine of the typed API.
type goAPIFunc struct {
	def    *ast.AsyncFunctionDef
	goName string
	params []goAPIParam
	result *goType // nil: -> None
}

type goAPIParam struct {
	py, goName string
	typ        *goType
	kwOnly     bool
}

// goAPIReserved are parameter names the generated functions cannot use.
var goAPIReserved = map[string]bool{"ctx": true, "context": true, "py": true, "rt": true}

// emitGoAPI adds the typed Go API of the module's coroutines to the file;
// it is called for non-main packages only.
func (g *generator) emitGoAPI(mod *ast.Module) {
	funcs := goAPIFuncs(mod)
	if len(funcs) == 0 {
		return
	}
	taken := map[string]*goAPIFunc{}
	for _, f := range funcs {
		for _, name := range []string{f.goName, f.goName + "Async"} {
			if other, ok := taken[name]; ok {
				g.errorf(f.def, "async def %s and async def %s both need the Go name %s in the typed Go API; rename one, or start one with an underscore to keep it out of the API",
					other.def.Name, f.def.Name, name)
				return
			}
			taken[name] = f
		}
	}
	g.file.Comment("agAPIModule runs the module's top-level statements on the first call from Go.")
	g.file.Var().Id("agAPIModule").Op("=").Add(rt("NewModule")).Call(jen.Id("agSource"), jen.Id("agModule"))
	for i, f := range funcs {
		g.emitGoAPIFunc(f, fmt.Sprintf("agAPICode%d", i+1))
	}
}

// goAPIFuncs lists the module's coroutines that get a Go API, in source
// order; a name defined twice keeps its last definition.
func goAPIFuncs(mod *ast.Module) []*goAPIFunc {
	var out []*goAPIFunc
	index := map[string]int{}
	for _, s := range mod.Body {
		d, ok := s.(*ast.AsyncFunctionDef)
		if !ok || strings.HasPrefix(d.Name, "_") || d.Args.Vararg != nil || d.Args.Kwarg != nil {
			continue
		}
		f := &goAPIFunc{def: d, goName: goAPIName(d.Name)}
		if d.Returns != nil {
			f.result = annotationType(d.Returns)
		} else {
			f.result = objectGoType
		}
		if f.result.kind == tNone {
			f.result = nil
		}
		add := func(a *ast.Arg, kwOnly bool) {
			p := goAPIParam{py: a.Arg, goName: a.Arg, kwOnly: kwOnly, typ: objectGoType}
			if token.IsKeyword(p.goName) || goAPIReserved[p.goName] {
				p.goName += "_"
			}
			if a.Annotation != nil {
				p.typ = annotationType(a.Annotation)
				if p.typ.kind == tNone {
					p.typ = objectGoType
				}
			}
			f.params = append(f.params, p)
		}
		for _, a := range append(append([]*ast.Arg{}, d.Args.Posonlyargs...), d.Args.Args...) {
			add(a, false)
		}
		for _, a := range d.Args.Kwonlyargs {
			add(a, true)
		}
		if i, ok := index[d.Name]; ok {
			out[i] = f
			continue
		}
		index[d.Name] = len(out)
		out = append(out, f)
	}
	return out
}

// goAPIName is the exported Go name of a Python function name; see the
// naming rules above.
func goAPIName(name string) string {
	var b strings.Builder
	for _, part := range strings.Split(name, "_") {
		if part == "" {
			continue
		}
		r, n := utf8.DecodeRuneInString(part)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(part[n:])
	}
	out := b.String()
	if r, _ := utf8.DecodeRuneInString(out); !unicode.IsUpper(r) {
		// A name starting with a digit after an underscore or with a
		// letter that has no upper case.
		out = "X" + out
	}
	return out
}

func (g *generator) emitGoAPIFunc(f *goAPIFunc, codeVar string) {
	d := f.def
	file := filepath.Base(g.opts.File)
	g.file.Var().Id(codeVar).Op("=").Op("&").Add(py("Code")).Values(jen.Dict{
		jen.Id("Name"):      jen.Lit(d.Name),
		jen.Id("QualName"):  jen.Lit(d.Name),
		jen.Id("File"):      jen.Lit(g.opts.File),
		jen.Id("FirstLine"): jen.Lit(firstLine(d)),
		jen.Id("Kind"):      py("CoroutineCode"),
	})
	result := objectGoType
	if f.result != nil {
		result = f.result
	}
	resultT := result.code()
	if f.result == nil {
		resultT = jen.Struct()
	}
	var params, names, args, kws []jen.Code
	var pyNames []string
	for _, p := range f.params {
		params = append(params, jen.Id(p.goName).Add(p.typ.code()))
		names = append(names, jen.Id(p.goName))
		pyNames = append(pyNames, p.py)
		v := jen.Id(p.goName)
		if p.typ.kind != tObject {
			v = rt("ToPy").Call(jen.Id(p.goName))
		}
		if p.kwOnly {
			kws = append(kws, jen.Values(jen.Dict{jen.Id("Name"): jen.Lit(p.py), jen.Id("Value"): v}))
		} else {
			args = append(args, v)
		}
	}
	argList := jen.Nil()
	if len(args) > 0 {
		argList = jen.Index().Add(py("Object")).Values(args...)
	}
	kwList := jen.Nil()
	if len(kws) > 0 {
		kwList = jen.Index().Add(py("Kwarg")).Values(kws...)
	}
	call := fmt.Sprintf("%s(%s)", d.Name, strings.Join(pyNames, ", "))
	where := fmt.Sprintf("%s:%d", file, d.Lineno)
	async := f.goName + "Async"
	callT := jen.Op("*").Add(rt("Call")).Types(resultT)
	g.file.Commentf("%s returns the coroutine %s (async def at %s) without starting it:", async, call, where)
	g.file.Comment("run it as a task, await it from compiled code, or pass it to Python code; its")
	g.file.Comment("Result method converts the value it returns. The module's top-level statements run")
	g.file.Comment("before its first step, once.")
	g.file.Func().Id(async).Params(params...).Add(callT).Block(
		jen.Return(rt("NewCall").Types(resultT).Call(
			jen.Id("agAPIModule"), jen.Id(codeVar),
			jen.Func().Params().Add(py("Object")).Block(jen.Return(g.globalRef(d.Name))),
			argList, kwList)),
	)
	g.file.Commentf("%s runs the coroutine %s (async def at %s) on a new event loop", f.goName, call, where)
	g.file.Comment("and waits for it (see rt.Run). When ctx is done first, the task is cancelled and the")
	g.file.Comment("error wraps ctx.Err(); a Python exception comes back as *rt.Error.")
	blocking := append([]jen.Code{jen.Id("ctx").Qual("context", "Context")}, params...)
	run := rt("Run").Call(jen.Id("ctx"), jen.Id(async).Call(names...))
	if f.result == nil {
		g.file.Func().Id(f.goName).Params(blocking...).Error().Block(
			jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(run),
			jen.Return(jen.Err()),
		)
		return
	}
	g.file.Func().Id(f.goName).Params(blocking...).Params(resultT, jen.Error()).Block(jen.Return(run))
}

// goTypeKind classifies the Go types of the typed API.
type goTypeKind int

const (
	tObject goTypeKind = iota
	tNone
	tStr
	tInt
	tFloat
	tBool
	tBytes
	tList
	tDict
	tTuple
	tOptional
)

// goType is the Go type of an annotated parameter or result.
type goType struct {
	kind goTypeKind
	elem []*goType // list/optional: 1; dict: key, value; tuple: items
}

var objectGoType = &goType{kind: tObject}

// code returns the Go type expression.
func (t *goType) code() jen.Code {
	switch t.kind {
	case tStr:
		return jen.String()
	case tInt:
		return jen.Int()
	case tFloat:
		return jen.Float64()
	case tBool:
		return jen.Bool()
	case tBytes:
		return jen.Index().Byte()
	case tList:
		return jen.Index().Add(t.elem[0].code())
	case tDict:
		return jen.Map(t.elem[0].code()).Add(t.elem[1].code())
	case tTuple:
		fields := make([]jen.Code, len(t.elem))
		for i, e := range t.elem {
			fields[i] = jen.Id(fmt.Sprintf("V%d", i)).Add(e.code())
		}
		return jen.Struct(fields...)
	case tOptional:
		return jen.Op("*").Add(t.elem[0].code())
	case tNone:
		return jen.Struct()
	}
	return py("Object")
}

// annotationType maps an annotation to a Go type; see the rules above.
func annotationType(e ast.Expr) *goType {
	switch e := e.(type) {
	case *ast.Constant:
		if _, ok := e.Value.(ast.None); ok {
			return &goType{kind: tNone}
		}
	case *ast.Name, *ast.Attribute:
		switch typingName(e) {
		case "str":
			return &goType{kind: tStr}
		case "int":
			return &goType{kind: tInt}
		case "float":
			return &goType{kind: tFloat}
		case "bool":
			return &goType{kind: tBool}
		case "bytes":
			return &goType{kind: tBytes}
		}
	case *ast.BinOp:
		if e.Op == ast.BitOr {
			return optionalOf(e.Left, e.Right)
		}
	case *ast.Subscript:
		return subscriptType(typingName(e.Value), e.Slice)
	}
	return objectGoType
}

// typingName is the name of a Name or of typing.X / t.X, else "".
func typingName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.Id
	case *ast.Attribute:
		if _, ok := e.Value.(*ast.Name); ok {
			return e.Attr
		}
	}
	return ""
}

func subscriptType(generic string, slice ast.Expr) *goType {
	var items []ast.Expr
	if t, ok := slice.(*ast.Tuple); ok {
		items = t.Elts
	} else {
		items = []ast.Expr{slice}
	}
	switch generic {
	case "list", "List", "Sequence":
		if len(items) == 1 {
			return wrap(tList, annotationType(items[0]))
		}
	case "dict", "Dict", "Mapping":
		if len(items) == 2 {
			k, v := annotationType(items[0]), annotationType(items[1])
			switch k.kind {
			case tStr, tInt, tFloat, tBool:
				return &goType{kind: tDict, elem: []*goType{k, noneAsObject(v)}}
			}
		}
	case "tuple", "Tuple":
		if len(items) == 2 {
			if c, ok := items[1].(*ast.Constant); ok {
				if _, ok := c.Value.(ast.Ellipsis); ok {
					return wrap(tList, annotationType(items[0]))
				}
			}
		}
		if len(items) > 0 {
			t := &goType{kind: tTuple}
			for _, it := range items {
				t.elem = append(t.elem, noneAsObject(annotationType(it)))
			}
			return t
		}
	case "Optional":
		if len(items) == 1 {
			return optionalOf(items[0], &ast.Constant{Value: ast.None{}})
		}
	case "Union":
		if len(items) == 2 {
			return optionalOf(items[0], items[1])
		}
	}
	return objectGoType
}

// optionalOf is the type of "a | b": *T when one side is None.
func optionalOf(a, b ast.Expr) *goType {
	ta, tb := annotationType(a), annotationType(b)
	if ta.kind == tNone {
		ta, tb = tb, ta
	}
	if tb.kind != tNone || ta.kind == tNone || ta.kind == tObject {
		return objectGoType
	}
	return &goType{kind: tOptional, elem: []*goType{ta}}
}

func wrap(k goTypeKind, elem *goType) *goType {
	return &goType{kind: k, elem: []*goType{noneAsObject(elem)}}
}

// noneAsObject keeps None out of element positions, where py.Object holds
// it.
func noneAsObject(t *goType) *goType {
	if t.kind == tNone {
		return objectGoType
	}
	return t
}
