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
// format.Source does, on all CPUs: the file is cut at blank lines between
// top-level declarations into parts of at least partSize bytes, the parts
// are formatted concurrently (the first as a file, the others as
// declaration lists) and joined with one blank line, which is what gofmt
// puts between declarations that a blank line separates.
func gofmt(src []byte, partSize int) ([]byte, error) {
	parts := splitDecls(src, partSize)
	if len(parts) == 1 {
		return format.Source(src)
	}
	out := make([][]byte, len(parts))
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(parts)) {
		wg.Go(func() {
			for i := range next {
				out[i], errs[i] = format.Source(parts[i])
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
		buf.Write(bytes.TrimSpace(p))
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
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
