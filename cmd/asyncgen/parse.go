package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/asyncgen/asyncgen/grammar"
	"github.com/asyncgen/asyncgen/grammar/ast"
)

const parseUsage = "parse [--parser=handwritten|participle] [--dump [--positions]] FILE.py"

var parseCommand = command{
	usage: parseUsage,
	short: "parse a Python file; print its syntax tree as CPython's ast.dump does",
	run:   runParse,
}

// parsers are the parsers --parser selects.
var parsers = map[string]func(string, []byte) (*ast.Module, error){
	"handwritten": grammar.ParseFile,
	"participle":  grammar.ParseFileParticiple,
}

func runParse(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dump := fs.Bool("dump", false, "print the tree as ast.dump(tree)")
	positions := fs.Bool("positions", false, "with --dump, include positions, as ast.dump(tree, include_attributes=True)")
	parserName := fs.String("parser", "handwritten", "the parser: handwritten (the default) or participle (the participle grammar)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: asyncgen %s\n", parseUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	parse, ok := parsers[*parserName]
	if !ok {
		fmt.Fprintf(stderr, "asyncgen parse: unknown parser %q (want handwritten or participle)\n", *parserName)
		return 2
	}
	if *positions && !*dump {
		fmt.Fprintln(stderr, "asyncgen parse: --positions needs --dump")
		return 2
	}
	name := fs.Arg(0)
	src, err := os.ReadFile(name)
	if err != nil {
		fmt.Fprintf(stderr, "asyncgen parse: %v\n", err)
		return 1
	}
	mod, err := parse(name, src)
	if err != nil {
		var se *grammar.SyntaxError
		if errors.As(err, &se) {
			fmt.Fprint(stderr, se.Render())
		} else {
			fmt.Fprintln(stderr, err)
		}
		return 1
	}
	if *dump {
		if *positions {
			fmt.Fprintln(stdout, ast.DumpWithPositions(mod))
		} else {
			fmt.Fprintln(stdout, ast.Dump(mod))
		}
	}
	return 0
}
