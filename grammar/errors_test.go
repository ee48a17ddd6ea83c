package grammar

import (
	"encoding/json"
	"errors"
	"os/exec"
	"strings"
	"testing"
)

// errorCases are invalid programs; the expected kind, message and line come
// from running python3 on each of them.
var errorCases = []string{
	"if x\n    pass\n",
	"x = (1,\n",
	"if x:\n  a\n b\n",
	"if x:\n\tb\n        c\n",
	"x = \"abc\n",
	"x = '''abc\n\n",
	"x = 1_\n",
	"x = 09\n",
	"x = 0b2\n",
	"x = $\n",
	"x = 1 \\ 2\n",
	"def f(:\n    pass\n",
	"f() = 1\n",
	"del f()\n",
	"for x in range(3):\npass\n",
	"  x = 1\n",
	"x = )\n",
	"x = (]\n",
	"f\"{}\"\n",
	"f\"{x!z}\"\n",
	"f\"}\"\n",
	"f\"{x\"\n",
	"b'\u00e9'\n",
	"'a' b'b'\n",
	"try:\n    pass\n",
	"print 'x'\n",
	"def f(a=1, b):\n    pass\n",
	"f(a=1, b)\n",
	"from x import a,\n",
	"x = \u00a0\n",
	"x = 1 if y\n",
	"class A\n    pass\n",
	"while x\n    pass\n",
	"(" + strings.Repeat("(", 250) + strings.Repeat(")", 251) + "\n",
}

type pyError struct {
	Kind string `json:"kind"`
	Msg  string `json:"msg"`
	Line int    `json:"line"`
}

func TestSyntaxErrorsMatchCPython(t *testing.T) {
	python, _ := findPython(t)
	in, _ := json.Marshal(errorCases)
	cmd := exec.Command(python, "-c", `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        ast.parse(src)
        out.append(None)
    except SyntaxError as e:
        out.append({"kind": type(e).__name__, "msg": e.msg, "line": e.lineno})
json.dump(out, sys.stdout)
`)
	cmd.Stdin = strings.NewReader(string(in))
	data, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var want []*pyError
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	for i, src := range errorCases {
		_, err := ParseFile("t.py", []byte(src))
		if want[i] == nil {
			t.Errorf("%q: CPython accepts it; test case is wrong", src)
			continue
		}
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: got %v, want %s: %s", src, err, want[i].Kind, want[i].Msg)
			continue
		}
		if se.Kind != want[i].Kind || se.Msg != want[i].Msg || se.Line != want[i].Line {
			t.Errorf("%q:\n got %s: %s (line %d)\nwant %s: %s (line %d)", src, se.Kind, se.Msg, se.Line, want[i].Kind, want[i].Msg, want[i].Line)
		}
	}
}

// TestDeepNesting checks that pathological nesting is an error, never a
// stack overflow.
func TestDeepNesting(t *testing.T) {
	tests := []struct{ name, src, msg string }{
		{"parens", strings.Repeat("(", 20000) + "1" + strings.Repeat(")", 20000), "too many nested parentheses"},
		{"unary", strings.Repeat("-", 20000) + "1", "too many nested parentheses"},
		{"not", strings.Repeat("not ", 20000) + "x", "too many nested parentheses"},
		{"power", "x" + strings.Repeat("**x", 20000), "too many nested parentheses"},
		{"lambda", strings.Repeat("lambda: ", 20000) + "1", "too many nested parentheses"},
		{"ifexp", strings.Repeat("a if b else ", 20000) + "c", "too many nested parentheses"},
		{"fstring", strings.Repeat("f'{", 30) + "x" + strings.Repeat("}'", 30), "f-string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFile("deep.py", []byte(tt.src+"\n"))
			var se *SyntaxError
			if !errors.As(err, &se) || !strings.Contains(se.Msg, tt.msg) {
				t.Fatalf("got %v, want a SyntaxError containing %q", err, tt.msg)
			}
		})
	}
}
