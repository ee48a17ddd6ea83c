// Package py is asyncgen's Python value model: the dynamic object type,
// classes, exceptions, the coroutine/generator protocol, and the builtins
// that generated code calls.
//
// # Values
//
// A Python value is an [Object], which is Go's any. Immutable scalars use
// plain Go types so that Go code and generated code share them without
// conversion:
//
//	None      NoneType (the single value None)
//	bool      bool
//	int       int (fits in 64 bits) or *big.Int (only when it does not)
//	float     float64
//	str       string (UTF-8; indexing is by code point)
//
// Mutable and composite values are pointers to types of this package
// (*List, *Dict, Tuple, ...). Every operation that can raise returns a
// *Exc as its last result; a nil *Exc means success. Python exceptions are
// ordinary Go values, never Go panics.
//
// # Concurrency
//
// Values are not safe for concurrent use: Python code runs on one
// goroutine at a time (the event loop's, or a pool thread holding the
// interpreter lock).
package py

// # For codegen
//
// This section is the calling convention generated code targets.
//
// Dynamic operations. For values of unknown type the generator emits:
//
//	Add Sub Mul TrueDiv FloorDiv Mod Pow LShift RShift And Or Xor MatMul
//	                               (a, b Object) (Object, *Exc)
//	InPlace(op, a, b)              augmented assignment ("+", "-", ...): lists
//	                               extend, sets update in place, __iadd__...
//	Neg Pos Invert Abs             (a Object) (Object, *Exc)
//	DivMod, PowMod                 divmod(a, b), pow(a, b, m)
//	Truth(o) / Not(o)              (bool, *Exc): if/while conditions, not
//	Eq Ne Lt Le Gt Ge              (bool, *Exc): conditions and chained compares
//	CompareOp(op, a, b)            (Object, *Exc): the value of "a < b" when it
//	                               is used as a value (user __lt__ may return
//	                               a non-bool)
//	Is(a, b) bool, In / NotIn      identity and membership
//	GetItem SetItem DelItem        o[k]; slices are *Slice from NewSlice(start,
//	                               stop, step) with None for omitted parts
//	GetAttr SetAttr DelAttr HasAttr
//	CallMethod(o, name, args, kw)  o.name(...) without a bound-method allocation
//	Call(f, args, kw)              any callable; kw is []Kwarg in source order
//	Iter(o) (Iterator, *Exc) then  v, ok, exc := it.Next() per loop step
//	NextBuiltin(o, default...)     the builtin next()
//	Len, Hash, Repr/ReprE, Str/StrE, Ascii
//	Format(o, spec)                format(o, spec); FormatValue(o, conv, spec)
//	                               is one f-string field (conv 0, 'r', 's', 'a')
//	StrFormat(s, args, kw)         str.format; Mod(str, args) is %-formatting
//	Enter(cm) / Exit(cm, exc)      the with statement; Exit reports whether
//	                               the exception is suppressed
//	ToExc(o, nil)                  the operand of "raise X" (class or instance)
//	NewSetLiteral(items...)        every set display (it reproduces CPython's
//	                               iteration order for constant displays)
//	Unpack(o, n), UnpackStar(o, before, after)
//	                               "a, b = o" and "a, *b, c = o"
//	StarArgs(f, o), StarKwargs(f, o)
//	                               f(*o) and f(**o) argument lists
//	NameNotDefined(name), UnboundLocal(name)
//	                               the NameError and UnboundLocalError to raise
//
// Exceptions. Every operation that can raise returns *Exc last; the
// generator tests it and jumps to the handler. Matching is
// exc.Matches(cls). When an exception propagates out of a function the
// generated code appends its frame with exc.AddFrame(Frame{File, Line,
// Func}); "raise X from Y" sets Cause and SuppressContext, and raising
// while handling sets Context. Built-in classes are the variables of
// exc_classes.go; Builtins["ValueError"] gives the same *Class by name.
//
// Native fast paths. Where inference proves both operands are ints, the
// generator keeps them in Go ints and calls AddInt, SubInt, MulInt (which
// return ok=false on overflow) and switches to IntAdd/IntSub/IntMul (which
// promote to *big.Int) only then; FloorDivInt and ModInt implement
// Python's rounding. Known lists use (*List).GetIndex/SetIndex/Append,
// known dicts (*Dict).GetInt/SetInt/GetStr/SetStr/Item/Set, known strings
// StrIndex, StrSlice, StrLen and the Str* functions (StrSplit, StrJoin,
// StrReplace, ...). A *big.Int is never left holding a value that fits in
// an int: results are normalised, so "x.(int)" is the fast-path test.
//
// Functions. A Python function is a *Function. A compiled def gets
// NewFunction(name, qualname, sig, fn) where sig describes its parameters
// (Params, PosOnly, KwOnly, VarArgs, VarKw, Defaults, KwDefaults); a
// dynamic Call binds the arguments with Signature.Bind and fn receives one
// slot per parameter, in the order Params, KwOnly, *args (a Tuple), then
// **kwargs (a *Dict). When the callee is known statically the generator
// binds arguments itself and calls the Go function directly. Builtins are
// NewBuiltin(name, fn) with raw args and kw; Builtins maps every builtin
// name (functions, types, exception classes) to its value.
//
// Classes. Compiled class statements go through rt.NewClass (runtime/rt),
// which builds the class from its bases and the names its body bound and
// fills the __class__ cell that zero-argument super() (rt.Super) reads;
// runtime code may build classes directly with NewClass(name, module,
// base) and SetMethod. @staticmethod, @classmethod and @property store
// *StaticMethod, *ClassMethod and *Property. Calling a class creates an
// *Instance (attributes set through Instance.Store keep their order in
// __dict__) and calls __init__; classes deriving from BaseException create
// an *Exc whose Class is the user class (instance attributes go to
// Exc.Attrs). The dynamic operations call the Python-defined dunders they
// find on the class: __repr__ __str__ __format__ __eq__ __ne__ __lt__
// __le__ __gt__ __ge__ __hash__ __bool__ __len__ __iter__ __next__
// __getitem__ __setitem__ __delitem__ __contains__ __call__ __enter__
// __exit__ __add__/__radd__/__iadd__ (and every other operator), __neg__
// __pos__ __invert__ __abs__ __index__ __int__ __float__ __round__.
// super(C, x) is NewSuper(C, x). __aenter__/__aexit__ and __aiter__/
// __anext__ are driven by rt.AEnter/AExit and rt.AIter/ANext.
//
// Generators. A compiled generator is a Coroutine whose Resume yields
// values; NewGenerator wraps it into the Python generator object (next,
// send, throw, close with GeneratorExit semantics, StopIteration(value)).
// A compiled async generator's Resume yields AsyncGenValue{v} for "yield
// v" and a future (or nil) for an await; NewAsyncGenerator wraps it and
// its ANext/ASend/AThrow/AClose return Awaiters for the event loop.
//
// Output and exit. Print(args, kw) writes through the buffered Stdout,
// which is flushed at exit, on flush=True, before input() and before any
// write to Stderr. RegisterSource(file, text) (once per file, from init)
// lets tracebacks quote source lines. A generated main calls
// Main(func() *Exc { ... module body ... }): it prints the traceback of an
// uncaught exception (FormatTraceback, CPython's format with chained
// causes and contexts) and exits 1, or exits with SystemExit's code.
