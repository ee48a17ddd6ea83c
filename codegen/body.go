package codegen

import (
	"bytes"
	"fmt"

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
	file  string // the .py file named by //line directives
	line  int    // the .py line of the statement being compiled
	col   int
}

type item struct {
	label     string   // a label, when not empty
	code      jen.Code // a statement, when label is empty
	terminal  bool     // code never falls through (goto, return)
	directive string   // a //line directive, when not empty
	targets   []string // labels the statement may jump to
}

func newBody(file string) *body { return &body{file: file} }

// add appends a statement, claiming the pending jump targets.
func (b *body) add(it item) {
	it.targets = append(it.targets, b.pending...)
	b.pending = nil
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

// emitItem appends it after the //line directive of the current .py line.
func (b *body) emitItem(it item) {
	if b.line > 0 {
		b.items = append(b.items, item{directive: fmt.Sprintf("//line %s:%d:%d", b.file, b.line, b.col+1)})
	}
	b.add(it)
}

// plumbing appends generated scaffolding that maps to no .py line.
func (b *body) plumbing(c jen.Code) { b.add(item{code: c}) }

// jump appends "goto label".
func (b *body) jump(label string) {
	b.add(item{code: jen.Goto().Id(label), terminal: true, targets: []string{label}})
}

// ret appends a return statement.
func (b *body) ret(values ...jen.Code) {
	b.add(item{code: jen.Return(values...), terminal: true})
}

// gotoIf appends "if cond { goto label }".
func (b *body) gotoIf(cond jen.Code, label string) {
	b.add(item{code: jen.If(cond).Block(jen.Goto().Id(label)), targets: []string{label}})
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
// it, so this iterates to a fixed point.
func (b *body) liveLabels() map[string]bool {
	used := map[string]bool{}
	for {
		next := map[string]bool{}
		for _, r := range b.roots {
			next[r] = true
		}
		dead := false
		for _, it := range b.items {
			switch {
			case it.label != "":
				if used[it.label] {
					dead = false
				}
			case dead || it.directive != "":
			default:
				for _, t := range it.targets {
					next[t] = true
				}
				dead = it.terminal
			}
		}
		if len(next) == len(used) {
			return next
		}
		used = next
	}
}

// plumbingFile is the pseudo-file that generated scaffolding maps to, as
// goyacc maps its tables to "yacctab": a //line directive stays in effect
// until the next one, so without it a Go stack trace, the debugger or a vet
// report would blame the last user statement for the plumbing that follows
// it (state saves, gotos, returns, the code after a function).
const plumbingFile = "<asyncgen>"

// plumbingDirective precedes every run of scaffolding. numberPlumbing
// later replaces its line number with the Go line that follows it.
const plumbingDirective = "//line " + plumbingFile + ":1"

// numberPlumbing rewrites every plumbing directive of a rendered,
// gofmt'd Go file so that the line it names is the Go line that follows
// it: a stack trace, a vet report or a coverage profile then says
// "<asyncgen>:N" for line N of the generated .go file, instead of the
// same "<asyncgen>:1" for all scaffolding. The number of lines does not
// change, so the result stays gofmt-stable.
func numberPlumbing(src []byte) []byte {
	lines := bytes.SplitAfter(src, []byte("\n"))
	var out bytes.Buffer
	out.Grow(len(src) + len(src)/50)
	for i, l := range lines {
		if text, nl := bytes.CutSuffix(l, []byte("\n")); string(text) == plumbingDirective {
			fmt.Fprintf(&out, "//line %s:%d", plumbingFile, i+2)
			if nl {
				out.WriteByte('\n')
			}
			continue
		}
		out.Write(l)
	}
	return out.Bytes()
}

// render returns the statements, without unused labels or unreachable code.
// Each statement of the user's code follows the //line directive of its .py
// position; each run of scaffolding follows plumbingDirective. A body may
// be rendered inside a user statement (a closure's), so it starts
// assuming a user line is in effect.
func (b *body) render() []jen.Code {
	used := b.liveLabels()
	var out []jen.Code
	dead := false
	var pendingDirective string
	userLine := true // a .py line's directive is in effect
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
		case it.directive != "":
			pendingDirective = it.directive
		default:
			switch {
			case pendingDirective != "":
				out = append(out, jen.Comment(pendingDirective))
				pendingDirective = ""
				userLine = true
			case userLine:
				out = append(out, jen.Comment(plumbingDirective))
				userLine = false
			}
			out = append(out, it.code)
			dead = it.terminal
		}
	}
	return out
}
