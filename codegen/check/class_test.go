package check_test

import (
	"testing"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar"
)

// scopeNamed finds the scope with the given qualified name.
func scopeNamed(t *testing.T, info *check.Info, qual string) *check.Scope {
	t.Helper()
	var found *check.Scope
	var walk func(s *check.Scope)
	walk = func(s *check.Scope) {
		if s.QualName == qual && s.Kind != check.ModuleScope {
			found = s
		}
		for _, c := range s.Children {
			walk(c)
		}
	}
	walk(info.Module)
	if found == nil {
		t.Fatalf("no scope %s", qual)
	}
	return found
}

// TestClassScopes checks how names of class bodies and their methods
// resolve: super() captures the class body's __class__ cell, and a
// method reaches past a class attribute to the enclosing function's
// variable of the same name.
func TestClassScopes(t *testing.T) {
	const src = `def outer():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
        def s(self):
            return super().s()
        def deep(self):
            def inner():
                return super()
            return inner
        def plain(self):
            return self
    return C

def not_method(a):
    return super()
`
	mod, err := grammar.ParseFile("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	info := check.Check(mod)
	if len(info.Diags) > 0 {
		t.Fatalf("unexpected diagnostics: %v", info.Diags)
	}
	outer := scopeNamed(t, info, "outer")
	class := scopeNamed(t, info, "outer.<locals>.C")
	for _, tc := range []struct {
		scope string
		name  string
		kind  check.SymbolKind
		owner *check.Scope
	}{
		{"outer", "x", check.Cell, nil},
		{"outer.<locals>.C", "x", check.Local, nil},
		{"outer.<locals>.C", check.ClassCell, check.Cell, nil},
		{"outer.<locals>.C.m", "x", check.Free, outer},
		{"outer.<locals>.C.s", check.ClassCell, check.Free, class},
		{"outer.<locals>.C.deep", check.ClassCell, check.Free, class},
		{"outer.<locals>.C.deep.<locals>.inner", check.ClassCell, check.Free, class},
		{"not_method", check.ClassCell, check.Global, nil},
	} {
		sym := scopeNamed(t, info, tc.scope).Lookup(tc.name)
		if sym == nil {
			t.Errorf("%s: no symbol %s", tc.scope, tc.name)
			continue
		}
		if sym.Kind != tc.kind || (tc.owner != nil && sym.Owner != tc.owner) {
			t.Errorf("%s: %s is %s (owner %v), want %s (owner %v)", tc.scope, tc.name, sym.Kind, ownerName(sym.Owner), tc.kind, ownerName(tc.owner))
		}
	}
	if sym := scopeNamed(t, info, "outer.<locals>.C.plain").Lookup(check.ClassCell); sym != nil {
		t.Errorf("plain captures %s although it never mentions super", check.ClassCell)
	}
}

func ownerName(s *check.Scope) string {
	if s == nil {
		return "-"
	}
	return s.QualName
}

// TestClassDiagnostics checks the compile errors of class statements.
func TestClassDiagnostics(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want string
	}{
		{"class A(object, metaclass=type):\n    pass\n", "1:17: error: not supported by asyncgen: metaclasses"},
		{"class A(int, str):\n    pass\n", "1:1: error: not supported by asyncgen: multiple inheritance (class A has several bases)"},
		{"class A:\n    await f()\n", "2:5: SyntaxError: 'await' outside function"},
		{"class A:\n    return 1\n", "2:5: SyntaxError: 'return' outside function"},
		{"class A:\n    yield 1\n", "2:5: SyntaxError: 'yield' outside function"},
	} {
		mod, err := grammar.ParseFile("t.py", []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		info := check.Check(mod)
		if len(info.Diags) == 0 {
			t.Errorf("%q: no diagnostic, want %s", tc.src, tc.want)
			continue
		}
		if got := info.Diags[0].String(); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.src, got, tc.want)
		}
	}
}
