package pymod

import "github.com/asyncgen/asyncgen/runtime/py"

// ABC is the abc module: the ABC base class and the abstractmethod
// decorator (a class deriving from ABC cannot be instantiated while an
// abstract method is left undefined). ABCMeta is absent: metaclasses are
// outside asyncgen's subset.
var ABC = &py.Module{Name: "abc", Attrs: map[string]py.Object{}}

// initABC fills the module in on its first import (see Import).
func initABC() {
	ABC.Attrs["ABC"] = py.ABCClass
	ABC.Attrs["abstractmethod"] = fn("abc", "abstractmethod", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("abstractmethod", args, kw, 1, 1); e != nil {
			return nil, e
		}
		if e := py.SetAttr(args[0], "__isabstractmethod__", true); e != nil {
			return nil, e
		}
		return args[0], nil
	})
}
