package py

// bindArgs binds the arguments of a builtin taking the named parameters,
// the first required of them mandatory. The result has one slot per name,
// nil for an absent optional argument.
func bindArgs(fname string, args []Object, kw []Kwarg, names []string, required int) ([]Object, *Exc) {
	if len(args) > len(names) {
		if len(names) == 0 {
			return nil, Errorf(TypeError, "%s() takes no arguments (%d given)", fname, len(args))
		}
		if required == len(names) {
			if len(names) == 1 {
				return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, len(args))
			}
			return nil, Errorf(TypeError, "%s expected %d arguments, got %d", fname, len(names), len(args))
		}
		return nil, Errorf(TypeError, "%s expected at most %d arguments, got %d", fname, len(names), len(args))
	}
	out := make([]Object, len(names))
	copy(out, args)
	for _, k := range kw {
		found := false
		for i, n := range names {
			if n == k.Name {
				if out[i] != nil {
					return nil, Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k.Name, i+1)
				}
				out[i] = k.Value
				found = true
				break
			}
		}
		if !found {
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k.Name)
		}
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			if required == 1 && len(names) == 1 {
				return nil, Errorf(TypeError, "%s() takes exactly one argument (0 given)", fname)
			}
			return nil, Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return out, nil
}

// intArg converts an optional argument to int, with def when absent or
// None.
func intArg(o Object, def int) (int, *Exc) {
	if o == nil || o == None {
		return def, nil
	}
	return Index(o)
}

// strArg converts an argument that must be a str.
func strArg(fname string, o Object) (string, *Exc) {
	s, ok := o.(string)
	if !ok {
		return "", Errorf(TypeError, "%s() argument must be str, not %s", fname, TypeName(o))
	}
	return s, nil
}

// optStr returns an optional str argument and whether it was given (None
// counts as absent).
func optStr(fname string, o Object) (string, bool, *Exc) {
	if o == nil || o == None {
		return "", false, nil
	}
	s, ok := o.(string)
	if !ok {
		return "", false, Errorf(TypeError, "must be str or None, not %s", TypeName(o))
	}
	return s, true, nil
}

func boolArg(o Object) (bool, *Exc) {
	if o == nil {
		return false, nil
	}
	return Truth(o)
}
