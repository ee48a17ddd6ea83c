package codegen

import (
	"errors"
	"fmt"
	goast "go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"io/fs"
	"os"
	"path"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar/ast"
	"golang.org/x/tools/go/packages"
)

// modulePath is the import path prefix of asyncgen's own packages.
const modulePath = "github.com/asyncgen/asyncgen/"

// TypeChecker type-checks generated Go at generate time, so that a Go type
// error in the compiler's output is reported against the .py position it
// was generated for instead of being left for go build to find.
//
// The runtime packages the generated code imports are type-checked from
// source (their declarations only: function bodies are skipped), read from
// the file system the caller gives; the standard library's types come from
// export data through golang.org/x/tools/go/packages (one go list call per
// TypeChecker, served by the build cache). A TypeChecker caches what it
// loaded, so checking many files costs one load; it is safe for concurrent
// use.
type TypeChecker struct {
	runtime fs.FS

	mu   sync.Mutex
	fset *token.FileSet
	std  map[string]*types.Package // standard library, from export data
	own  map[string]*types.Package // asyncgen's packages, from source
	// imports lists the imports of asyncgen's packages.
	imports map[string][]string
}

// NewTypeChecker returns a checker that reads the runtime's Go source from
// root: a file system whose top directory holds runtime/ (asyncgen's
// module root, as os.DirFS of a checkout or the embedded
// asyncgen.RuntimeSource), so that checking works inside this repository
// and for programs built from the embedded runtime outside any module.
func NewTypeChecker(root fs.FS) *TypeChecker {
	return &TypeChecker{runtime: root, fset: token.NewFileSet(), imports: map[string][]string{}}
}

// Check type-checks res.Go. Every Go type error becomes an error
// diagnostic "internal compiler error: <go/types message>" at the .py
// position of the //line directive in effect, and res.Go is cleared, as
// Compile does for errors in the input. The returned error reports a
// failure to load the runtime or the standard library, not a type error.
func (tc *TypeChecker) Check(res *Result) error {
	if res.Go == nil {
		return nil
	}
	tc.mu.Lock()
	defer tc.mu.Unlock()
	const name = "generated.go"
	file, err := parser.ParseFile(tc.fset, name, res.Go, parser.SkipObjectResolution)
	if err != nil {
		// The generator renders through go/format, so this is a bug too.
		res.Diags = append(res.Diags, check.Diagnostic{Severity: check.Error, Kind: "internal compiler error", Msg: err.Error()})
		res.Go = nil
		return nil
	}
	if err := tc.load(file); err != nil {
		return err
	}
	var errs []types.Error
	conf := types.Config{
		Importer: importerFunc(tc.importPkg),
		Sizes:    types.SizesFor("gc", runtime.GOARCH),
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				errs = append(errs, te)
			}
		},
	}
	_, _ = conf.Check("main", tc.fset, []*goast.File{file}, nil)
	if len(errs) == 0 {
		return nil
	}
	lines := newLineMap(res.Go)
	for _, e := range errs {
		raw := tc.fset.PositionFor(e.Pos, false)
		pos, generated := lines.pyPos(raw.Line)
		msg := e.Msg
		if generated {
			msg += fmt.Sprintf(" (in generated plumbing, Go line %d)", raw.Line)
		} else {
			msg += fmt.Sprintf(" (Go line %d)", raw.Line)
		}
		res.Diags = append(res.Diags, check.Diagnostic{Pos: pos, Severity: check.Error, Kind: "internal compiler error", Msg: msg})
	}
	res.Go = nil
	return nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// load makes sure every package file imports, directly or through
// asyncgen's packages, is available: it collects the standard library
// packages they need and, when some are missing, loads them all at once
// (one load, so that they share their dependencies' types) and forgets
// the asyncgen packages checked against the previous load.
func (tc *TypeChecker) load(file *goast.File) error {
	need := map[string]bool{}
	seen := map[string]bool{}
	var walk func(paths []string) error
	walk = func(paths []string) error {
		for _, p := range paths {
			if !strings.HasPrefix(p, modulePath) {
				need[p] = true
				continue
			}
			if seen[p] {
				continue
			}
			seen[p] = true
			imports, ok := tc.imports[p]
			if !ok {
				files, err := tc.parseDir(p, parser.ImportsOnly)
				if err != nil {
					return err
				}
				imports = importsOf(files)
				tc.imports[p] = imports
			}
			if err := walk(imports); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(importsOf([]*goast.File{file})); err != nil {
		return err
	}
	missing := false
	for p := range need {
		if _, ok := tc.std[p]; !ok {
			missing = true
		}
	}
	if !missing {
		return nil
	}
	for p := range tc.std {
		need[p] = true
	}
	paths := make([]string, 0, len(need))
	for p := range need {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Fset: tc.fset,
		Dir:  os.TempDir(),
		Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		return fmt.Errorf("loading the standard library's types: %w", err)
	}
	loaded := map[string]*types.Package{}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			return fmt.Errorf("loading the standard library's types: %s: %v", p.PkgPath, p.Errors[0])
		}
		loaded[p.PkgPath] = p.Types
	}
	tc.std, tc.own = loaded, map[string]*types.Package{}
	return nil
}

