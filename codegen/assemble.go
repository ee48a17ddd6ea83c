package codegen

import (
	"bytes"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"

	"github.com/dave/jennifer/jen"
)

// An assembler renders and formats a file's top-level declarations while
// the rest of the module is still being compiled, on the other CPUs.
//
// The output must be the bytes that rendering the whole file as one
// jennifer file and formatting it with gofmt would give. gofmt (see
// format.go) cuts the rendered file into pieces at blank lines outside
// brackets and formats each piece on its own, so the file can be rendered
// in segments as long as the pieces come out the same: every segment but
// the last ends with a declaration followed by jen.Line(), so it ends with
// a blank line, and the rendering of the file is the concatenation of the
// segments' renderings. Each segment is rendered as a jennifer file of its
// own; its package clause and import block are cut off, and the import
// block of the whole file is rebuilt from the segments' in the first one,
// as jennifer would render it.
type assembler struct {
	pkg  string // the Go package name
	segs []*segment
	work chan *segment
	wg   sync.WaitGroup
}

// A segment is a run of consecutive top-level items of the file.
type segment struct {
	file *jen.File
	pkg  string
	// last is set on the segment that ends the file.
	last bool
	// Results: the segment's import block lines by path, its formatted
	// pieces joined by a blank line, and what follows the last cut (the
	// start of the next segment's first piece).
	imports map[string]string
	out     []byte
	carry   []byte
	err     error
	// panicked holds what rendering panicked with, for finish to panic
	// with on the compiling goroutine.
	panicked any
}

func newAssembler(pkg string) *assembler {
	work := make(chan *segment, 64)
	a := &assembler{pkg: pkg, work: work}
	for range runtime.GOMAXPROCS(0) {
		a.wg.Go(func() {
			var fp fastPrinter // its tokens are reused
			for s := range work {
				s.run(&fp)
			}
		})
	}
	return a
}

// newSegmentFile returns a jennifer file for a segment, naming the
// runtime's packages as the generated file does.
func newSegmentFile(pkg string) *jen.File {
	f := jen.NewFile(pkg)
	f.ImportName(pyPkg, "py")
	f.ImportName(rtPkg, "rt")
	return f
}

// decls queues declarations, each followed by a blank line, as a segment.
func (a *assembler) decls(decls []jen.Code) {
	f := newSegmentFile(a.pkg)
	for _, d := range decls {
		f.Add(d)
		f.Line()
	}
	a.queue(&segment{file: f, pkg: a.pkg})
}

// queue hands a segment to the workers.
func (a *assembler) queue(s *segment) {
	a.segs = append(a.segs, s)
	a.work <- s
}

// stop waits for the workers to finish.
func (a *assembler) stop() {
	if a.work != nil {
		close(a.work)
		a.work = nil
		a.wg.Wait()
	}
}

