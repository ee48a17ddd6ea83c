package py

// DefineMethod registers a method of cls for runtime types implemented in
// other packages (asyncio's Task and Future, executors, ...), whose values
// report cls through Typed. params names the positional-or-keyword
// parameters after self, the first required of them mandatory; fn receives
// one slot per parameter, nil for an omitted optional one. Call it only
// from init functions: the method table is read-only once programs run.
func DefineMethod(cls *Class, name string, params []string, required int, fn func(self Object, args []Object) (Object, *Exc)) {
	defMethod(cls, name, params, required, fn)
}

// BindArgs maps a builtin's arguments to the named parameter slots (the
// first required of them mandatory), with CPython's errors; omitted
// optional parameters are nil.
func BindArgs(fname string, args []Object, kw []Kwarg, params []string, required int) ([]Object, *Exc) {
	return bindArgs(fname, args, kw, params, required)
}

// DefineVarMethod registers a method of cls that receives its arguments
// unbound (positional and keyword), for methods with *args such as
// loop.call_soon(callback, *args). The same rules as DefineMethod apply.
func DefineVarMethod(cls *Class, name string, fn func(self Object, args []Object, kw []Kwarg) (Object, *Exc)) {
	defVarMethod(cls, name, fn)
}

// DefineConstructor makes calling cls (a class of a runtime type defined
// in another package, such as concurrent.futures.ThreadPoolExecutor) call
// fn with the raw arguments. Call it only from init functions.
func DefineConstructor(cls *Class, fn func(args []Object, kw []Kwarg) (Object, *Exc)) {
	builtinConstructors[cls] = fn
}

// builtinProperties holds the read-only attributes of runtime types that
// are computed on access, by class and name.
var builtinProperties = map[*Class]map[string]func(self Object) (Object, *Exc){}

// DefineProperty registers a read-only attribute of cls computed by get,
// for runtime types implemented in other packages. Call it only from init
// functions.
func DefineProperty(cls *Class, name string, get func(self Object) (Object, *Exc)) {
	if builtinProperties[cls] == nil {
		builtinProperties[cls] = map[string]func(self Object) (Object, *Exc){}
	}
	builtinProperties[cls][name] = get
}
