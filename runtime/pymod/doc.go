// Package pymod implements the Python standard-library modules asyncgen
// programs import, as *py.Module values: time, random (CPython's Mersenne
// Twister through runtime/pyrandom), sys, math and concurrent (whose
// futures attribute is runtime/futures' concurrent.futures).
//
// Generated code obtains a module with Import("random") once per import
// statement and then uses py.GetAttr / py.CallMethod on it, or calls the
// exported Go functions directly when the callee is known statically.
package pymod

import (
	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Import returns the module named name, or ModuleNotFoundError.
func Import(name string) (*py.Module, *py.Exc) {
	switch name {
	case "time":
		return Time, nil
	case "random":
		return Random, nil
	case "sys":
		return Sys, nil
	case "math":
		return Math, nil
	case "types":
		return Types, nil
	case "dataclasses":
		return Dataclasses, nil
	case "abc":
		return ABC, nil
	case "concurrent":
		return futures.Package, nil
	case "heapq":
		return Heapq, nil
	case "bisect":
		return Bisect, nil
	case "collections":
		return Collections, nil
	case "typing":
		return Typing, nil
	case "functools":
		return Functools, nil
	case "itertools":
		return Itertools, nil
	case "os":
		return OS, nil
	case "enum":
		return Enum, nil
	case "json":
		return JSON, nil
	}
	e := py.NewExc(py.ModuleNotFoundError, "No module named "+py.ReprString(name))
	return nil, e
}

// fn wraps a Go function as a builtin of module mod.
func fn(mod, name string, f func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc)) *py.Function {
	b := py.NewBuiltin(name, f)
	b.Module = mod
	return b
}

// argN checks that a function got between lo and hi positional arguments
// and no keywords.
func argN(name string, args []py.Object, kw []py.Kwarg, lo, hi int) *py.Exc {
	if len(kw) > 0 {
		return py.Errorf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) < lo || len(args) > hi {
		switch {
		case lo == hi && lo == 0:
			return py.Errorf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
		case lo == hi && lo == 1:
			return py.Errorf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		case lo == hi:
			return py.Errorf(py.TypeError, "%s expected %d arguments, got %d", name, lo, len(args))
		case len(args) < lo:
			return py.Errorf(py.TypeError, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), len(args))
		}
		return py.Errorf(py.TypeError, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), len(args))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