// finish renders head, the first segment of the file, on this goroutine
// and tail, the last, on a worker, and returns the formatted file.
func (a *assembler) finish(head, tail *jen.File) ([]byte, error) {
	a.queue(&segment{file: tail, pkg: a.pkg, last: true})
	raw, err := renderRaw(head)
	if err != nil {
		a.stop()
		return nil, err
	}
	imports := map[string]string{}
	pre, body, ok := cutHeader(raw, a.pkg, imports)
	if !ok || len(body) == len(raw) || raw[len(raw)-len(body)-1] != '\n' {
		a.stop()
		return nil, fmt.Errorf("internal compiler error: rendering Go: unexpected file header")
	}
	// The rendering is pre, the import block, ending with a blank line,
	// and body. A piece ends with the import block's last line, so the
	// pieces after it, those of body after the blank line's line break,
	// can be formatted before the import block is known.
	var fp fastPrinter
	first := &segment{}
	first.format(&fp, raw[len(raw)-len(body)-1:])
	a.stop()
	if first.err != nil {
		return nil, first.err
	}
	for _, s := range a.segs {
		if s.panicked != nil {
			panic(s.panicked)
		}
		if s.err != nil {
			return nil, s.err
		}
		for path, line := range s.imports {
			imports[path] = line
		}
	}
	src := make([]byte, 0, len(pre)+256)
	src = append(append(src, pre...), importBlock(imports)...)
	start, err := formatPieces(&fp, splitDecls(src[:len(src)-1], 1))
	if err != nil {
		return nil, fmt.Errorf("internal compiler error: formatting Go: %w", err)
	}
	var buf bytes.Buffer
	size := len(start) + 2 + len(first.out) + 1
	for _, s := range a.segs {
		size += len(s.out) + 2
	}
	buf.Grow(size)
	buf.Write(start)
	buf.WriteString("\n\n")
	buf.Write(first.out)
	carry := first.carry
	for _, s := range a.segs {
		if !bytes.Equal(carry, []byte("\n")) {
			return nil, fmt.Errorf("internal compiler error: formatting Go: a segment ends with %q", carry)
		}
		buf.WriteString("\n\n")
		buf.Write(s.out)
		carry = s.carry
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// run renders and formats a segment other than the first, which follows
// a segment that ended with a blank line.
func (s *segment) run(fp *fastPrinter) {
	defer func() {
		if r := recover(); r != nil {
			s.panicked = r
		}
	}()
	raw, err := renderRaw(s.file)
	s.file = nil // done with its declarations
	if err != nil {
		s.err = err
		return
	}
	s.imports = map[string]string{}
	_, body, ok := cutHeader(raw, s.pkg, s.imports)
	if !ok || len(body) == len(raw) || raw[len(raw)-len(body)-1] != '\n' {
		s.err = fmt.Errorf("internal compiler error: rendering Go: unexpected file header")
		return
	}
	// The previous segment's last piece, a line break, starts this one's
	// first (see finish): the header ends with one.
	s.format(fp, raw[len(raw)-len(body)-1:])
}

// format formats the pieces of src, the segment's rendering, keeping the
// last for the next segment unless the segment ends the file.
func (s *segment) format(fp *fastPrinter, src []byte) {
	pieces := splitDecls(src, 1)
	if !s.last {
		s.carry = pieces[len(pieces)-1]
		pieces = pieces[:len(pieces)-1]
	}
	if len(pieces) == 0 {
		s.err = fmt.Errorf("internal compiler error: formatting Go: an empty segment")
		return
	}
	s.out, s.err = formatPieces(fp, pieces)
	if s.err != nil {
		s.err = fmt.Errorf("internal compiler error: formatting Go: %w", s.err)
	}
}

// renderRaw renders f without formatting it.
func renderRaw(f *jen.File) ([]byte, error) {
	f.NoFormat = true
	var buf bytes.Buffer
	if err := f.Render(&buf); err != nil {
		return nil, fmt.Errorf("internal compiler error: rendering Go: %w", err)
	}
	return buf.Bytes(), nil
}

// cutHeader splits jennifer's rendering of a file into what precedes the
// import block (header comments and package clause), and what follows it,
// and adds the import block's lines to imports by path.
func cutHeader(raw []byte, pkg string, imports map[string]string) (pre, body []byte, ok bool) {
	clause := []byte("package " + pkg + "\n\n")
	i := bytes.Index(raw, clause)
	if i < 0 {
		return nil, nil, false
	}
	pre, rest := raw[:i+len(clause)], raw[i+len(clause):]
	var lines [][]byte
	switch {
	case bytes.HasPrefix(rest, []byte("import (\n")):
		end := bytes.Index(rest, []byte("\n)\n\n"))
		if end < 0 {
			return nil, nil, false
		}
		lines = bytes.Split(rest[len("import (\n"):end], []byte("\n"))
		rest = rest[end+len("\n)\n\n"):]
	case bytes.HasPrefix(rest, []byte("import ")):
		end := bytes.Index(rest, []byte("\n\n"))
		if end < 0 {
			return nil, nil, false
		}
		lines = [][]byte{rest[len("import "):end]}
		rest = rest[end+2:]
	}
	for _, l := range lines {
		q := bytes.IndexByte(l, '"')
		if q < 0 {
			return nil, nil, false
		}
		path, err := strconv.Unquote(string(l[q:]))
		if err != nil {
			return nil, nil, false
		}
		imports[path] = string(l)
	}
	return pre, rest, true
}

// importBlock renders the import block of imports as jennifer does.
func importBlock(imports map[string]string) string {
	paths := make([]string, 0, len(imports))
	for p := range imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	switch len(paths) {
	case 0:
		return ""
	case 1:
		return "import " + imports[paths[0]] + "\n\n"
	}
	var b bytes.Buffer
	b.WriteString("import (\n")
	for _, p := range paths {
		b.WriteString(imports[p])
		b.WriteByte('\n')
	}
	b.WriteString(")\n\n")
	return b.String()
}
