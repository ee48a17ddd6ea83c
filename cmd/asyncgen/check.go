package main

import (
	"encoding/json"
	"fmt"
	"io"
)

const checkUsage = "check [-json] FILE.py..."

var checkCommand = command{
	usage: checkUsage,
	short: "report a script's errors and warnings without building it",
	run:   runCheck,
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("check", checkUsage, stderr,
		"Compiles each FILE.py and reports its diagnostics: file:line:col: Kind: message,",
		"the source line and a caret, on stderr; with -json, a JSON array on stdout of",
		`{"file", "line", "col", "severity", "kind", "message"} objects. Exit status 1`,
		"when a file has errors.")
	asJSON := fl.Bool("json", false, "print the diagnostics as JSON on stdout")
	if stop, code := parseFlags(fl, args); stop {
		return code
	}
	if fl.NArg() == 0 {
		return usageError(fl, stderr, "missing FILE.py")
	}
	all := []diagnostic{}
	code := 0
	for _, file := range fl.Args() {
		res, err := compile(file, file, "main")
		if err != nil {
			fmt.Fprintf(stderr, "asyncgen check: %v\n", err)
			code = 1
			continue
		}
		if res.hasErrors() {
			code = 1
		}
		if *asJSON {
			all = append(all, res.Diags...)
			continue
		}
		for _, d := range res.Diags {
			d.print(stderr)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(all); err != nil {
			fmt.Fprintf(stderr, "asyncgen check: %v\n", err)
			return 1
		}
	}
	return code
}
