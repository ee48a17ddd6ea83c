package py

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"syscall"
)

// File is a Python file object: one returned by open(), or sys.stdout,
// sys.stderr and sys.stdin.
type File struct {
	Name   string
	Mode   string
	Binary bool
	f      *os.File
	r      *bufio.Reader
	w      *bufio.Writer
	// unbuffered files flush after every write (stderr).
	unbuffered bool
	// before is called before each write (stderr flushes stdout first).
	before func()
	closed bool
	// mu serialises writes and flushes: executor threads and the loop may
	// print to the same stream.
	mu sync.Mutex
}

// Type implements Typed.
func (f *File) Type() *Class {
	if f.Binary {
		return BinaryFileType
	}
	return FileType
}

// PyRepr is the file's repr.
func (f *File) PyRepr() string {
	if f.Binary {
		return sprintf("<_io.BufferedReader name=%s>", ReprString(f.Name))
	}
	return sprintf("<_io.TextIOWrapper name=%s mode=%s encoding='utf-8'>", ReprString(f.Name), ReprString(f.Mode))
}

// The standard streams. Stdout is buffered and flushed at exit, on
// flush=True, before input() and before anything goes to Stderr, so that
// output interleaves as on CPython's line-buffered terminal.
var (
	Stdout = &File{Name: "<stdout>", Mode: "w", w: bufio.NewWriterSize(os.Stdout, 64<<10)}
	Stderr = &File{Name: "<stderr>", Mode: "w", w: bufio.NewWriter(os.Stderr), unbuffered: true}
	Stdin  = &File{Name: "<stdin>", Mode: "r", r: bufio.NewReader(os.Stdin)}
)

func init() {
	Stderr.before = func() { _ = Stdout.Flush() }
}

// SetStdout redirects sys.stdout to w (tests, embedding) and returns a
// function restoring the previous writer.
func SetStdout(w io.Writer) (restore func()) {
	_ = Stdout.Flush()
	old := Stdout.w
	Stdout.w = bufio.NewWriter(w)
	return func() { _ = Stdout.Flush(); Stdout.w = old }
}

// SetStderr redirects sys.stderr to w and returns a restore function.
func SetStderr(w io.Writer) (restore func()) {
	old := Stderr.w
	Stderr.w = bufio.NewWriter(w)
	return func() { _ = Stderr.Flush(); Stderr.w = old }
}

// SetStdin makes input() and sys.stdin read from r; it returns a restore
// function.
func SetStdin(r io.Reader) (restore func()) {
	old := Stdin.r
	Stdin.r = bufio.NewReader(r)
	return func() { Stdin.r = old }
}

