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
	"sync"

	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// modules maps each importable name to its module and the functions that
// fill the module in, run once on its first import: a program pays for the
// modules it imports only.
var modules = map[string]*lazyModule{
	"time":        {mod: Time, init: []func(){initTime}},
	"random":      {mod: Random, init: []func(){initRandom}},
	"sys":         {mod: Sys, init: []func(){initSys}},
	"math":        {mod: Math, init: []func(){initMath}},
	"types":       {mod: Types},
	"dataclasses": {mod: Dataclasses, init: []func(){initDataclasses}},
	"abc":         {mod: ABC, init: []func(){initABC}},
	"concurrent":  {mod: futures.Package},
	"heapq":       {mod: Heapq, init: []func(){initHeapq}},
	"bisect":      {mod: Bisect, init: []func(){initBisect}},
	"collections": {mod: Collections, init: []func(){initCollections, initDeque}},
	"typing":      {mod: Typing, init: []func(){initTyping}},
	"functools":   {mod: Functools, init: []func(){initFunctools}},
	"itertools":   {mod: Itertools, init: []func(){initItertools}},
	"os":          {mod: OS, init: []func(){initOS}},
	"enum":        {mod: Enum, init: []func(){initEnum}},
	"json":        {mod: JSON, init: []func(){initJSON}},
	"contextlib":  {mod: Contextlib, init: []func(){initContextlib}},
	"operator":    {mod: Operator, init: []func(){initOperator}},
	"statistics":  {mod: Statistics, init: []func(){initStatistics}},
}

// lazyModule is a module whose attributes are set on first import.
type lazyModule struct {
	mod  *py.Module
	init []func()
	once sync.Once
}

// Import returns the module named name, or ModuleNotFoundError.
func Import(name string) (*py.Module, *py.Exc) {
	m, ok := modules[name]
	if !ok {
		return nil, py.NewExc(py.ModuleNotFoundError, "No module named "+py.ReprString(name))
	}
	m.once.Do(func() {
		for _, f := range m.init {
			f()
		}
	})
	return m.mod, nil
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