// importPkg returns the types of an imported package: a standard library
// package from the last load, or one of asyncgen's checked from source.
func (tc *TypeChecker) importPkg(p string) (*types.Package, error) {
	if !strings.HasPrefix(p, modulePath) {
		if pkg, ok := tc.std[p]; ok {
			return pkg, nil
		}
		return nil, fmt.Errorf("package %s was not loaded", p)
	}
	if pkg, ok := tc.own[p]; ok {
		return pkg, nil
	}
	files, err := tc.parseDir(p, 0)
	if err != nil {
		return nil, err
	}
	var first error
	conf := types.Config{
		Importer:         importerFunc(tc.importPkg),
		Sizes:            types.SizesFor("gc", runtime.GOARCH),
		IgnoreFuncBodies: true,
		Error: func(err error) {
			if first == nil {
				first = err
			}
		},
	}
	pkg, _ := conf.Check(p, tc.fset, files, nil)
	if first != nil {
		return nil, fmt.Errorf("type-checking %s: %w", p, first)
	}
	tc.own[p] = pkg
	return pkg, nil
}

// parseDir parses the Go files of package p (not its tests) that build
// for the current platform.
func (tc *TypeChecker) parseDir(p string, mode parser.Mode) ([]*goast.File, error) {
	dir := strings.TrimPrefix(p, modulePath)
	ents, err := fs.ReadDir(tc.runtime, dir)
	if err != nil {
		return nil, fmt.Errorf("reading the source of %s: %w", p, err)
	}
	ctx := build.Default
	ctx.JoinPath = path.Join
	ctx.OpenFile = func(name string) (io.ReadCloser, error) { return tc.runtime.Open(name) }
	var files []*goast.File
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		if ok, err := ctx.MatchFile(dir, n); err != nil || !ok {
			if err != nil {
				return nil, fmt.Errorf("reading the source of %s: %w", p, err)
			}
			continue
		}
		name := path.Join(dir, n)
		src, err := fs.ReadFile(tc.runtime, name)
		if err != nil {
			return nil, fmt.Errorf("reading the source of %s: %w", p, err)
		}
		f, err := parser.ParseFile(tc.fset, name, src, mode|parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("parsing the source of %s: %w", p, err)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no Go source for %s in the runtime file system", p)
	}
	return files, nil
}

func importsOf(files []*goast.File) []string {
	var out []string
	for _, f := range files {
		for _, im := range f.Imports {
			if p, err := strconv.Unquote(im.Path.Value); err == nil {
				out = append(out, p)
			}
		}
	}
	return out
}

// lineMap finds, for a line of generated Go, the //line directive in
// effect there.
type lineMap struct {
	// dirs[i] is the directive in effect on Go line i+1.
	dirs []directive
}

type directive struct {
	file      string
	line, col int
}

func newLineMap(src []byte) *lineMap {
	var m lineMap
	var cur directive
	for _, l := range strings.Split(string(src), "\n") {
		m.dirs = append(m.dirs, cur)
		if d, ok := parseDirective(l); ok {
			if d.file == "" { // "//line :L:C" keeps the file name
				d.file = cur.file
			}
			cur = d
		}
	}
	return &m
}

// parseDirective parses "//line FILE:LINE" or "//line FILE:LINE:COL";
// FILE may be empty.
func parseDirective(l string) (directive, bool) {
	rest, ok := strings.CutPrefix(l, "//line ")
	if !ok {
		return directive{}, false
	}
	var nums []int
	for len(nums) < 2 {
		i := strings.LastIndexByte(rest, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(rest[i+1:])
		if err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		rest = rest[:i]
	}
	if len(nums) == 0 {
		return directive{}, false
	}
	d := directive{file: rest, line: nums[0], col: 1}
	if len(nums) == 2 {
		d.col = nums[1]
	}
	return d, true
}

// pyPos returns the .py position of Go line n: the statement of the
// directive in effect, or, in generated plumbing, the user statement the
// plumbing follows (generated is then true).
func (m *lineMap) pyPos(n int) (ast.Pos, bool) {
	generated := false
	for i := min(n, len(m.dirs)) - 1; i >= 0; i-- {
		d := m.dirs[i]
		if d.file == plumbingFile || d.file == "" {
			generated = true
			if d.file == "" {
				break
			}
			continue
		}
		return ast.Pos{Lineno: d.line, ColOffset: d.col - 1, EndLineno: d.line, EndColOffset: d.col - 1}, generated
	}
	return ast.Pos{}, true
}
