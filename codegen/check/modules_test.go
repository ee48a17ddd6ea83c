package check_test

import (
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar"
)

// TestImportDiagnostics checks which imports the checker rejects: modules
// the runtime lacks, unless a try around the import catches ImportError.
func TestImportDiagnostics(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want string // the first diagnostic's prefix, "" for none
	}{
		{"import socket\n", "1:1: error: not supported by asyncgen: module 'socket' (the runtime provides abc, asyncio,"},
		{"from socket import socket\n", "1:1: error: not supported by asyncgen: module 'socket'"},
		{"import os.path, concurrent.futures\nfrom collections import deque\n", ""},
		{"import json.decoder\n", "1:1: error: not supported by asyncgen: module 'json.decoder'"},
		{"try:\n    import uvloop, subprocess\nexcept ImportError:\n    pass\n", ""},
		{"try:\n    import subprocess\nexcept (ValueError, ModuleNotFoundError):\n    pass\n", ""},
		{"try:\n    import subprocess\nexcept ValueError:\n    pass\n", "2:5: error: not supported by asyncgen: module 'subprocess'"},
		{"from __future__ import annotations, generator_stop\n", ""},
		{"from __future__ import spaceships\n", "1:1: SyntaxError: future feature spaceships is not defined"},
		{"from __future__ import braces\n", "1:1: SyntaxError: not a chance"},
	} {
		mod, err := grammar.ParseFile("t.py", []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		info := check.Check(mod)
		got := ""
		if len(info.Diags) > 0 {
			got = info.Diags[0].String()
		}
		if tc.want == "" && got != "" || !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: got %q, want %q...", tc.src, got, tc.want)
		}
	}
}
