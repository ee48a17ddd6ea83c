package pymod

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// OS is the os module (POSIX flavour): environ, getenv, getcwd, getpid,
// cpu_count, sep, linesep, name, listdir, makedirs, remove, _exit and the
// os.path submodule.
var OS = &py.Module{Name: "os", Attrs: map[string]py.Object{}}

// OSPath is os.path (posixpath).
var OSPath = &py.Module{Name: "posixpath", Attrs: map[string]py.Object{}}

// EnvironClass is the class of os.environ, a live view of the process
// environment: reads and writes go to the process environment.
var EnvironClass = py.NewClass("_Environ", "os", py.ObjectClass)

func strArg(fname string, o py.Object) (string, *py.Exc) {
	s, ok := o.(string)
	if !ok {
		return "", py.Errorf(py.TypeError, "%s: expected str, bytes or os.PathLike object, not %s", fname, py.TypeName(o))
	}
	return s, nil
}

// osErr converts a Go file-system error to CPython's OSError subclass.
func osErr(err error, name string) *py.Exc {
	cls := py.OSError
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		cls, msg = py.FileNotFoundError, "No such file or directory"
	case errors.Is(err, fs.ErrExist):
		cls, msg = py.FileExistsError, "File exists"
	case errors.Is(err, fs.ErrPermission):
		cls, msg = py.PermissionError, "Permission denied"
	}
	if len(msg) > 0 {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	errno := 0
	switch cls.Name {
	case "FileNotFoundError":
		errno = 2
	case "FileExistsError":
		errno = 17
	case "PermissionError":
		errno = 13
	}
	e := py.NewExc(cls, errno, msg)
	e.Attrs = map[string]py.Object{"errno": errno, "strerror": msg, "filename": name}
	return e
}

func environItems() [][2]string {
	var out [][2]string
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		out = append(out, [2]string{k, v})
	}
	return out
}