// WriteString writes s (text files; bytes for binary ones use Write).
func (f *File) WriteString(s string) *Exc {
	if f.closed {
		return Errorf(ValueError, "I/O operation on closed file.")
	}
	if f.w == nil {
		return NewExc(unsupportedOperation(), "not writable")
	}
	if f.before != nil {
		f.before()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.w.WriteString(s); err != nil {
		return osError(err, f.Name)
	}
	if f.unbuffered {
		return f.flushLocked()
	}
	return nil
}

// Writer returns f as an io.Writer (for PrintTraceback and Go code that
// writes to sys.stdout or sys.stderr).
func (f *File) Writer() io.Writer { return fileWriter{f} }

type fileWriter struct{ f *File }

func (w fileWriter) Write(p []byte) (int, error) {
	if e := w.f.WriteString(string(p)); e != nil {
		return 0, e
	}
	return len(p), nil
}

// Flush is f.flush().
func (f *File) Flush() *Exc {
	if f.w == nil {
		return nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.flushLocked()
}

func (f *File) flushLocked() *Exc {
	if err := f.w.Flush(); err != nil {
		return osError(err, f.Name)
	}
	return nil
}

// Close is f.close().
func (f *File) Close() *Exc {
	if f.closed {
		return nil
	}
	e := f.Flush()
	f.closed = true
	if f.f != nil {
		if err := f.f.Close(); err != nil && e == nil {
			e = osError(err, f.Name)
		}
	}
	return e
}

func (f *File) readable() *Exc {
	if f.closed {
		return Errorf(ValueError, "I/O operation on closed file.")
	}
	if f.r == nil {
		return NewExc(unsupportedOperation(), "not readable")
	}
	return nil
}

func (f *File) wrap(s string) Object {
	if f.Binary {
		return Bytes(s)
	}
	return s
}

// Read is f.read(size); size < 0 reads to the end.
func (f *File) Read(size int) (Object, *Exc) {
	if e := f.readable(); e != nil {
		return nil, e
	}
	if size < 0 {
		b, err := io.ReadAll(f.r)
		if err != nil {
			return nil, osError(err, f.Name)
		}
		return f.wrap(f.text(string(b))), nil
	}
	if f.Binary {
		buf := make([]byte, size)
		n, err := io.ReadFull(f.r, buf)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return nil, osError(err, f.Name)
		}
		return Bytes(buf[:n]), nil
	}
	var b strings.Builder
	for i := 0; i < size; i++ {
		r, _, err := f.r.ReadRune()
		if err != nil {
			break
		}
		b.WriteRune(r)
	}
	return f.text(b.String()), nil
}

// text applies universal newlines to text read from a text file.
func (f *File) text(s string) string {
	if f.Binary || !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// ReadLine is f.readline(): a line with its newline, "" at end of file.
func (f *File) ReadLine() (Object, *Exc) {
	if e := f.readable(); e != nil {
		return nil, e
	}
	if f.Binary {
		line, err := f.r.ReadString('\n')
		if err != nil && err != io.EOF {
			return nil, osError(err, f.Name)
		}
		return Bytes(line), nil
	}
	// Universal newlines: \n, \r and \r\n all end a line and read as \n.
	var b strings.Builder
	for {
		c, err := f.r.ReadByte()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return nil, osError(err, f.Name)
		}
		switch c {
		case '\n':
			b.WriteByte('\n')
			return b.String(), nil
		case '\r':
			if next, err := f.r.ReadByte(); err == nil && next != '\n' {
				_ = f.r.UnreadByte()
			}
			b.WriteByte('\n')
			return b.String(), nil
		}
		b.WriteByte(c)
	}
}

// Next implements Iterator over lines.
func (f *File) Next() (Object, bool, *Exc) {
	l, e := f.ReadLine()
	if e != nil {
		return nil, false, e
	}
	if Len0(l) {
		return nil, false, nil
	}
	return l, true, nil
}

// Len0 reports whether a str or bytes value is empty.
func Len0(o Object) bool {
	switch v := o.(type) {
	case string:
		return v == ""
	case Bytes:
		return v == ""
	}
	return false
}

var unsupportedOperationClass = &Class{Name: "UnsupportedOperation", Module: "io", Base: OSError, Extra: []*Class{ValueError}}

func unsupportedOperation() *Class { return unsupportedOperationClass }

// osError converts a Go I/O error into the matching OSError subclass with
// CPython's "[Errno N] message: 'file'" form.
func osError(err error, filename string) *Exc {
	var errno syscall.Errno
	cls := OSError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		cls = FileNotFoundError
	case errors.Is(err, fs.ErrExist):
		cls = FileExistsError
	case errors.Is(err, fs.ErrPermission):
		cls = PermissionError
	case errors.Is(err, syscall.EISDIR):
		cls = IsADirectoryError
	case errors.Is(err, syscall.ENOTDIR):
		cls = NotADirectoryError
	}
	if errors.As(err, &errno) {
		e := NewExc(cls, int(errno), osStrError(errno))
		e.Attrs = map[string]Object{"filename": filename}
		return e
	}
	return NewExc(cls, err.Error())
}

