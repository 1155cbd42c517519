package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file decodes the bodies of string literal tokens exactly as CPython
// 3.11's Parser/string_parser.c does (decode_unicode_with_escapes, the
// 'unicodeescape' codec and _PyBytes_DecodeEscape), down to the text of
// the errors.

// A literalError is an error in a string literal that CPython reports as a
// SyntaxError with message msg. Where CPython puts it depends on AtToken:
//
//   - AtToken false (the escape errors, "(unicode error) ..." and
//     "(value error) ..."): CPython raises them with RAISE_SYNTAX_ERROR when
//     it concatenates the STRING tokens of an atom, so the error is at the
//     last token the parser has fetched, which is the first token after the
//     last STRING of the atom (e.g. the NEWLINE, ")" or "+" after it):
//     lineno and offset are that token's start, end_lineno and end_offset
//     its end (a NEWLINE token's end is its start).
//   - AtToken true ("bytes can only contain ASCII literal characters"): the
//     error is at the offending STRING token itself, from its start to its
//     end.
type literalError struct {
	Msg     string
	AtToken bool
}

func (e *literalError) Error() string { return e.Msg }

// splitStringLiteral splits a STRING token's Lit into its prefix (the
// letters before the quote, in their source case, e.g. "", "rb", "F"),
// its quote (' or " alone or tripled) and its body (the text between the
// quotes, raw). Lit must be a well-formed literal as the scanner produces.
func splitStringLiteral(lit string) (prefix, quote, body string) {
	i := 0
	for i < len(lit) && lit[i] != '\'' && lit[i] != '"' {
		i++
	}
	prefix, rest := lit[:i], lit[i:]
	q := 1
	if len(rest) >= 6 && (strings.HasPrefix(rest, `'''`) || strings.HasPrefix(rest, `"""`)) {
		q = 3
	}
	if len(rest) < 2*q {
		return prefix, rest, ""
	}
	return prefix, rest[:q], rest[q : len(rest)-q]
}

// stringPrefixFlags reports what a string prefix (any case, as returned by
// splitStringLiteral) means: b (bytes), r (raw), f (f-string) and u.
func stringPrefixFlags(prefix string) (isBytes, isRaw, isFormat, isUnicode bool) {
	for i := 0; i < len(prefix); i++ {
		switch prefix[i] {
		case 'b', 'B':
			isBytes = true
		case 'r', 'R':
			isRaw = true
		case 'f', 'F':
			isFormat = true
		case 'u', 'U':
			isUnicode = true
		}
	}
	return
}

// decodeStringBody returns the value of a string literal body: for a str
// a WTF-8 Go string (see Constant; each surrogate code point from an
// escape such as \ud800 is encoded on its own as 3 bytes, even when two
// form a pair, because Python keeps them as two code points), for bytes a
// Go string holding the bytes. The body is raw source text (valid UTF-8;
// any CR or CRLF already turned into LF).
//
// For an f-string, CPython decodes each literal segment between
// replacement fields (and each literal part of a format spec) separately
// with this same function, so error positions count from the segment's
// start. With a "{{" or "}}" the segment ends after the first brace.
//
// The escapes are CPython's: backslash-newline (dropped), \\ \' \" \a \b
// \f \n \r \t \v, \o \oo \ooo (octal; in bytes the value is taken modulo
// 256), \xhh, and in str only \uhhhh, \Uhhhhhhhh and \N{name}. Any other
// backslash is kept with the character after it (CPython only warns).
//
// Errors are *literalError with CPython's message:
//
//	(unicode error) 'unicodeescape' codec can't decode bytes in position S-E: REASON
//	(value error) invalid \x escape at position P
//	bytes can only contain ASCII literal characters
//
// where REASON is "truncated \xXX escape", "truncated \uXXXX escape",
// "truncated \UXXXXXXXX escape", "illegal Unicode character", "malformed
// \N character escape" or "unknown Unicode character name". S-E is the
// range (inclusive) of the bad escape in the body as CPython rewrites it
// before decoding: every non-ASCII character counts as 10 (it becomes
// "\U%08x") and a backslash before a non-ASCII character counts as 6 (it
// becomes "\u005c"); E is where decoding stopped minus one. P is the byte
// offset of the backslash in the (ASCII) bytes body.
func decodeStringBody(body string, isBytes, isRaw bool) (string, error) {
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				return "", &literalError{Msg: "bytes can only contain ASCII literal characters", AtToken: true}
			}
		}
		if isRaw {
			return body, nil
		}
		return decodeBytesEscapes(body)
	}
	if isRaw || strings.IndexByte(body, '\\') < 0 {
		return body, nil
	}
	return decodeUnicodeEscapes(escapeNonASCII(body))
}

