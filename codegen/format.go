package codegen

import (
	"bytes"
	"go/format"
	"runtime"
	"sync"
)

// minPart is the size below which gofmt formats a rendered file in one
// piece: splitting pays only for large files.
const minPart = 64 << 10

// gofmt formats src, jennifer's unformatted rendering of a Go file, as
// format.Source does, on all CPUs. The file is cut at blank lines between
// top-level declarations into pieces, which are joined again with one
// blank line, as gofmt separates declarations that a blank line
// separates. fastFunc, or else printFunc, prints the function
// declarations it can, fastDecl the var and type declarations it can;
// format.Source formats the rest, consecutive pieces together (the first
// as a file, the others as declaration lists). Runs of pieces of at
// least partSize bytes are formatted concurrently.
func gofmt(src []byte, partSize int) ([]byte, error) {
	pieces := splitDecls(src, 1)
	var parts [][][]byte
	for i, size := 0, 0; i < len(pieces); i++ {
		if i == 0 || size >= partSize {
			parts, size = append(parts, nil), 0
		}
		parts[len(parts)-1] = append(parts[len(parts)-1], pieces[i])
		size += len(pieces[i])
	}
	out := make([][]byte, len(parts))
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(parts)) {
		wg.Go(func() {
			for i := range next {
				out[i], errs[i] = formatPieces(new(fastPrinter), parts[i])
			}
		})
	}
	for i := range parts {
		next <- i
	}
	close(next)
	wg.Wait()
	var buf bytes.Buffer
	buf.Grow(len(src))
	for i, p := range out {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if i > 0 {
			buf.WriteString("\n\n")
		}
		buf.Write(p)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// formatPieces formats consecutive pieces of a file and joins them with
// a blank line, without white space around, formatting with fp what it
// can.
func formatPieces(fp *fastPrinter, pieces [][]byte) ([]byte, error) {
	size := 0
	for _, p := range pieces {
		size += len(p)
	}
	out := make([]byte, 0, size+size/8)
	var slow bytes.Buffer
	flush := func() error {
		if slow.Len() == 0 {
			return nil
		}
		f, err := format.Source(slow.Bytes())
		if err != nil {
			return err
		}
		if len(out) > 0 {
			out = append(out, "\n\n"...)
		}
		out = append(out, bytes.TrimSpace(f)...)
		slow.Reset()
		return nil
	}
	for _, p := range pieces {
		if slow.Len() == 0 {
			// Formatted straight into out, after the blank line.
			n := len(out)
			if n > 0 {
				out = append(out, "\n\n"...)
			}
			var ok bool
			if out, ok = formatPiece(fp, out, p); ok {
				continue
			}
			out = out[:n]
		} else if f, ok := formatPiece(fp, nil, p); ok {
			if err := flush(); err != nil {
				return nil, err
			}
			out = append(append(out, "\n\n"...), f...)
			continue
		}
		slow.Write(p)
		slow.WriteString("\n\n")
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// formatPiece appends a piece of a file, formatted, to dst, if fastFunc,
// printFunc or fastDecl can format it.
func formatPiece(fp *fastPrinter, dst, p []byte) ([]byte, bool) {
	if isFunc(p) {
		if out, ok := fp.format(dst, p, (*fastPrinter).funcDecl); ok {
			return out, true
		}
		f, err := printFunc(p)
		if err != nil {
			return dst, false
		}
		return append(dst, bytes.TrimSpace(f)...), true
	}
	return fp.format(dst, p, (*fastPrinter).genDecl)
}

// isFunc reports whether a piece of a file starts, after comment lines,
// with a function declaration.
func isFunc(p []byte) bool {
	for {
		p = bytes.TrimLeft(p, " \t\n")
		if !bytes.HasPrefix(p, []byte("//")) {
			return bytes.HasPrefix(p, []byte("func "))
		}
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			return false
		}
		p = p[i+1:]
	}
}

// splitDecls cuts src into parts of at least size bytes, each ending just
// before a blank line outside any bracket (a blank line between top-level
// declarations, or between comments and code, which stay together with
// what they document since no blank line separates them). It follows
// string, rune and raw string literals and comments so that brackets in
// them do not count.
func splitDecls(src []byte, size int) [][]byte {
	var parts [][]byte
	depth, start := 0, 0
	lineStart := true // at the first byte of a line
	code := false     // src[start:i] holds more than white space
	for i := 0; i < len(src); i++ {
		c := src[i]
		if lineStart && c == '\n' && depth == 0 && code && i-start >= size {
			parts = append(parts, src[start:i])
			start, code = i, false
		}
		lineStart = c == '\n'
		code = code || (c != '\n' && c != ' ' && c != '\t')
		switch c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '"', '\'':
			for i++; i < len(src) && src[i] != c && src[i] != '\n'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		case '`':
			for i++; i < len(src) && src[i] != '`'; i++ {
			}
		case '/':
			if i+1 < len(src) && src[i+1] == '/' {
				for i < len(src) && src[i] != '\n' {
					i++
				}
				lineStart = true
			} else if i+1 < len(src) && src[i+1] == '*' {
				end := bytes.Index(src[i+2:], []byte("*/"))
				if end < 0 {
					i = len(src)
				} else {
					i += 2 + end + 1
				}
			}
		}
	}
	return append(parts, src[start:])
}
