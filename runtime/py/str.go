package py

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isASCII reports whether s holds only ASCII, where byte and code-point
// positions coincide.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// StrLen is len(s) in code points.
func StrLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// StrIndex is s[i] by code point.
func StrIndex(s string, i int) (Object, *Exc) {
	if isASCII(s) {
		j, ok := normIndex(i, len(s))
		if !ok {
			return nil, Errorf(IndexError, "string index out of range")
		}
		return asciiStrings[s[j]], nil
	}
	rs := []rune(s)
	j, ok := normIndex(i, len(rs))
	if !ok {
		return nil, Errorf(IndexError, "string index out of range")
	}
	return string(rs[j]), nil
}

// StrSlice is s[slice] by code point.
func StrSlice(s string, sl *Slice) (Object, *Exc) {
	if isASCII(s) {
		start, stop, step, count, e := sl.Indices(len(s))
		if e != nil {
			return nil, e
		}
		if step == 1 {
			if count == 0 {
				return "", nil
			}
			return s[start:stop], nil
		}
		out := make([]byte, count)
		for i := range count {
			out[i] = s[start+i*step]
		}
		return string(out), nil
	}
	rs := []rune(s)
	start, _, step, count, e := sl.Indices(len(rs))
	if e != nil {
		return nil, e
	}
	out := make([]rune, count)
	for i := range count {
		out[i] = rs[start+i*step]
	}
	return string(out), nil
}

// cpIndex converts a byte offset in s to a code-point index.
func cpIndex(s string, off int) int {
	if off < 0 {
		return off
	}
	return utf8.RuneCountInString(s[:off])
}

// byteOffset converts a code-point index (already clamped to [0, n]) to a
// byte offset.
func byteOffset(s string, cp int) int {
	if isASCII(s) {
		return cp
	}
	i := 0
	for off := range s {
		if i == cp {
			return off
		}
		i++
	}
	return len(s)
}

// subRange clamps optional start/end arguments (code points) as str.find
// does and returns byte offsets; ok is false when start > len.
func subRange(s string, args []Object) (int, int, bool, *Exc) {
	n := StrLen(s)
	start, end := 0, n
	if len(args) > 0 && args[0] != nil && args[0] != None {
		v, e := sliceIndex(args[0])
		if e != nil {
			return 0, 0, false, e
		}
		start = v
	}
	if len(args) > 1 && args[1] != nil && args[1] != None {
		v, e := sliceIndex(args[1])
		if e != nil {
			return 0, 0, false, e
		}
		end = v
	}
	clamp := func(i int) int {
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		return i
	}
	if start > n {
		return 0, 0, false, nil
	}
	start, end = clamp(start), clamp(end)
	if start > end {
		return 0, 0, false, nil
	}
	return byteOffset(s, start), byteOffset(s, end), true, nil
}

// StrFind is s.find(sub[, start[, end]]) in code points (-1 when absent).
func StrFind(s, sub string, rng ...Object) (int, *Exc) {
	bs, be, ok, e := subRange(s, rng)
	if e != nil || !ok {
		return -1, e
	}
	i := strings.Index(s[bs:be], sub)
	if i < 0 {
		return -1, nil
	}
	return cpIndex(s, bs+i), nil
}

// StrRFind is s.rfind(sub[, start[, end]]).
func StrRFind(s, sub string, rng ...Object) (int, *Exc) {
	bs, be, ok, e := subRange(s, rng)
	if e != nil || !ok {
		return -1, e
	}
	i := strings.LastIndex(s[bs:be], sub)
	if i < 0 {
		return -1, nil
	}
	return cpIndex(s, bs+i), nil
}

// StrCount is s.count(sub[, start[, end]]).
func StrCount(s, sub string, rng ...Object) (int, *Exc) {
	bs, be, ok, e := subRange(s, rng)
	if e != nil || !ok {
		return 0, e
	}
	if sub == "" {
		return StrLen(s[bs:be]) + 1, nil
	}
	return strings.Count(s[bs:be], sub), nil
}

// isPySpace is str.isspace for one character.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// StrSplit is s.split(sep, maxsplit); sep "" with hasSep false splits on
// runs of whitespace.
func StrSplit(s string, sep string, hasSep bool, maxsplit int) (*List, *Exc) {
	if !hasSep {
		var out []Object
		i := 0
		for maxsplit != 0 {
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if !isPySpace(r) {
					break
				}
				i += n
			}
			if i >= len(s) {
				break
			}
			j := i
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if isPySpace(r) {
					break
				}
				j += n
			}
			out = append(out, s[i:j])
			i = j
			maxsplit--
		}
		if maxsplit == 0 {
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if !isPySpace(r) {
					break
				}
				i += n
			}
			if i < len(s) {
				out = append(out, s[i:])
			}
		}
		return NewList(out...), nil
	}
	if sep == "" {
		return nil, Errorf(ValueError, "empty separator")
	}
	parts := strings.SplitN(s, sep, maxsplit+1)
	if maxsplit < 0 {
		parts = strings.Split(s, sep)
	}
	out := make([]Object, len(parts))
	for i, p := range parts {
		out[i] = p
	}
	return NewList(out...), nil
}

