package py

// pyfunc builds a Python-level function with a bound signature whose body
// is fn (exceptions travel as raised panics inside test bodies).
func pyfunc(name string, sig *Signature, fn func(a []Object) Object) *Function {
	return NewFunction(name, name, sig, func(args []Object, kw []Kwarg) (Object, *Exc) {
		var out Object
		var exc *Exc
		func() {
			defer func() {
				if r := recover(); r != nil {
					rz, ok := r.(raised)
					if !ok {
						panic(r)
					}
					exc = rz.e
				}
			}()
			out = fn(args)
		}()
		if out == nil && exc == nil {
			out = None
		}
		return out, exc
	})
}

func def(cls *Class, name string, params []string, fn func(a []Object) Object) {
	f := pyfunc(name, &Signature{Params: params}, fn)
	f.QualName = cls.Name + "." + name
	cls.SetMethod(name, f)
}

// pointClass is the Point class used by several cases.
func pointClass() *Class {
	P := NewClass("Point", "__main__", ObjectClass)
	def(P, "__init__", []string{"self", "x", "y"}, func(a []Object) Object {
		chk(SetAttr(a[0], "x", a[1]))
		chk(SetAttr(a[0], "y", a[2]))
		return nil
	})
	def(P, "__repr__", []string{"self"}, func(a []Object) Object {
		return "Point(" + fv(getattr(a[0], "x"), 0, "") + ", " + fv(getattr(a[0], "y"), 0, "") + ")"
	})
	def(P, "__eq__", []string{"self", "o"}, func(a []Object) Object {
		if !b("isinstance", a[1], P).(bool) {
			return NotImplemented
		}
		return mb(Eq(T(getattr(a[0], "x"), getattr(a[0], "y")), T(getattr(a[1], "x"), getattr(a[1], "y"))))
	})
	def(P, "__hash__", []string{"self"}, func(a []Object) Object {
		return b("hash", T(getattr(a[0], "x"), getattr(a[0], "y")))
	})
	def(P, "__lt__", []string{"self", "o"}, func(a []Object) Object {
		return mb(Lt(T(getattr(a[0], "x"), getattr(a[0], "y")), T(getattr(a[1], "x"), getattr(a[1], "y"))))
	})
	def(P, "__add__", []string{"self", "o"}, func(a []Object) Object {
		return m(Call(P, []Object{m(Add(getattr(a[0], "x"), getattr(a[1], "x"))), m(Add(getattr(a[0], "y"), getattr(a[1], "y")))}, nil))
	})
	return P
}