// escapeNonASCII is the first step of CPython's decode_unicode_with_escapes:
// it rewrites each non-ASCII character as "\U%08x" and a backslash that is
// followed by a non-ASCII character or ends the body as "\u005c", making
// the text ASCII.
func escapeNonASCII(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii && !strings.HasSuffix(s, `\`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) * 2)
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\\' {
			b.WriteByte(c)
			i++
			if i >= len(s) || s[i] >= utf8.RuneSelf {
				b.WriteString("u005c")
				if i >= len(s) {
					break
				}
			}
			c = s[i]
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			fmt.Fprintf(&b, `\U%08x`, r)
			i += size
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

// unicodeEscapeError builds the SyntaxError text of a UnicodeDecodeError
// of the 'unicodeescape' codec over the bytes s, for s[start:end].
func unicodeEscapeError(s string, start, end int, reason string) error {
	var msg string
	if end == start+1 && start < len(s) {
		msg = fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position %d: %s", s[start], start, reason)
	} else {
		msg = fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
	}
	return &literalError{Msg: msg}
}

func hexDigitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeUnicodeEscapes is CPython's _PyUnicode_DecodeUnicodeEscapeInternal
// with errors="strict" over the ASCII text s, producing WTF-8.
func decodeUnicodeEscapes(s string) (string, error) {
	out := make([]byte, 0, len(s))
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if c != '\\' {
			out = appendWTF8Rune(out, rune(c))
			i++
			continue
		}
		start := i
		i++
		if i >= n {
			return "", unicodeEscapeError(s, start, i, `\ at end of string`)
		}
		c = s[i]
		i++
		if e, ok := simpleEscape(c); ok {
			if c != '\n' { // backslash-newline continues the line
				out = append(out, e)
			}
			continue
		}
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			var ch int
			ch, i = octalEscape(s, i, c)
			out = appendWTF8Rune(out, rune(ch))
		case 'x', 'u', 'U':
			count, reason := 2, `truncated \xXX escape`
			if c == 'u' {
				count, reason = 4, `truncated \uXXXX escape`
			} else if c == 'U' {
				count, reason = 8, `truncated \UXXXXXXXX escape`
			}
			var ch uint32
			for ; count > 0; count-- {
				if i >= n {
					return "", unicodeEscapeError(s, start, i, reason)
				}
				d := hexDigitValue(s[i])
				if d < 0 {
					return "", unicodeEscapeError(s, start, i, reason)
				}
				ch = ch<<4 | uint32(d)
				i++
			}
			if ch > utf8.MaxRune {
				return "", unicodeEscapeError(s, start, i, "illegal Unicode character")
			}
			out = appendWTF8Rune(out, rune(ch))
		case 'N':
			reason := `malformed \N character escape`
			if i < n && s[i] == '{' {
				i++
				nameStart := i
				for i < n && s[i] != '}' {
					i++
				}
				if i < n && i > nameStart {
					name := s[nameStart:i]
					i++
					if r, ok := lookupUnicodeName(name); ok {
						out = appendWTF8Rune(out, r)
						continue
					}
					reason = "unknown Unicode character name"
				}
			}
			return "", unicodeEscapeError(s, start, i, reason)
		default:
			out = append(out, '\\', c)
		}
	}
	return string(out), nil
}

// appendWTF8Rune appends r in UTF-8, or a surrogate as its 3-byte
// generalized UTF-8 sequence.
func appendWTF8Rune(b []byte, r rune) []byte {
	if 0xD800 <= r && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// decodeBytesEscapes is CPython's _PyBytes_DecodeEscape with
// errors="strict" over an ASCII bytes body.
func decodeBytesEscapes(s string) (string, error) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, nil
	}
	out := make([]byte, 0, len(s))
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		i++
		if i >= n {
			return "", &literalError{Msg: `(value error) Trailing \ in string`}
		}
		c = s[i]
		i++
		if e, ok := simpleEscape(c); ok {
			if c != '\n' { // backslash-newline continues the line
				out = append(out, e)
			}
			continue
		}
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			var ch int
			ch, i = octalEscape(s, i, c)
			out = append(out, byte(ch)) // CPython keeps the low 8 bits
		case 'x':
			if i+1 < n {
				d1, d2 := hexDigitValue(s[i]), hexDigitValue(s[i+1])
				if d1 >= 0 && d2 >= 0 {
					out = append(out, byte(d1<<4|d2))
					i += 2
					break
				}
			}
			return "", &literalError{Msg: fmt.Sprintf(`(value error) invalid \x escape at position %d`, i-2)}
		default:
			out = append(out, '\\', c)
		}
	}
	return string(out), nil
}

// simpleEscape returns the character a one-letter escape \c stands for:
// \\ \' \" \a \b \f \n \r \t \v, and backslash-newline (which the
// callers drop).
func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '\n', '\\', '\'', '"':
		return c, true
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'v':
		return '\v', true
	}
	return 0, false
}

// octalEscape returns the value of an octal escape whose first digit d has
// been read, taking up to two more digits from s[i:], and the offset after
// it.
func octalEscape(s string, i int, d byte) (int, int) {
	ch := int(d - '0')
	for k := 0; k < 2 && i < len(s) && '0' <= s[i] && s[i] <= '7'; k++ {
		ch = ch<<3 + int(s[i]-'0')
		i++
	}
	return ch, i
}
