package parser

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Source decoding, as CPython 3.11's compile() does it for bytes
// (Parser/tokenizer.c: decode_str, translate_newlines, check_bom,
// check_coding_spec):
//
//  1. Any NUL byte: SyntaxError "source code string cannot contain null
//     bytes" with no position (lineno None).
//  2. "\r\n" and "\r" become "\n"; a "\n" is added at the end if missing.
//  3. A UTF-8 BOM is removed.
//  4. A coding declaration (a comment matching coding[:=]\s*([-\w.]+)) on
//     line 1, or on line 2 if line 1 is blank or only a comment, names the
//     encoding. Names that get_normal_name maps to "utf-8" (utf-8,
//     utf_8, UTF-8-anything) and no declaration at all leave the bytes as
//     they are: invalid UTF-8 is then only an error where CPython looks
//     at it (a NAME, here, and string literals in the string decoder);
//     comments may hold any bytes. Any other name, including aliases of
//     UTF-8 such as "utf8", decodes the whole file strictly first.
//  5. Errors in steps 3-4 have lineno 0 and offset -1 in CPython: they are
//     returned with Pos{0, -2} (so Col+1 == -1) and no End.

// errNullBytes is CPython 3.11.7's message for compile() of bytes with a NUL.
const errNullBytes = "source code string cannot contain null bytes"

// decodeSource decodes src to the UTF-8 text the scanner reads. declared
// reports a BOM or a coding declaration (CPython's tok->encoding is set).
func decodeSource(filename string, src []byte) (text string, declared bool, serr *SyntaxError) {
	fileErr := func(msg string) *SyntaxError {
		return &SyntaxError{Filename: filename, Type: "SyntaxError", Msg: msg, Pos: Pos{0, -2}}
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return "", false, &SyntaxError{Filename: filename, Type: "SyntaxError", Msg: errNullBytes}
	}
	text = translateNewlines(src)
	hasBOM := strings.HasPrefix(text, "\xef\xbb\xbf")
	if hasBOM {
		text = text[3:]
	}
	cs, ok := codingSpec(text)
	if !ok {
		return text, hasBOM, nil
	}
	if hasBOM {
		if cs != "utf-8" {
			return "", true, fileErr(fmt.Sprintf("encoding problem: %s with BOM", cs))
		}
		return text, true, nil
	}
	if cs == "utf-8" {
		return text, true, nil
	}
	codec, known := lookupCodec(cs)
	if !known {
		return "", true, fileErr("unknown encoding: " + cs)
	}
	out, err := decodeWith(codec, text)
	if err != "" {
		return "", true, fileErr(err)
	}
	return out, true, nil
}

// translateNewlines is CPython's translate_newlines for exec input.
func translateNewlines(src []byte) string {
	n := len(src)
	if bytes.IndexByte(src, '\r') < 0 {
		if n > 0 && src[n-1] == '\n' {
			return string(src)
		}
		var b strings.Builder
		b.Grow(n + 1)
		b.Write(src)
		b.WriteByte('\n')
		return b.String()
	}
	var b strings.Builder
	b.Grow(n + 1)
	for i := 0; i < n; i++ {
		c := src[i]
		if c == '\r' {
			c = '\n'
			if i+1 < n && src[i+1] == '\n' {
				i++
			}
		}
		b.WriteByte(c)
	}
	// CPython adds a "\n" when the input does not end with one, and also
	// (a quirk of its loop) when it ends with "\r\n": "x\r\n" becomes
	// "x\n\n", which shows in "detected at line N" of an unterminated
	// triple-quoted string.
	if last := src[n-1]; last != '\n' && last != '\r' || bytes.HasSuffix(src, []byte("\r\n")) {
		b.WriteByte('\n')
	}
	return b.String()
}

// codingSpec finds a PEP 263 declaration as decode_str does and returns
// its name after get_normal_name.
func codingSpec(text string) (string, bool) {
	nl := strings.IndexByte(text, '\n') // text ends with "\n"
	line1 := text[:nl]
	if cs, ok := getCodingSpec(line1); ok {
		return cs, true
	}
	// Line 2 is only looked at if line 1 holds nothing but whitespace and
	// a comment.
	for i := 0; i < len(line1); i++ {
		c := line1[i]
		if c == '#' {
			break
		}
		if c != ' ' && c != '\t' && c != '\f' {
			return "", false
		}
	}
	rest := text[nl+1:]
	nl2 := strings.IndexByte(rest, '\n')
	if nl2 < 0 {
		return "", false
	}
	// CPython passes the second line with its "\n".
	return getCodingSpec(rest[:nl2+1])
}

// getCodingSpec is CPython's get_coding_spec followed by get_normal_name.
func getCodingSpec(s string) (string, bool) {
	size := len(s)
	i := 0
	for ; i < size-6; i++ {
		if s[i] == '#' {
			break
		}
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\f' {
			return "", false
		}
	}
	for ; i < size-6; i++ {
		if s[i:i+6] != "coding" {
			continue
		}
		t := i + 6
		if s[t] != ':' && s[t] != '=' {
			continue
		}
		t++
		for t < size && (s[t] == ' ' || s[t] == '\t') {
			t++
		}
		begin := t
		for t < size && (isAlnumASCII(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.') {
			t++
		}
		if begin < t {
			return normalCodingName(s[begin:t]), true
		}
	}
	return "", false
}

func isAlnumASCII(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// normalCodingName is CPython's get_normal_name.
func normalCodingName(s string) string {
	var buf []byte
	for i := 0; i < len(s) && i < 12; i++ {
		c := s[i]
		if c == '_' {
			c = '-'
		} else if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	b := string(buf)
	switch {
	case b == "utf-8" || strings.HasPrefix(b, "utf-8-"):
		return "utf-8"
	case b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" ||
		strings.HasPrefix(b, "latin-1-") || strings.HasPrefix(b, "iso-8859-1-") || strings.HasPrefix(b, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// lookupCodec finds the canonical name of a Python codec as codecs.lookup
// does (lower case, then encodings.normalize_encoding, then the aliases).
func lookupCodec(name string) (string, bool) {
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if isAlnumASCII(c) || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteByte(c)
			punct = false
		} else {
			punct = true
		}
	}
	n := b.String()
	if c, ok := pythonCodecs[n]; ok {
		return c, true
	}
	if c, ok := pythonCodecs[strings.ReplaceAll(n, ".", "_")]; ok {
		return c, true
	}
	return "", false
}

// decodeWith decodes text strictly with a codec, returning CPython's
// UnicodeDecodeError message on failure.
func decodeWith(codec, text string) (string, string) {
	switch codec {
	case "utf-8", "utf-8-sig":
		if codec == "utf-8-sig" {
			text = strings.TrimPrefix(text, "\xef\xbb\xbf")
		}
		if start, end, reason := pyUTF8Error(text); start >= 0 {
			return "", utf8ErrorMsg(text, start, end, reason)
		}
		return text, ""
	case "ascii":
		for i := 0; i < len(text); i++ {
			if text[i] >= 0x80 {
				return "", fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", text[i], i)
			}
		}
		return text, ""
	case "iso8859-1":
		return decodeTable(text, nil)
	}
	if t := charmapTables[codec]; t != nil {
		return decodeTable(text, t)
	}
	return "", fmt.Sprintf("encoding %s is not supported by py2goasync", codec)
}

// decodeTable decodes a single-byte encoding; a nil table is Latin-1.
func decodeTable(text string, table *[128]uint16) (string, string) {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 0x80 {
			b.WriteByte(c)
			continue
		}
		r := rune(c)
		if table != nil {
			if table[c-0x80] == 0xFFFF {
				return "", fmt.Sprintf("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", c, i)
			}
			r = rune(table[c-0x80])
		}
		b.WriteRune(r)
	}
	return b.String(), ""
}

// pyUTF8Error finds the first invalid sequence in s as CPython's UTF-8
// decoder reports it: the bytes [start, end) and the reason. start is -1
// if s is valid UTF-8. (CPython also rejects surrogates, as Go does.)
func pyUTF8Error(s string) (start, end int, reason string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		n, lo, hi := 0, byte(0x80), byte(0xBF)
		switch {
		case c < 0xC2:
			return i, i + 1, "invalid start byte"
		case c < 0xE0:
			n = 1
		case c < 0xF0:
			n = 2
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c < 0xF5:
			n = 3
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			return i, i + 1, "invalid start byte"
		}
		for k := 1; k <= n; k++ {
			if i+k >= len(s) {
				return i, len(s), "unexpected end of data"
			}
			b := s[i+k]
			l, h := byte(0x80), byte(0xBF)
			if k == 1 {
				l, h = lo, hi
			}
			if b < l || b > h {
				return i, i + k, "invalid continuation byte"
			}
		}
		i += n + 1
	}
	return -1, -1, ""
}

// utf8ErrorMsg formats CPython's UnicodeDecodeError message for the utf-8
// codec.
func utf8ErrorMsg(s string, start, end int, reason string) string {
	if end-start == 1 {
		return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", s[start], start, reason)
	}
	return fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
}

// pyReplaceUTF8 decodes s as CPython's UTF-8 decoder does with
// errors="replace": each invalid sequence becomes one U+FFFD.
func pyReplaceUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		start, end, _ := pyUTF8Error(s)
		if start < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:start])
		b.WriteRune(utf8.RuneError)
		s = s[end:]
	}
	return b.String()
}

/*
The generator of scanner_tables.go and encoding_tables.go, run with CPython
3.11 (python3 gen.py in an empty directory, then copy the two files here):

	import sys, unicodedata, encodings.aliases, pkgutil, encodings, codecs
	assert sys.version_info[:2] == (3, 11)

	def ranges(pred):
	    out = []
	    start = None
	    for cp in range(0x80, 0x110000):
	        ok = pred(cp)
	        if ok and start is None:
	            start = cp
	        elif not ok and start is not None:
	            out.append((start, cp - 1)); start = None
	    if start is not None:
	        out.append((start, 0x10FFFF))
	    return out

	def fmt(name, doc, rs):
	    lines = ["// %s" % doc, "var %s = [...]uint32{" % name]
	    row = []
	    for a, b in rs:
	        row.append("0x%X, 0x%X," % (a, b))
	        if len(row) == 6:
	            lines.append("\t" + " ".join(row)); row = []
	    if row: lines.append("\t" + " ".join(row))
	    lines.append("}")
	    return "\n".join(lines) + "\n"

	xs = ranges(lambda cp: chr(cp).isidentifier())
	xc = ranges(lambda cp: ('a' + chr(cp)).isidentifier())
	nonprint = ranges(lambda cp: not chr(cp).isprintable())
	hdr = ("// Code generated from CPython %s (Unicode %s) by the generator quoted at the end\n"
	       "// of encoding.go; DO NOT EDIT.\n\n" % (sys.version.split()[0], unicodedata.unidata_version))
	with open("scanner_tables.go", "w") as f:
	    f.write(hdr + "package parser\n\n")
	    f.write("// The tables are sorted, inclusive [lo, hi] pairs of code points >= 0x80.\n"
	            "// xidStart is what CPython's _PyUnicode_IsXidStart accepts, xidContinue what\n"
	            "// _PyUnicode_IsXidContinue accepts (computed as str.isidentifier() of c and 'a'+c),\n"
	            "// nonPrintable what Py_UNICODE_ISPRINTABLE rejects.\n\n")
	    f.write(fmt("xidStart", "xidStart holds the non-ASCII XID_Start code points.", xs) + "\n")
	    f.write(fmt("xidContinue", "xidContinue holds the non-ASCII XID_Continue code points.", xc) + "\n")
	    f.write(fmt("nonPrintable", "nonPrintable holds the non-ASCII code points that are not printable.", nonprint))

	def upper(enc):
	    # None unless enc is an ASCII-compatible single-byte codec.
	    out = []
	    try:
	        codecs.decode(b"a", enc)
	    except Exception:
	        return None
	    for b in range(256):
	        try:
	            c = bytes([b]).decode(enc)
	        except UnicodeDecodeError as e:
	            if e.encoding != "charmap" or b < 0x80:
	                return None
	            out.append(0xFFFF)
	            continue
	        except Exception:
	            return None
	        if len(c) != 1 or (b < 0x80 and ord(c) != b):
	            return None
	        if b >= 0x80:
	            out.append(ord(c))
	    return out

	names = set(encodings.aliases.aliases.keys()) | set(encodings.aliases.aliases.values())
	for m in pkgutil.iter_modules(encodings.__path__):
	    names.add(m.name)
	known = {}
	for n in sorted(names):
	    try:
	        ci = codecs.lookup(n)
	    except LookupError:
	        continue
	    known[n] = ci.name
	tables = {}
	for c in sorted(set(known.values())):
	    if c in ("charmap", "raw-unicode-escape", "latin-1", "iso8859-1"):
	        continue
	    t = upper(c)
	    if t is not None:
	        tables[c] = t
	with open("encoding_tables.go", "w") as f:
	    f.write(hdr + "package parser\n\n")
	    f.write("// charmapTables maps each ASCII-compatible single-byte codec of CPython 3.11\n"
	            "// (other than Latin-1) to the code points of bytes 0x80-0xFF; 0xFFFF marks\n"
	            "// an undefined byte.\n")
	    f.write("var charmapTables = map[string]*[128]uint16{\n")
	    for c, t in tables.items():
	        f.write('\t"%s": {\n' % c)
	        for i in range(0, 128, 8):
	            f.write("\t\t" + " ".join("0x%04X," % x for x in t[i:i+8]) + "\n")
	        f.write("\t},\n")
	    f.write("}\n\n")
	    f.write("// pythonCodecs maps each codec name and alias CPython 3.11 knows, normalized as\n"
	            "// encodings.normalize_encoding does and lower-cased, to the codec's canonical name.\n")
	    f.write("var pythonCodecs = map[string]string{\n")
	    for n, c in sorted(known.items()):
	        f.write('\t"%s": "%s",\n' % (n, c))
	    f.write("}\n")
*/