// StrRSplit is s.rsplit(sep, maxsplit).
func StrRSplit(s string, sep string, hasSep bool, maxsplit int) (*List, *Exc) {
	if maxsplit < 0 {
		return StrSplit(s, sep, hasSep, maxsplit)
	}
	if hasSep && sep == "" {
		return nil, Errorf(ValueError, "empty separator")
	}
	var out []Object
	end := len(s)
	if !hasSep {
		for maxsplit != 0 {
			for end > 0 {
				r, n := utf8.DecodeLastRuneInString(s[:end])
				if !isPySpace(r) {
					break
				}
				end -= n
			}
			if end == 0 {
				break
			}
			j := end
			for j > 0 {
				r, n := utf8.DecodeLastRuneInString(s[:j])
				if isPySpace(r) {
					break
				}
				j -= n
			}
			out = append(out, s[j:end])
			end = j
			maxsplit--
		}
		for end > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:end])
			if !isPySpace(r) {
				break
			}
			end -= n
		}
		if end > 0 {
			out = append(out, s[:end])
		}
	} else {
		for maxsplit != 0 {
			i := strings.LastIndex(s[:end], sep)
			if i < 0 {
				break
			}
			out = append(out, s[i+len(sep):end])
			end = i
			maxsplit--
		}
		out = append(out, s[:end])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return NewList(out...), nil
}

// StrJoin is sep.join(iterable).
func StrJoin(sep string, it Object) (string, *Exc) {
	items, e := ToSlice(it)
	if e != nil {
		return "", Errorf(TypeError, "can only join an iterable")
	}
	var b strings.Builder
	for i, x := range items {
		s, ok := x.(string)
		if !ok {
			return "", Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(x))
		}
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// StrStrip is s.strip(chars); hasChars false strips whitespace. which is
// 'l', 'r' or 'b' (both).
func StrStrip(s, chars string, hasChars bool, which byte) string {
	f := isPySpace
	if hasChars {
		f = func(r rune) bool { return strings.ContainsRune(chars, r) }
	}
	switch which {
	case 'l':
		return strings.TrimLeftFunc(s, f)
	case 'r':
		return strings.TrimRightFunc(s, f)
	}
	return strings.TrimFunc(s, f)
}

// StrReplace is s.replace(old, new, count).
func StrReplace(s, old, new string, count int) string {
	if old == "" && !isASCII(s) {
		rs := []rune(s)
		var b strings.Builder
		n := 0
		for i := 0; i <= len(rs); i++ {
			if count < 0 || n < count {
				b.WriteString(new)
				n++
			}
			if i < len(rs) {
				b.WriteRune(rs[i])
			}
		}
		return b.String()
	}
	return strings.Replace(s, old, new, count)
}

// StrUpper is s.upper().
func StrUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	return strings.ReplaceAll(strings.ToUpper(s), "ß", "SS")
}

// StrLower is s.lower(). Python applies Unicode's full lowercase
// mapping, under which U+0130 (İ) becomes "i" and a combining dot above;
// Go's simple mapping drops the dot.
func StrLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return strings.ToLower(strings.ReplaceAll(s, "\u0130", "i\u0307"))
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// StrTitle is s.title().
func StrTitle(s string) string {
	var b strings.Builder
	prevCased := false
	for _, r := range s {
		if prevCased {
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(unicode.ToTitle(r))
		}
		prevCased = isCased(r)
	}
	return b.String()
}

// StrCapitalize is s.capitalize().
func StrCapitalize(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToTitle(r)) + strings.ToLower(s[n:])
}

// StrSwapCase is s.swapcase().
func StrSwapCase(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case unicode.IsLower(r):
			return unicode.ToUpper(r)
		}
		return r
	}, s)
}

// StrPad implements center ('^'), ljust ('<') and rjust ('>').
func StrPad(s string, width int, fill string, align byte) string {
	n := StrLen(s)
	if width <= n {
		return s
	}
	pad := width - n
	switch align {
	case '<':
		return s + strings.Repeat(fill, pad)
	case '>':
		return strings.Repeat(fill, pad) + s
	}
	left := pad/2 + (pad & width & 1)
	return strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)
}

