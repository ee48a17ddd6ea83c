package py

import (
	"os"
	"path/filepath"
)

func tempPath(name string) string {
	d, err := os.MkdirTemp("", "pyio")
	if err != nil {
		panic(err)
	}
	return filepath.Join(d, name)
}

func withFile(f Object, body func(f Object)) {
	x := m(Enter(f))
	body(x)
	mb(Exit(f, nil))
}

var ioCases = []tc{
	{"io_write_read_text", `import os, tempfile
p = os.path.join(tempfile.mkdtemp(), "f.txt")
with open(p, "w") as f:
    print(f.write("héllo\n"), f.write("line2\n"))
    f.writelines(["a\n", "b"])
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print([line for line in f])
with open(p) as f:
    print(repr(f.readline()), f.readlines(), repr(f.readline()))
print(f.closed)`, func() {
		p := tempPath("f.txt")
		var last Object
		withFile(b("open", p, "w"), func(f Object) {
			pr(cm(f, "write", "héllo\n"), cm(f, "write", "line2\n"))
			cm(f, "writelines", L("a\n", "b"))
		})
		withFile(b("open", p), func(f Object) { pr(b("repr", cm(f, "read"))) })
		withFile(b("open", p), func(f Object) { pr(b("list", f)) })
		withFile(b("open", p), func(f Object) {
			pr(b("repr", cm(f, "readline")), cm(f, "readlines"), b("repr", cm(f, "readline")))
			last = f
		})
		pr(getattr(last, "closed"))
	}},
	{"io_append_and_binary", `import os, tempfile
p = os.path.join(tempfile.mkdtemp(), "f.bin")
with open(p, "wb") as f:
    f.write(b"\x00\x01abc")
with open(p, "ab") as f:
    f.write(bytes([255]))
with open(p, "rb") as f:
    data = f.read()
print(data, len(data), data[-1])
with open(p, "rb") as f:
    print(f.read(2), f.read(100), f.read())
with open(p, "a") as f:
    f.write("tail")
with open(p, "rb") as f:
    print(f.read()[-4:])`, func() {
		p := tempPath("f.bin")
		withFile(b("open", p, "wb"), func(f Object) { cm(f, "write", Bytes("\x00\x01abc")) })
		withFile(b("open", p, "ab"), func(f Object) { cm(f, "write", b("bytes", L(255))) })
		var data Object
		withFile(b("open", p, "rb"), func(f Object) { data = cm(f, "read") })
		pr(data, b("len", data), m(GetItem(data, -1)))
		withFile(b("open", p, "rb"), func(f Object) { pr(cm(f, "read", 2), cm(f, "read", 100), cm(f, "read")) })
		withFile(b("open", p, "a"), func(f Object) { cm(f, "write", "tail") })
		withFile(b("open", p, "rb"), func(f Object) { pr(m(GetItem(cm(f, "read"), sl(-4, None, None)))) })
	}},
	{"io_missing_file", `open("/nonexistent/dir/x.txt")`, func() { b("open", "/nonexistent/dir/x.txt") }},
	{"io_write_wrong_type", `import os, tempfile
with open(os.path.join(tempfile.mkdtemp(), "x"), "w") as f:
    f.write(b"bytes")`, func() {
		withFile(b("open", tempPath("x"), "w"), func(f Object) { cm(f, "write", Bytes("bytes")) })
	}},
	{"io_read_closed", `import os, tempfile
p = os.path.join(tempfile.mkdtemp(), "x")
f = open(p, "w"); f.close(); f.write("x")`, func() {
		f := b("open", tempPath("x"), "w")
		cm(f, "close")
		cm(f, "write", "x")
	}},
	{"io_read_on_write_only", `import os, tempfile
with open(os.path.join(tempfile.mkdtemp(), "x"), "w") as f:
    f.read()`, func() {
		withFile(b("open", tempPath("x"), "w"), func(f Object) { cm(f, "read") })
	}},
	{"io_bad_mode", `open("x", "z")`, func() { b("open", "x", "z") }},
	{"io_exclusive_exists", `import os, tempfile
p = os.path.join(tempfile.mkdtemp(), "x")
open(p, "w").close()
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, isinstance(e, OSError))`, func() {
		p := tempPath("x")
		cm(b("open", p, "w"), "close")
		_, e := Call(Builtins["open"], []Object{p, "x"}, nil)
		if e != nil && e.Matches(FileExistsError) {
			pr(getattr(b("type", e), "__name__"), getattr(e, "errno"), getattr(e, "strerror"), b("isinstance", e, OSError))
		}
	}},
	{"io_universal_newlines", `import os, tempfile
p = os.path.join(tempfile.mkdtemp(), "x")
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\n")
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(list(f))`, func() {
		p := tempPath("x")
		withFile(b("open", p, "wb"), func(f Object) { cm(f, "write", Bytes("a\r\nb\rc\n")) })
		withFile(b("open", p), func(f Object) { pr(b("repr", cm(f, "read"))) })
		withFile(b("open", p), func(f Object) { pr(b("list", f)) })
	}},
}
