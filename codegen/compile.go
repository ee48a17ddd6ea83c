package codegen

import (
	"errors"
	"fmt"

	"github.com/asyncgen/asyncgen/codegen/check"
	"github.com/asyncgen/asyncgen/grammar"
)

// Result is the outcome of compiling one .py file.
type Result struct {
	// Go is the generated source; nil when there are errors.
	Go []byte
	// Diags lists errors and warnings with their .py positions.
	Diags []check.Diagnostic
}

// Compile parses, checks and generates Go for one Python source file.
// Errors in the input come back as diagnostics; err is reserved for
// internal failures.
func Compile(src []byte, opts Options) (*Result, error) {
	mod, err := grammar.ParseFile(opts.File, src)
	if err != nil {
		return nil, err
	}
	info := check.Check(mod)
	res := &Result{Diags: append(info.Diags, lint(mod)...)}
	if info.HasErrors() {
		return res, nil
	}
	opts.Source = src
	out, err := Generate(mod, info, opts)
	if err != nil {
		var ce *Error
		if errors.As(err, &ce) {
			res.Diags = append(res.Diags, check.Diagnostic{Pos: ce.Pos, Severity: check.Error, Kind: "error", Msg: ce.Msg})
			return res, nil
		}
		return nil, fmt.Errorf("compiling %s: %w", opts.File, err)
	}
	res.Go = out
	return res, nil
}
