package codegen

import (
	"fmt"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/grammar"
	"github.com/asyncgen/asyncgen/grammar/ast"
	rtpkg "github.com/asyncgen/asyncgen/runtime/rt"
	"github.com/dave/jennifer/jen"
)

func TestRuntimeAPIVersionMatchesRuntime(t *testing.T) {
	if RuntimeAPIVersion != rtpkg.APIVersion {
		t.Errorf("codegen targets runtime API v%d, runtime/rt implements v%d", RuntimeAPIVersion, rtpkg.APIVersion)
	}
}

// annotation parses "x: ANN" and returns ANN.
func annotation(t *testing.T, ann string) ast.Expr {
	t.Helper()
	mod, err := grammar.ParseFile("t.py", []byte("x: "+ann+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	return mod.Body[0].(*ast.AnnAssign).Annotation
}

func goTypeString(t *goType) string {
	return strings.TrimPrefix(fmt.Sprintf("%#v", jen.Var().Id("_").Add(t.code())), "var _ ")
}

func TestAnnotationType(t *testing.T) {
	tests := []struct{ ann, want string }{
		{"str", "string"},
		{"int", "int"},
		{"float", "float64"},
		{"bool", "bool"},
		{"bytes", "[]byte"},
		{"list[str]", "[]string"},
		{"typing.List[int]", "[]int"},
		{"List[list[float]]", "[][]float64"},
		{"dict[str, int]", "map[string]int"},
		{"Dict[int, list[str]]", "map[int][]string"},
		{"dict[tuple[int, int], str]", "py.Object"}, // a tuple key has no Go map key type here
		{"tuple[str, int]", "struct {\n\tV0 string\n\tV1 int\n}"},
		{"tuple[int, ...]", "[]int"},
		{"Optional[int]", "*int"},
		{"int | None", "*int"},
		{"None | str", "*string"},
		{"Union[str, None]", "*string"},
		{"Optional[tuple[str, int]]", "*struct {\n\tV0 string\n\tV1 int\n}"},
		{"int | str", "py.Object"},
		{"Optional[object]", "py.Object"},
		{"list[None]", "[]py.Object"},
		{"object", "py.Object"},
		{"Any", "py.Object"},
		{"Crawler", "py.Object"},
		{"'str'", "py.Object"},
		{"set[int]", "py.Object"},
		{"None", "struct{}"},
	}
	for _, tt := range tests {
		t.Run(tt.ann, func(t *testing.T) {
			got := goTypeString(annotationType(annotation(t, tt.ann)))
			if got != tt.want {
				t.Errorf("annotationType(%s) = %q, want %q", tt.ann, got, tt.want)
			}
		})
	}
}

func TestGoAPIName(t *testing.T) {
	tests := []struct{ py, want string }{
		{"fetch_all", "FetchAll"},
		{"fetch", "Fetch"},
		{"fetchAll", "FetchAll"},
		{"get_URL", "GetURL"},
		{"crawl2_site", "Crawl2Site"},
		{"a__b_", "AB"},
		{"x_2", "X2"},
		{"été", "Été"},
	}
	for _, tt := range tests {
		if got := goAPIName(tt.py); got != tt.want {
			t.Errorf("goAPIName(%q) = %q, want %q", tt.py, got, tt.want)
		}
	}
}

func compileLib(t *testing.T, src string) (*Result, error) {
	t.Helper()
	return Compile([]byte(src), Options{File: "lib.py", Package: "lib"})
}

func TestGoAPIDeclarations(t *testing.T) {
	res, err := compileLib(t, `import asyncio

async def fetch_all(urls: list[str], *, limit: int = 4) -> dict[str, int]:
    return {}

async def notify(msg, type: str) -> None:
    pass

async def _private(x: int) -> int:
    return x

async def spread(*args) -> int:
    return 0

def plain(x: int) -> int:
    return x
`)
	if err != nil || res.Go == nil {
		t.Fatalf("compile: %v %v", err, res.Diags)
	}
	src := string(res.Go)
	for _, want := range []string{
		"func FetchAllAsync(urls []string, limit int) *rt.Call[map[string]int] {",
		"func FetchAll(ctx context.Context, urls []string, limit int) (map[string]int, error) {",
		"[]py.Kwarg{{\n\t\tName:  \"limit\",\n\t\tValue: rt.ToPy(limit),",
		"func NotifyAsync(msg py.Object, type_ string) *rt.Call[struct{}] {",
		"func Notify(ctx context.Context, msg py.Object, type_ string) error {",
		"[]py.Object{msg, rt.ToPy(type_)}",
		"var _ rt.AsyncgenRuntimeAPIv1 = rt.RuntimeAPI",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("generated code lacks %q", want)
		}
	}
	for _, absent := range []string{"func Private", "func Spread", "func Plain"} {
		if strings.Contains(src, absent) {
			t.Errorf("generated code has %q", absent)
		}
	}
}

func TestGoAPIOnlyForLibraries(t *testing.T) {
	res, err := Compile([]byte("async def f(x: int) -> int:\n    return x\n"), Options{File: "m.py", Package: "main"})
	if err != nil || res.Go == nil {
		t.Fatalf("compile: %v %v", err, res.Diags)
	}
	if strings.Contains(string(res.Go), "func F(") || strings.Contains(string(res.Go), "agAPIModule") {
		t.Errorf("a main package got a Go API")
	}
}

func TestGoAPICollisions(t *testing.T) {
	tests := []struct{ src, msg string }{
		{"async def fetch_all():\n    pass\nasync def fetchAll():\n    pass\n",
			"async def fetch_all and async def fetchAll both need the Go name FetchAll"},
		{"async def run():\n    pass\nasync def run_async():\n    pass\n",
			"async def run and async def run_async both need the Go name RunAsync"},
	}
	for _, tt := range tests {
		res, err := compileLib(t, tt.src)
		if err != nil {
			t.Fatal(err)
		}
		if res.Go != nil || len(res.Diags) == 0 || !strings.Contains(res.Diags[len(res.Diags)-1].Msg, tt.msg) {
			t.Errorf("diagnostics = %v, want %q", res.Diags, tt.msg)
		}
	}
}