// initOS fills the module in on its first import (see Import).
func initOS() {
	a := OS.Attrs
	a["name"] = "posix"
	a["sep"] = "/"
	a["altsep"] = py.None
	a["extsep"] = "."
	a["pathsep"] = ":"
	a["linesep"] = "\n"
	a["curdir"] = "."
	a["pardir"] = ".."
	a["devnull"] = "/dev/null"
	a["path"] = OSPath
	a["environ"] = py.NewInstance(EnvironClass)
	a["getenv"] = fn("os", "getenv", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		s, e := py.BindArgs("getenv", args, kw, []string{"key", "default"}, 1)
		if e != nil {
			return nil, e
		}
		k, e := strArg("getenv", s[0])
		if e != nil {
			return nil, py.Errorf(py.TypeError, "str expected, not %s", py.TypeName(s[0]))
		}
		if v, ok := os.LookupEnv(k); ok {
			return v, nil
		}
		if s[1] == nil {
			return py.None, nil
		}
		return s[1], nil
	})
	a["getcwd"] = fn("os", "getcwd", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("getcwd", args, kw, 0, 0); e != nil {
			return nil, e
		}
		d, err := os.Getwd()
		if err != nil {
			return nil, osErr(err, "")
		}
		return d, nil
	})
	a["getpid"] = fn("os", "getpid", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("getpid", args, kw, 0, 0); e != nil {
			return nil, e
		}
		return os.Getpid(), nil
	})
	a["cpu_count"] = fn("os", "cpu_count", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("cpu_count", args, kw, 0, 0); e != nil {
			return nil, e
		}
		return runtime.NumCPU(), nil
	})
	a["listdir"] = fn("os", "listdir", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		s, e := py.BindArgs("listdir", args, kw, []string{"path"}, 0)
		if e != nil {
			return nil, e
		}
		dir := "."
		if s[0] != nil && s[0] != py.None {
			if dir, e = strArg("listdir", s[0]); e != nil {
				return nil, e
			}
		}
		f, err := os.Open(dir)
		if err != nil {
			return nil, osErr(err, dir)
		}
		defer f.Close()
		names, err := f.Readdirnames(-1)
		if err != nil {
			return nil, osErr(err, dir)
		}
		l := py.NewList()
		for _, n := range names {
			l.Append(n)
		}
		return l, nil
	})
	a["makedirs"] = fn("os", "makedirs", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		s, e := py.BindArgs("makedirs", args, kw, []string{"name", "mode", "exist_ok"}, 1)
		if e != nil {
			return nil, e
		}
		name, e := strArg("makedirs", s[0])
		if e != nil {
			return nil, e
		}
		mode := 0o777
		if s[1] != nil {
			if mode, e = py.Index(s[1]); e != nil {
				return nil, e
			}
		}
		existOK := false
		if s[2] != nil {
			if existOK, e = py.Truth(s[2]); e != nil {
				return nil, e
			}
		}
		if st, err := os.Stat(name); err == nil {
			if !existOK || !st.IsDir() {
				return nil, osErr(fs.ErrExist, name)
			}
			return py.None, nil
		}
		if err := os.MkdirAll(name, os.FileMode(mode)); err != nil {
			return nil, osErr(err, name)
		}
		return py.None, nil
	})
	a["mkdir"] = fn("os", "mkdir", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		s, e := py.BindArgs("mkdir", args, kw, []string{"path", "mode"}, 1)
		if e != nil {
			return nil, e
		}
		name, e := strArg("mkdir", s[0])
		if e != nil {
			return nil, e
		}
		if err := os.Mkdir(name, 0o777); err != nil {
			return nil, osErr(err, name)
		}
		return py.None, nil
	})
	remove := func(fname string) *py.Function {
		return fn("os", fname, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			s, e := py.BindArgs(fname, args, kw, []string{"path"}, 1)
			if e != nil {
				return nil, e
			}
			name, e := strArg(fname, s[0])
			if e != nil {
				return nil, e
			}
			if st, err := os.Lstat(name); err == nil && st.IsDir() {
				e := py.NewExc(py.IsADirectoryError, 21, "Is a directory")
				e.Attrs = map[string]py.Object{"errno": 21, "strerror": "Is a directory", "filename": name}
				return nil, e
			}
			if err := os.Remove(name); err != nil {
				return nil, osErr(err, name)
			}
			return py.None, nil
		})
	}
	a["remove"] = remove("remove")
	a["unlink"] = remove("unlink")
	a["rmdir"] = fn("os", "rmdir", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("rmdir", args, kw, 1, 1); e != nil {
			return nil, e
		}
		name, e := strArg("rmdir", args[0])
		if e != nil {
			return nil, e
		}
		if err := os.Remove(name); err != nil {
			return nil, osErr(err, name)
		}
		return py.None, nil
	})
	a["_exit"] = fn("os", "_exit", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("_exit", args, kw, 1, 1); e != nil {
			return nil, e
		}
		code, e := py.Index(args[0])
		if e != nil {
			return nil, e
		}
		py.ExitProcess(code)
		return py.None, nil
	})

	method(EnvironClass, "get", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("get", args, kw, 1, 2); e != nil {
			return nil, e
		}
		if k, ok := args[0].(string); ok {
			if v, ok := os.LookupEnv(k); ok {
				return v, nil
			}
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return py.None, nil
	})
	method(EnvironClass, "__getitem__", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("__getitem__", args, kw, 1, 1); e != nil {
			return nil, e
		}
		if k, ok := args[0].(string); ok {
			if v, ok := os.LookupEnv(k); ok {
				return v, nil
			}
		}
		return nil, py.NewExc(py.KeyError, args[0])
	})
	method(EnvironClass, "__setitem__", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("__setitem__", args, kw, 2, 2); e != nil {
			return nil, e
		}
		k, ok1 := args[0].(string)
		v, ok2 := args[1].(string)
		if !ok1 || !ok2 {
			bad := args[0]
			if ok1 {
				bad = args[1]
			}
			return nil, py.Errorf(py.TypeError, "str expected, not %s", py.TypeName(bad))
		}
		os.Setenv(k, v)
		return py.None, nil
	})
	method(EnvironClass, "__delitem__", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		k, _ := args[0].(string)
		if _, ok := os.LookupEnv(k); !ok {
			return nil, py.NewExc(py.KeyError, args[0])
		}
		os.Unsetenv(k)
		return py.None, nil
	})
	method(EnvironClass, "__contains__", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		k, ok := args[0].(string)
		if !ok {
			return false, nil
		}
		_, found := os.LookupEnv(k)
		return found, nil
	})
	method(EnvironClass, "__len__", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return len(os.Environ()), nil
	})
	keysList := func() *py.List {
		l := py.NewList()
		for _, kv := range environItems() {
			l.Append(kv[0])
		}
		return l
	}
	method(EnvironClass, "__iter__", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return py.Iter(keysList())
	})
	method(EnvironClass, "keys", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return keysList(), nil
	})
	method(EnvironClass, "items", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		l := py.NewList()
		for _, kv := range environItems() {
			l.Append(py.Tuple{kv[0], kv[1]})
		}
		return l, nil
	})
	method(EnvironClass, "values", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		l := py.NewList()
		for _, kv := range environItems() {
			l.Append(kv[1])
		}
		return l, nil
	})
	method(EnvironClass, "copy", func(_ py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		d := py.NewDict()
		for _, kv := range environItems() {
			d.SetStr(kv[0], kv[1])
		}
		return d, nil
	})

	p := OSPath.Attrs
	p["sep"] = "/"
	strFn := func(name string, f func(string) py.Object) {
		p[name] = fn("posixpath", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 1, 1); e != nil {
				return nil, e
			}
			s, e := strArg(name, args[0])
			if e != nil {
				return nil, e
			}
			return f(s), nil
		})
	}
	strFn("basename", func(s string) py.Object { return s[strings.LastIndexByte(s, '/')+1:] })
	strFn("dirname", func(s string) py.Object {
		head := s[:strings.LastIndexByte(s, '/')+1]
		if head != "" && strings.Trim(head, "/") != "" {
			head = strings.TrimRight(head, "/")
		}
		return head
	})
	strFn("split", func(s string) py.Object {
		i := strings.LastIndexByte(s, '/') + 1
		head, tail := s[:i], s[i:]
		if head != "" && strings.Trim(head, "/") != "" {
			head = strings.TrimRight(head, "/")
		}
		return py.Tuple{head, tail}
	})
	strFn("splitext", func(s string) py.Object {
		root, ext := splitExt(s)
		return py.Tuple{root, ext}
	})
	strFn("isabs", func(s string) py.Object { return strings.HasPrefix(s, "/") })
	strFn("normpath", func(s string) py.Object { return normPath(s) })
	strFn("abspath", func(s string) py.Object {
		if !strings.HasPrefix(s, "/") {
			wd, _ := os.Getwd()
			s = wd + "/" + s
		}
		return normPath(s)
	})
	strFn("exists", func(s string) py.Object { _, err := os.Stat(s); return err == nil })
	strFn("isfile", func(s string) py.Object { st, err := os.Stat(s); return err == nil && st.Mode().IsRegular() })
	strFn("isdir", func(s string) py.Object { st, err := os.Stat(s); return err == nil && st.IsDir() })
	strFn("expanduser", func(s string) py.Object {
		if s == "~" || strings.HasPrefix(s, "~/") {
			if h, ok := os.LookupEnv("HOME"); ok {
				return strings.TrimRight(h, "/") + s[1:]
			}
		}
		return s
	})
	p["getsize"] = fn("posixpath", "getsize", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("getsize", args, kw, 1, 1); e != nil {
			return nil, e
		}
		s, e := strArg("getsize", args[0])
		if e != nil {
			return nil, e
		}
		st, err := os.Stat(s)
		if err != nil {
			return nil, osErr(err, s)
		}
		return int(st.Size()), nil
	})
	p["join"] = fn("posixpath", "join", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(kw) > 0 || len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "join() missing 1 required positional argument: 'a'")
		}
		var path string
		for i, o := range args {
			s, ok := o.(string)
			if !ok {
				return nil, py.Errorf(py.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'", py.TypeName(o))
			}
			switch {
			case i == 0 || strings.HasPrefix(s, "/"):
				path = s
			case path == "" || strings.HasSuffix(path, "/"):
				path += s
			default:
				path += "/" + s
			}
		}
		return path, nil
	})
}

// splitExt is posixpath.splitext: leading dots of the basename do not
// start an extension.
func splitExt(s string) (string, string) {
	sep := strings.LastIndexByte(s, '/')
	dot := strings.LastIndexByte(s, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if s[i] != '.' {
				return s[:dot], s[dot:]
			}
		}
	}
	return s, ""
}

// normPath is posixpath.normpath (which keeps a leading "//").
func normPath(s string) string {
	if s == "" {
		return "."
	}
	if strings.HasPrefix(s, "//") && !strings.HasPrefix(s, "///") {
		return "/" + filepath.Clean(s)
	}
	return filepath.Clean(s)
}