// osStrError is strerror(errno) as glibc words it (Go's table uses lower
// case for some).
func osStrError(n syscall.Errno) string {
	s := n.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Open is the builtin open(file, mode='r', buffering=-1, encoding=None,
// errors=None, newline=None).
func Open(args []Object, kw []Kwarg) (Object, *Exc) {
	a, e := bindArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline"}, 1)
	if e != nil {
		return nil, e
	}
	name, ok := a[0].(string)
	if !ok {
		return nil, Errorf(TypeError, "expected str, bytes or os.PathLike object, not %s", TypeName(a[0]))
	}
	mode := "r"
	if a[1] != nil {
		if mode, e = strArg("open", a[1]); e != nil {
			return nil, e
		}
	}
	return OpenFile(name, mode)
}

// OpenFile opens name with a Python mode string ("r", "w", "a", "x",
// optional "b" and "+").
func OpenFile(name, mode string) (*File, *Exc) {
	flags := 0
	binary := strings.Contains(mode, "b")
	plus := strings.Contains(mode, "+")
	base := strings.Trim(mode, "bt+")
	switch base {
	case "r":
		flags = os.O_RDONLY
		if plus {
			flags = os.O_RDWR
		}
	case "w":
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case "a":
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case "x":
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	default:
		return nil, Errorf(ValueError, "invalid mode: '%s'", mode)
	}
	if plus && base != "r" {
		flags = flags&^os.O_WRONLY | os.O_RDWR
	}
	f, err := os.OpenFile(name, flags, 0o666)
	if err != nil {
		return nil, osError(err, name)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, osError(syscall.EISDIR, name)
	}
	file := &File{Name: name, Mode: mode, Binary: binary, f: f}
	if base == "r" || plus {
		file.r = bufio.NewReader(f)
	}
	if base != "r" || plus {
		file.w = bufio.NewWriter(f)
	}
	return file, nil
}

// Print is print(*args, sep=' ', end='\n', file=sys.stdout, flush=False).
func Print(args []Object, kw []Kwarg) *Exc {
	sep, end := " ", "\n"
	out := Stdout
	flush := false
	for _, k := range kw {
		switch k.Name {
		case "sep", "end":
			if k.Value == None {
				continue
			}
			s, ok := k.Value.(string)
			if !ok {
				return Errorf(TypeError, "%s must be None or a string, not %s", k.Name, TypeName(k.Value))
			}
			if k.Name == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			if k.Value == None {
				continue
			}
			f, ok := k.Value.(*File)
			if !ok {
				return Errorf(AttributeError, "'%s' object has no attribute 'write'", TypeName(k.Value))
			}
			out = f
		case "flush":
			t, e := Truth(k.Value)
			if e != nil {
				return e
			}
			flush = t
		default:
			return Errorf(TypeError, "'%s' is an invalid keyword argument for print()", k.Name)
		}
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, e := StrE(a)
		if e != nil {
			return e
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if e := out.WriteString(b.String()); e != nil {
		return e
	}
	if flush {
		return out.Flush()
	}
	return nil
}

// Input is input(prompt).
func Input(prompt string) (Object, *Exc) {
	if e := Stdout.WriteString(prompt); e != nil {
		return nil, e
	}
	if e := Stdout.Flush(); e != nil {
		return nil, e
	}
	line, err := Stdin.r.ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		if err == io.EOF {
			return nil, Errorf(EOFError, "EOF when reading a line")
		}
		return nil, osError(err, "<stdin>")
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), nil
}

func init() {
	for _, cls := range []*Class{FileType, BinaryFileType} {
		file := func(o Object) *File { return o.(*File) }
		defMethod(cls, "read", []string{"size"}, 0, func(self Object, a []Object) (Object, *Exc) {
			n, e := intArg(a[0], -1)
			if e != nil {
				return nil, e
			}
			return file(self).Read(n)
		})
		defMethod(cls, "readline", nil, 0, func(self Object, a []Object) (Object, *Exc) { return file(self).ReadLine() })
		defMethod(cls, "readlines", nil, 0, func(self Object, a []Object) (Object, *Exc) {
			items, e := ToSlice(file(self))
			if e != nil {
				return nil, e
			}
			return NewList(items...), nil
		})
		defMethod(cls, "write", []string{"s"}, 1, func(self Object, a []Object) (Object, *Exc) {
			f := file(self)
			switch v := a[0].(type) {
			case string:
				if f.Binary {
					return nil, Errorf(TypeError, "a bytes-like object is required, not 'str'")
				}
				return StrLen(v), f.WriteString(v)
			case Bytes:
				if !f.Binary {
					return nil, Errorf(TypeError, "write() argument must be str, not bytes")
				}
				return len(v), f.WriteString(string(v))
			}
			if f.Binary {
				return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(a[0]))
			}
			return nil, Errorf(TypeError, "write() argument must be str, not %s", TypeName(a[0]))
		})
		defMethod(cls, "writelines", []string{"lines"}, 1, func(self Object, a []Object) (Object, *Exc) {
			items, e := ToSlice(a[0])
			if e != nil {
				return nil, e
			}
			for _, it := range items {
				if _, e := CallMethod(self, "write", []Object{it}, nil); e != nil {
					return nil, e
				}
			}
			return None, nil
		})
		defMethod(cls, "flush", nil, 0, func(self Object, a []Object) (Object, *Exc) { return None, file(self).Flush() })
		defMethod(cls, "close", nil, 0, func(self Object, a []Object) (Object, *Exc) { return None, file(self).Close() })
		defMethod(cls, "__enter__", nil, 0, func(self Object, a []Object) (Object, *Exc) {
			if file(self).closed {
				return nil, Errorf(ValueError, "I/O operation on closed file.")
			}
			return self, nil
		})
		defMethod(cls, "__exit__", []string{"t", "v", "tb"}, 0, func(self Object, a []Object) (Object, *Exc) {
			return None, file(self).Close()
		})
		defMethod(cls, "fileno", nil, 0, func(self Object, a []Object) (Object, *Exc) {
			if f := file(self).f; f != nil {
				return int(f.Fd()), nil
			}
			return 1, nil
		})
	}
}

func (f *File) getAttr(name string) (Object, bool, *Exc) {
	switch name {
	case "name":
		return f.Name, true, nil
	case "mode":
		return f.Mode, true, nil
	case "closed":
		return f.closed, true, nil
	}
	return nil, false, nil
}
