package grammar

import (
	"testing"

	"github.com/alecthomas/participle/v2"
)

// importStmt is a participle grammar for import statements, driven by the
// Python scanner through LexerDefinition.
type importStmt struct {
	Names []*dotted `parser:"\"import\" @@ (\",\" @@)* NEWLINE"`
}

type dotted struct {
	Parts []string `parser:"@NAME (\".\" @NAME)*"`
	As    string   `parser:"(\"as\" @NAME)?"`
}

func TestLexerDefinitionDrivesParticiple(t *testing.T) {
	p, err := participle.Build[importStmt](participle.Lexer(LexerDefinition{}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		src   string
		parts [][]string
		as    []string
	}{
		{"import os\n", [][]string{{"os"}}, []string{""}},
		{"import a.b as c, \\\n  d\n", [][]string{{"a", "b"}, {"d"}}, []string{"c", ""}},
	}
	for _, tt := range tests {
		got, err := p.ParseString("x.py", tt.src)
		if err != nil {
			t.Fatalf("%q: %v", tt.src, err)
		}
		if len(got.Names) != len(tt.parts) {
			t.Fatalf("%q: got %d names, want %d", tt.src, len(got.Names), len(tt.parts))
		}
		for i, n := range got.Names {
			if len(n.Parts) != len(tt.parts[i]) || n.As != tt.as[i] {
				t.Errorf("%q: name %d = %v as %q, want %v as %q", tt.src, i, n.Parts, n.As, tt.parts[i], tt.as[i])
			}
			for j := range n.Parts {
				if n.Parts[j] != tt.parts[i][j] {
					t.Errorf("%q: name %d = %v, want %v", tt.src, i, n.Parts, tt.parts[i])
				}
			}
		}
	}
	if _, err := p.ParseString("x.py", "import (\n"); err == nil {
		t.Error("unclosed bracket: want an error")
	}
}