// StrZFill is s.zfill(width).
func StrZFill(s string, width int) string {
	n := StrLen(s)
	if width <= n {
		return s
	}
	pad := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + pad + s[1:]
	}
	return pad + s
}

// StrPartition is s.partition(sep) (rev false) or s.rpartition(sep).
func StrPartition(s, sep string, rev bool) (Tuple, *Exc) {
	if sep == "" {
		return nil, Errorf(ValueError, "empty separator")
	}
	var i int
	if rev {
		i = strings.LastIndex(s, sep)
		if i < 0 {
			return Tuple{"", "", s}, nil
		}
	} else {
		i = strings.Index(s, sep)
		if i < 0 {
			return Tuple{s, "", ""}, nil
		}
	}
	return Tuple{s[:i], sep, s[i+len(sep):]}, nil
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// StrSplitLines is s.splitlines(keepends).
func StrSplitLines(s string, keepends bool) *List {
	var out []Object
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLineBreak(r) {
			i += n
			continue
		}
		end := i + n
		if r == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keepends {
			out = append(out, s[start:end])
		} else {
			out = append(out, s[start:i])
		}
		start, i = end, end
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return NewList(out...)
}

// strAll reports whether s is non-empty and every character satisfies f.
func strAll(s string, f func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !f(r) {
			return false
		}
	}
	return true
}

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }

func isDigitRune(r rune) bool {
	return unicode.Is(unicode.Nd, r) || unicode.Is(unicode.No, r) && digitLike(r)
}

// digitLike approximates Unicode's Numeric_Type=Digit among No characters
// (superscripts, circled digits).
func digitLike(r rune) bool {
	return r == 0xb2 || r == 0xb3 || r == 0xb9 || (r >= 0x2070 && r <= 0x2089) || (r >= 0x2460 && r <= 0x2468) || (r >= 0x2474 && r <= 0x247c) || (r >= 0x2488 && r <= 0x2490) || (r >= 0x24f5 && r <= 0x24fd) || r == 0x24ea || r == 0x24ff || (r >= 0x2776 && r <= 0x2793)
}

func isNumericRune(r rune) bool {
	return unicode.IsNumber(r) || unicode.Is(unicode.Han, r) && hanNumeric(r)
}

func hanNumeric(r rune) bool {
	return strings.ContainsRune("〇一二三四五六七八九十百千万亿零", r)
}

func isAlnumRune(r rune) bool { return unicode.IsLetter(r) || isNumericRune(r) }

// StrIsTitle is s.istitle().
func StrIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case unicode.IsLower(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// StrIsUpper is s.isupper().
func StrIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if unicode.IsLower(r) || unicode.IsTitle(r) {
			return false
		}
		if unicode.IsUpper(r) {
			cased = true
		}
	}
	return cased
}

// StrIsLower is s.islower().
func StrIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return false
		}
		if unicode.IsLower(r) {
			cased = true
		}
	}
	return cased
}

// StrIsIdentifier is s.isidentifier().
func StrIsIdentifier(s string) bool {
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return s != ""
}

// StrExpandTabs is s.expandtabs(tabsize).
func StrExpandTabs(s string, tab int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// StrEncode is s.encode(encoding, errors).
func StrEncode(s, encoding, errors string) (Bytes, *Exc) {
	switch normEncoding(encoding) {
	case "utf-8":
		return Bytes(s), nil
	case "ascii", "latin-1":
		limit, name := rune(128), "ascii"
		if normEncoding(encoding) == "latin-1" {
			limit, name = 256, "latin-1"
		}
		out := make([]byte, 0, len(s))
		pos := 0
		for _, r := range s {
			if r >= limit {
				switch errors {
				case "ignore":
				case "replace":
					out = append(out, '?')
				default:
					return "", NewExc(UnicodeEncodeError, sprintf("'%s' codec can't encode character '%s' in position %d: ordinal not in range(%d)", name, escapeRune(r), pos, limit))
				}
			} else {
				out = append(out, byte(r))
			}
			pos++
		}
		return Bytes(out), nil
	}
	return "", Errorf(LookupError, "unknown encoding: %s", encoding)
}

func normEncoding(e string) string {
	switch strings.ReplaceAll(strings.ToLower(e), "_", "-") {
	case "utf-8", "utf8", "":
		return "utf-8"
	case "ascii", "us-ascii":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1":
		return "latin-1"
	}
	return e
}

// escapeRune renders r as repr does inside quotes when it is not ASCII.
func escapeRune(r rune) string {
	switch {
	case r < 0x100:
		return sprintf(`\x%02x`, r)
	case r < 0x10000:
		return sprintf(`\u%04x`, r)
	}
	return sprintf(`\U%08x`, r)
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }
