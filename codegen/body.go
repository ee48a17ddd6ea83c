package codegen

import (
	"bytes"
	"fmt"
	goast "go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"sync/atomic"

	"github.com/dave/jennifer/jen"
)

// body accumulates the flat statement list of one Go function: Go
// statements, labels and //line directives. Labels that no goto targets and
// statements that can never run are dropped when it is rendered, so the
// output compiles (Go rejects unused labels) and stays vet-clean.
type body struct {
	items []item
	// pending holds labels targeted by code being built, claimed by the
	// next statement appended.
	pending []string
	// roots are labels targeted from outside the body (the state
	// machine's dispatch switch).
	roots []string
	// renders is renderCount when the last item was added.
	renders uint64
	file    string // the .py file named by //line directives
	line    int    // the .py line of the statement being compiled
	col     int
}

type item struct {
	label    string   // a label, when not empty
	code     jen.Code // a statement, when label is empty
	terminal bool     // code never falls through (goto, return)
	dline    int      // the .py line of the //line directive before code, if positive
	dcol     int      // and its column
	targets  []string // labels the statement may jump to
	line     int      // the .py line a statement maps to (0: plumbing)
	// nested is set when a body was rendered while the statement was
	// built: it may hold //line directives of its own (a closure's).
	nested bool
}

func newBody(file string) *body { return &body{file: file, renders: renderCount.Load()} }

// renderCount counts the bodies rendered by this process. A statement
// added when the count has changed since the previous one may contain a
// rendered body, and so //line directives render did not see (bodies
// rendered concurrently by other compilations only make that guess
// conservative).
var renderCount atomic.Uint64

// add appends a statement, claiming the pending jump targets.
func (b *body) add(it item) {
	it.targets = append(it.targets, b.pending...)
	b.pending = nil
	if n := renderCount.Load(); n != b.renders {
		it.nested, b.renders = true, n
	}
	b.items = append(b.items, it)
}

// at sets the .py position later statements map to.
func (b *body) at(line, col int) { b.line, b.col = line, col }

// emit appends a statement that maps to the current .py line.
func (b *body) emit(c jen.Code) { b.emitItem(item{code: c}) }

// emitExit appends a statement that maps to the current .py line and never
// falls through (a block ending in goto or return), so that what follows
// it is dropped as unreachable unless a label makes it reachable.
func (b *body) emitExit(c jen.Code) { b.emitItem(item{code: c, terminal: true}) }

// emitItem appends it, after the //line directive of the current .py line.
func (b *body) emitItem(it item) {
	if b.line > 0 {
		it.dline, it.dcol = b.line, b.col+1
	}
	it.line = b.line
	b.add(it)
}

// Tokens takeAssign looks for: an assignment's operator, and ag_exc.
var (
	assignToken = (*jen.Op("="))[0]
	excToken    = (*jen.Id(excVar))[0]
)

// takeAssign removes and returns the last statement when it is an
// assignment ("x, ag_exc = ..." or "ag_exc = ...") emitted at the current
// .py line that nothing jumps to or between, so that the caller can make it
// the init statement of an if.
func (b *body) takeAssign() jen.Code {
	n := len(b.items)
	if n < 1 || b.line == 0 {
		return nil
	}
	last := b.items[n-1]
	if last.code == nil || last.terminal || len(last.targets) > 0 || last.line != b.line || last.dline == 0 {
		return nil
	}
	s, ok := last.code.(*jen.Statement)
	if !ok || len(*s) < 3 {
		return nil
	}
	if _, list := (*s)[0].(*jen.Group); !list && (*s)[0] != excToken {
		return nil
	}
	for _, t := range (*s)[1:] {
		if t == assignToken {
			b.items = b.items[:n-1]
			return s
		}
	}
	return nil
}

// plumbing appends generated scaffolding that maps to no .py line.
func (b *body) plumbing(c jen.Code) { b.add(item{code: c}) }

// jump appends "goto label".
func (b *body) jump(label string) {
	b.add(item{code: jen.Id("goto " + label), terminal: true, targets: []string{label}})
}

// ret appends a return statement.
func (b *body) ret(values ...jen.Code) {
	b.add(item{code: jen.Return(values...), terminal: true})
}

// gotoIf appends "if cond { goto label }".
func (b *body) gotoIf(cond jen.Code, label string) {
	b.add(item{code: jen.If(cond).Block(jen.Id("goto " + label)), targets: []string{label}})
}

// mark places a label at the current position.
func (b *body) mark(label string) { b.items = append(b.items, item{label: label}) }

// use records that label is targeted by the statement being built.
func (b *body) use(label string) string {
	b.pending = append(b.pending, label)
	return label
}

// liveLabels finds the labels targeted by reachable statements: a label
// makes the code after it reachable only if something reachable jumps to
// it. Code is scanned from the start of the body and from each label that
// becomes live, on through the labels it falls into, up to a statement
// that does not fall through; each item is scanned once, so the cost is
// linear in the size of the body.
func (b *body) liveLabels() map[string]bool {
	at := map[string]int{} // label -> index of its item
	for i, it := range b.items {
		if it.label != "" {
			at[it.label] = i
		}
	}
	used := map[string]bool{}
	scanned := make([]bool, len(b.items)+1) // scans started or passed here
	var work []int
	live := func(label string) {
		if used[label] {
			return
		}
		used[label] = true
		if i, ok := at[label]; ok {
			work = append(work, i)
		}
	}
	for _, r := range b.roots {
		live(r)
	}
	work = append(work, 0)
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
	scan:
		for ; i < len(b.items); i++ {
			it := b.items[i]
			switch {
			case it.label != "":
				if scanned[i] {
					break scan
				}
				scanned[i] = true
			default:
				for _, t := range it.targets {
					live(t)
				}
				if it.terminal {
					break scan
				}
			}
		}
	}
	return used
}