var classCases = []tc{
	{"class_point_dunders", `class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, o):
        if not isinstance(o, Point):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
p, q = Point(1, 2), Point(3, 4)
print(p, [p, q], p + q, p == Point(1, 2), p != q, p == 5, p < q, q > p, sorted([q, p]), {p: 1}[Point(1, 2)], str(p), len({p, Point(1, 2)}))`, func() {
		P := pointClass()
		p, q := m(Call(P, []Object{1, 2}, nil)), m(Call(P, []Object{3, 4}, nil))
		pr(p, L(p, q), m(Add(p, q)), mb(Eq(p, m(Call(P, []Object{1, 2}, nil)))), mb(Ne(p, q)), mb(Eq(p, 5)), mb(Lt(p, q)), mb(Gt(q, p)), b("sorted", L(q, p)), m(GetItem(D(p, 1), m(Call(P, []Object{1, 2}, nil)))), b("str", p), b("len", S(p, m(Call(P, []Object{1, 2}, nil)))))
	}},
	{"class_default_repr_and_eq", `class A: pass
a = A(); print(repr(a).startswith("<__main__.A object at 0x"), a == a, a == A(), A.__name__, type(a) is A, isinstance(a, object), A)`, func() {
		A := NewClass("A", "__main__", ObjectClass)
		a := m(Call(A, nil, nil))
		pr(cm(b("repr", a), "startswith", "<__main__.A object at 0x"), mb(Eq(a, a)), mb(Eq(a, m(Call(A, nil, nil)))), getattr(A, "__name__"), Is(b("type", a), A), b("isinstance", a, ObjectClass), A)
	}},
	{"class_unsupported_operand", `class A: pass
A() + 1`, func() { m(Add(m(Call(NewClass("A", "__main__", ObjectClass), nil, nil)), 1)) }},
	{"class_unorderable", `class A: pass
A() < A()`, func() {
		A := NewClass("A", "__main__", ObjectClass)
		mb(Lt(m(Call(A, nil, nil)), m(Call(A, nil, nil))))
	}},
	{"class_eq_without_hash_unhashable", `class A:
    def __eq__(self, o): return True
{A()}`, func() {
		A := NewClass("A", "__main__", ObjectClass)
		def(A, "__eq__", []string{"self", "o"}, func(a []Object) Object { return true })
		S(m(Call(A, nil, nil)))
	}},
	{"class_container_protocol", `class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __bool__(self):
        return bool(self.items)
b = Bag(3, 1, 2); b[0] = 9; print(len(b), b[0], b[-1], 1 in b, 5 in b, list(b), sorted(b), bool(b), bool(Bag()), sum(b), max(b))`, func() {
		Bag := NewClass("Bag", "__main__", ObjectClass)
		initFn := pyfunc("__init__", &Signature{Params: []string{"self"}, VarArgs: true}, func(a []Object) Object {
			chk(SetAttr(a[0], "items", b("list", a[1])))
			return nil
		})
		Bag.SetMethod("__init__", initFn)
		items := func(s Object) Object { return getattr(s, "items") }
		def(Bag, "__len__", []string{"self"}, func(a []Object) Object { return b("len", items(a[0])) })
		def(Bag, "__getitem__", []string{"self", "i"}, func(a []Object) Object { return m(GetItem(items(a[0]), a[1])) })
		def(Bag, "__setitem__", []string{"self", "i", "v"}, func(a []Object) Object { chk(SetItem(items(a[0]), a[1], a[2])); return nil })
		def(Bag, "__contains__", []string{"self", "x"}, func(a []Object) Object { return mb(In(a[1], items(a[0]))) })
		def(Bag, "__iter__", []string{"self"}, func(a []Object) Object { return b("iter", items(a[0])) })
		def(Bag, "__bool__", []string{"self"}, func(a []Object) Object { return b("bool", items(a[0])) })
		bg := m(Call(Bag, []Object{3, 1, 2}, nil))
		chk(SetItem(bg, 0, 9))
		pr(b("len", bg), m(GetItem(bg, 0)), m(GetItem(bg, -1)), mb(In(1, bg)), mb(In(5, bg)), b("list", bg), b("sorted", bg), b("bool", bg), b("bool", m(Call(Bag, nil, nil))), b("sum", bg), b("max", bg))
	}},
	{"class_iterator_protocol", `class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), [x * 2 for x in Count(2)], next(Count(5)))`, func() {
		C := NewClass("Count", "__main__", ObjectClass)
		def(C, "__init__", []string{"self", "n"}, func(a []Object) Object {
			chk(SetAttr(a[0], "i", 0))
			chk(SetAttr(a[0], "n", a[1]))
			return nil
		})
		def(C, "__iter__", []string{"self"}, func(a []Object) Object { return a[0] })
		def(C, "__next__", []string{"self"}, func(a []Object) Object {
			if mb(Ge(getattr(a[0], "i"), getattr(a[0], "n"))) {
				panic(raised{NewExc(StopIteration)})
			}
			chk(SetAttr(a[0], "i", m(Add(getattr(a[0], "i"), 1))))
			return getattr(a[0], "i")
		})
		var doubled []Object
		for _, x := range b("list", m(Call(C, []Object{2}, nil))).(*List).Items {
			doubled = append(doubled, m(Mul(x, 2)))
		}
		pr(b("list", m(Call(C, []Object{3}, nil))), L(doubled...), b("next", m(Call(C, []Object{5}, nil))))
	}},
	{"class_str_vs_repr", `class V:
    def __str__(self): return "str-V"
    def __repr__(self): return "repr-V"
v = V(); print(v, str(v), repr(v), [v], f"{v}", f"{v!r}", "%s %r" % (v, v), "{}".format(v))`, func() {
		V := NewClass("V", "__main__", ObjectClass)
		def(V, "__str__", []string{"self"}, func(a []Object) Object { return "str-V" })
		def(V, "__repr__", []string{"self"}, func(a []Object) Object { return "repr-V" })
		v := m(Call(V, nil, nil))
		pr(v, b("str", v), b("repr", v), L(v), fv(v, 0, ""), fv(v, 'r', ""), pct("%s %r", T(v, v)), cm("{}", "format", v))
	}},
	{"class_repr_returns_non_str", `class V:
    def __repr__(self): return 5
repr(V())`, func() {
		V := NewClass("V", "__main__", ObjectClass)
		def(V, "__repr__", []string{"self"}, func(a []Object) Object { return 5 })
		b("repr", m(Call(V, nil, nil)))
	}},
	{"class_format_dunder", `class M:
    def __format__(self, spec): return "M<" + spec + ">"
print(f"{M():xyz}", format(M(), ""), "{:abc}".format(M()))`, func() {
		M := NewClass("M", "__main__", ObjectClass)
		def(M, "__format__", []string{"self", "spec"}, func(a []Object) Object { return m(Add(m(Add("M<", a[1])), ">")) })
		pr(fv(m(Call(M, nil, nil)), 0, "xyz"), b("format", m(Call(M, nil, nil)), ""), cm("{:abc}", "format", m(Call(M, nil, nil))))
	}},
	{"class_inheritance_super", `class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex", "lab"); print(d.describe(), d.breed, isinstance(d, Animal), issubclass(Dog, Animal), Dog.kind, Animal.kind, type(d).__name__)`, func() {
		Animal := NewClass("Animal", "__main__", ObjectClass)
		chk(SetAttr(Animal, "kind", "animal"))
		def(Animal, "__init__", []string{"self", "name"}, func(a []Object) Object { chk(SetAttr(a[0], "name", a[1])); return nil })
		def(Animal, "speak", []string{"self"}, func(a []Object) Object { return fv(getattr(a[0], "name"), 0, "") + " makes a sound" })
		def(Animal, "describe", []string{"self"}, func(a []Object) Object {
			return fv(getattr(a[0], "kind"), 0, "") + ": " + fv(m(CallMethod(a[0], "speak", nil, nil)), 0, "")
		})
		Dog := NewClass("Dog", "__main__", Animal)
		chk(SetAttr(Dog, "kind", "dog"))
		def(Dog, "__init__", []string{"self", "name", "breed"}, func(a []Object) Object {
			m(CallMethod(NewSuper(Dog, a[0]), "__init__", []Object{a[1]}, nil))
			chk(SetAttr(a[0], "breed", a[2]))
			return nil
		})
		def(Dog, "speak", []string{"self"}, func(a []Object) Object {
			return m(Add(m(CallMethod(NewSuper(Dog, a[0]), "speak", nil, nil)), " (woof)"))
		})
		d := m(Call(Dog, []Object{"Rex", "lab"}, nil))
		pr(cm(d, "describe"), getattr(d, "breed"), b("isinstance", d, Animal), b("issubclass", Dog, Animal), getattr(Dog, "kind"), getattr(Animal, "kind"), getattr(b("type", d), "__name__"))
	}},
	{"class_property_static_classmethod", `class T:
    count = 0
    def __init__(self, c):
        self._c = c
        T.count += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls, v):
        return cls(v)
t = T.make(100); t.celsius = 37; print(t.celsius, t.fahrenheit, T.unit(), t.unit(), T.count, T(0).count)`, func() {
		Tc := NewClass("T", "__main__", ObjectClass)
		chk(SetAttr(Tc, "count", 0))
		def(Tc, "__init__", []string{"self", "c"}, func(a []Object) Object {
			chk(SetAttr(a[0], "_c", a[1]))
			chk(SetAttr(Tc, "count", m(Add(getattr(Tc, "count"), 1))))
			return nil
		})
		get := pyfunc("celsius", &Signature{Params: []string{"self"}}, func(a []Object) Object { return getattr(a[0], "_c") })
		set := pyfunc("celsius", &Signature{Params: []string{"self", "v"}}, func(a []Object) Object { chk(SetAttr(a[0], "_c", a[1])); return nil })
		Tc.SetMethod("celsius", &Property{Get: get, Set: set})
		fahr := pyfunc("fahrenheit", &Signature{Params: []string{"self"}}, func(a []Object) Object {
			return m(Add(m(TrueDiv(m(Mul(getattr(a[0], "_c"), 9)), 5)), 32))
		})
		Tc.SetMethod("fahrenheit", &Property{Get: fahr})
		Tc.SetMethod("unit", &StaticMethod{Func: pyfunc("unit", &Signature{}, func(a []Object) Object { return "C" })})
		Tc.SetMethod("make", &ClassMethod{Func: pyfunc("make", &Signature{Params: []string{"cls", "v"}}, func(a []Object) Object { return m(Call(a[0], []Object{a[1]}, nil)) })})
		t := m(CallMethod(Tc, "make", []Object{100}, nil))
		chk(SetAttr(t, "celsius", 37))
		pr(getattr(t, "celsius"), getattr(t, "fahrenheit"), m(CallMethod(Tc, "unit", nil, nil)), m(CallMethod(t, "unit", nil, nil)), getattr(Tc, "count"), getattr(m(Call(Tc, []Object{0}, nil)), "count"))
	}},
	{"class_property_no_setter", `class T:
    @property
    def x(self): return 1
T().x = 5`, func() {
		Tc := NewClass("T", "__main__", ObjectClass)
		Tc.SetMethod("x", &Property{Get: pyfunc("x", &Signature{Params: []string{"self"}}, func(a []Object) Object { return 1 })})
		chk(SetAttr(m(Call(Tc, nil, nil)), "x", 5))
	}},
	{"class_missing_attribute", `class A:
    def __init__(self): self.x = 1
A().y`, func() {
		A := NewClass("A", "__main__", ObjectClass)
		def(A, "__init__", []string{"self"}, func(a []Object) Object { chk(SetAttr(a[0], "x", 1)); return nil })
		getattr(m(Call(A, nil, nil)), "y")
	}},
	{"class_init_arg_errors", `class A:
    def __init__(self, x, y=2): pass
A()`, func() {
		A := NewClass("A", "__main__", ObjectClass)
		f := pyfunc("__init__", &Signature{Params: []string{"self", "x", "y"}, Defaults: []Object{2}}, func(a []Object) Object { return nil })
		f.QualName = "A.__init__"
		A.SetMethod("__init__", f)
		m(Call(A, nil, nil))
	}},
	{"class_no_init_args", `class A: pass
A(1)`, func() { m(Call(NewClass("A", "__main__", ObjectClass), []Object{1}, nil)) }},
	{"function_arg_binding", `def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 5, 6, 7, c=8, e=9), f(a=0, c=1, d=2, z=3))`, func() {
		f := pyfunc("f", &Signature{Params: []string{"a", "b"}, Defaults: []Object{2}, VarArgs: true, KwOnly: []string{"c", "d"}, KwDefaults: map[string]Object{"d": 4}, VarKw: true}, func(a []Object) Object {
			return T(a[0], a[1], a[4], a[2], a[3], a[5])
		})
		pr(m(Call(f, []Object{1}, []Kwarg{{"c", 3}})), m(Call(f, []Object{1, 5, 6, 7}, []Kwarg{{"c", 8}, {"e", 9}})), m(Call(f, nil, []Kwarg{{"a", 0}, {"c", 1}, {"d", 2}, {"z", 3}})))
	}},
	{"function_missing_kwonly", `def f(a, *, c): pass
f(1)`, func() {
		f := pyfunc("f", &Signature{Params: []string{"a"}, KwOnly: []string{"c"}}, func(a []Object) Object { return nil })
		m(Call(f, []Object{1}, nil))
	}},
	{"function_too_many_positional", `def f(a, b=1): pass
f(1, 2, 3)`, func() {
		f := pyfunc("f", &Signature{Params: []string{"a", "b"}, Defaults: []Object{1}}, func(a []Object) Object { return nil })
		m(Call(f, []Object{1, 2, 3}, nil))
	}},
	{"function_unexpected_kw", `def f(a): pass
f(1, b=2)`, func() {
		f := pyfunc("f", &Signature{Params: []string{"a"}}, func(a []Object) Object { return nil })
		m(Call(f, []Object{1}, []Kwarg{{"b", 2}}))
	}},
	{"function_multiple_values", `def f(a): pass
f(1, a=2)`, func() {
		f := pyfunc("f", &Signature{Params: []string{"a"}}, func(a []Object) Object { return nil })
		m(Call(f, []Object{1}, []Kwarg{{"a", 2}}))
	}},
	{"function_missing_two", `def f(a, b, c): pass
f()`, func() {
		f := pyfunc("f", &Signature{Params: []string{"a", "b", "c"}}, func(a []Object) Object { return nil })
		m(Call(f, nil, nil))
	}},
	{"context_manager_protocol", `class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.name == "quiet"
with CM("a") as x:
    print("body", x)
with CM("quiet"):
    raise ValueError("hidden")
with CM("loud"):
    raise KeyError("k")`, func() {
		CM := NewClass("CM", "__main__", ObjectClass)
		def(CM, "__init__", []string{"self", "name"}, func(a []Object) Object { chk(SetAttr(a[0], "name", a[1])); return nil })
		def(CM, "__enter__", []string{"self"}, func(a []Object) Object {
			pr("enter", getattr(a[0], "name"))
			return cm(getattr(a[0], "name"), "upper")
		})
		def(CM, "__exit__", []string{"self", "t", "v", "tb"}, func(a []Object) Object {
			var tn Object = None
			if mb(Truth(a[1])) {
				tn = getattr(a[1], "__name__")
			}
			pr("exit", getattr(a[0], "name"), tn, a[2])
			return mb(Eq(getattr(a[0], "name"), "quiet"))
		})
		with := func(name string, body func() *Exc) {
			c := m(Call(CM, []Object{name}, nil))
			x := m(Enter(c))
			e := body()
			if e == nil {
				_ = mb(Exit(c, nil))
				return
			}
			_ = x
			if !mb(Exit(c, e)) {
				panic(raised{e})
			}
		}
		c := m(Call(CM, []Object{"a"}, nil))
		x := m(Enter(c))
		pr("body", x)
		mb(Exit(c, nil))
		with("quiet", func() *Exc { return NewExc(ValueError, "hidden") })
		with("loud", func() *Exc { return NewExc(KeyError, "k") })
	}},
	{"with_not_context_manager", `with 5: pass`, func() { m(Enter(5)) }},
	{"bound_method_repr_and_call", `class A:
    def m(self, x): return x * 2
a = A(); f = a.m; print(f(21), A.m(a, 4), f.__name__, repr(f).startswith("<bound method A.m of <__main__.A object"))`, func() {
		A := NewClass("A", "__main__", ObjectClass)
		def(A, "m", []string{"self", "x"}, func(a []Object) Object { return m(Mul(a[1], 2)) })
		a := m(Call(A, nil, nil))
		f := getattr(a, "m")
		pr(m(Call(f, []Object{21}, nil)), m(Call(getattr(A, "m"), []Object{a, 4}, nil)), getattr(f, "__name__"), cm(b("repr", f), "startswith", "<bound method A.m of <__main__.A object"))
	}},
	{"reflected_operators", `class N:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return f"radd({o})"
    def __rmul__(self, o): return f"rmul({o})"
    def __neg__(self): return "neg"
    def __lt__(self, o): return "lt-called"
print(1 + N(0), "s" + N(0), 3 * N(0), [1] * N(0) if False else 0, -N(0), 5 > N(0), bool(N(0) < 1))`, func() {
		N := NewClass("N", "__main__", ObjectClass)
		def(N, "__init__", []string{"self", "v"}, func(a []Object) Object { chk(SetAttr(a[0], "v", a[1])); return nil })
		def(N, "__radd__", []string{"self", "o"}, func(a []Object) Object { return "radd(" + fv(a[1], 0, "") + ")" })
		def(N, "__rmul__", []string{"self", "o"}, func(a []Object) Object { return "rmul(" + fv(a[1], 0, "") + ")" })
		def(N, "__neg__", []string{"self"}, func(a []Object) Object { return "neg" })
		def(N, "__lt__", []string{"self", "o"}, func(a []Object) Object { return "lt-called" })
		n := func() Object { return m(Call(N, []Object{0}, nil)) }
		pr(m(Add(1, n())), m(Add("s", n())), m(Mul(3, n())), 0, m(Neg(n())), m(CompareOp(">", 5, n())), b("bool", mb(Lt(n(), 1))))
	}},
}