// plumbingFile is the pseudo-file that generated scaffolding maps to, as
// goyacc maps its tables to "yacctab": a //line directive stays in effect
// until the next one, so without it a Go stack trace, the debugger or a vet
// report would blame the last user statement for the plumbing that follows
// it (state saves, gotos, returns, the code after a function).
const plumbingFile = "<asyncgen>"

// plumbingDirective precedes every run of scaffolding; finishLines
// later replaces its line number.
const plumbingDirective = "//line " + plumbingFile + ":1"

// finishLines completes the //line directives of a rendered, gofmt'd Go
// file. A directive names the line of the Go line that follows it, and
// the lines after that count on from there, so:
//   - a statement that spans several Go lines (an if block routing an
//     exception) would map its later lines to the .py lines after its
//     own: each Go statement inside it gets a copy of the statement's
//     directive (lines inside an expression keep counting on, so that
//     comments never split the alignment of a composite literal);
//   - each plumbing directive is numbered with the Go line that follows
//     it, so that scaffolding shows as "<asyncgen>:N" for line N of the
//     generated file in traces, vet reports and coverage;
//   - a .py directive that follows another one of the same file takes
//     the short form "//line :L:C", which keeps the file name.
//
// The result is gofmt-stable: go/printer keeps //line comments at column
// 1 wherever they are.
func finishLines(src []byte) []byte {
	starts := stmtLines(src)
	var out bytes.Buffer
	out.Grow(len(src) + len(src)/8)
	line := 0       // lines written to out
	file := ""      // the file name in effect ("": the Go file itself)
	var user []byte // the short form of the .py directive in effect
	after := false  // the previous line written is a directive
	for n, rest := 1, src; len(rest) > 0; n++ {
		l := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = nil
		}
		text := bytes.TrimRight(l, "\n")
		d, isDirective := parseDirective(string(text))
		switch {
		case isDirective && d.file == plumbingFile:
			fmt.Fprintf(&out, "//line %s:%d", plumbingFile, line+2)
			out.Write(l[len(text):])
			file, user, after = plumbingFile, nil, true
		case isDirective:
			short := fmt.Appendf(nil, "//line :%d:%d", d.line, d.col)
			if d.file == file || d.file == "" {
				out.Write(short)
				out.Write(l[len(text):])
			} else {
				out.Write(l)
				file = d.file
			}
			user, after = short, true
		default:
			if user != nil && !after && starts[n] {
				out.Write(user)
				out.WriteByte('\n')
				line++
			}
			out.Write(l)
			after = false
		}
		line++
	}
	return out.Bytes()
}

// stmtLines returns the lines of src where a Go statement starts (none
// when src does not parse).
func stmtLines(src []byte) map[int]bool {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	lines := map[int]bool{}
	goast.Inspect(f, func(n goast.Node) bool {
		if s, ok := n.(goast.Stmt); ok {
			if _, block := s.(*goast.BlockStmt); !block {
				lines[fset.PositionFor(s.Pos(), false).Line] = true
			}
		}
		return true
	})
	return lines
}

// lineDirective returns "//line file:line:col".
func lineDirective(file string, line, col int) string {
	b := make([]byte, 0, len("//line ")+len(file)+12)
	b = append(append(b, "//line "...), file...)
	b = strconv.AppendInt(append(b, ':'), int64(line), 10)
	b = strconv.AppendInt(append(b, ':'), int64(col), 10)
	return string(b)
}

// render returns the statements, without unused labels or unreachable code.
// Each statement of the user's code follows the //line directive of its .py
// position; each run of scaffolding follows plumbingDirective. A body may
// be rendered inside a user statement (a closure's), so it starts
// assuming a user line is in effect. A .py directive takes the short form
// "//line :L:C", which keeps the file name of the directive before it,
// when that directive is one of this body's .py directives.
func (b *body) render() []jen.Code {
	renderCount.Add(1)
	used := b.liveLabels()
	var out []jen.Code
	dead := false
	userLine := true // a .py line's directive is in effect
	short := false   // the last directive so far is one of this body's .py directives
	for _, it := range b.items {
		switch {
		case it.label != "":
			if !used[it.label] {
				continue
			}
			dead = false
			out = append(out, jen.Line().Id(it.label).Op(":"))
		case dead:
			continue
		default:
			switch {
			case it.dline > 0 && short:
				out = append(out, jen.Comment(lineDirective("", it.dline, it.dcol)))
				userLine = true
			case it.dline > 0:
				out = append(out, jen.Comment(lineDirective(b.file, it.dline, it.dcol)))
				userLine, short = true, true
			case userLine:
				out = append(out, jen.Comment(plumbingDirective))
				userLine, short = false, false
			}
			short = short && !it.nested
			out = append(out, it.code)
			dead = it.terminal
		}
	}
	return out
}
