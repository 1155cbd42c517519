// Package pyrepr formats Python values as CPython 3.11's repr() does:
// floats (shortest round-trip digits, CPython's layout), complex numbers,
// str and bytes. It depends on the standard library only, so that the
// runtime, whose sources travel inside the py2goasync binary, and the
// parser can share it.
//
// A Python str is a Go string in WTF-8: valid UTF-8, except that a lone
// surrogate code point is encoded as its 3-byte generalized UTF-8
// sequence.
package pyrepr

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Float returns repr(float): the shortest digit string that rounds
// back to f (David Gay's mode 0, as Go's strconv with precision -1 finds),
// laid out as CPython's float_repr_style 'short' does: exponent notation
// when the decimal point position decpt (f = 0.DIGITS * 10**decpt) is
// decpt <= -4 or decpt > 16, i.e. when the scientific exponent is < -4 or
// >= 16; otherwise positional notation, always with a ".0" if integral.
func Float(f float64) string {
	return formatFloat(f, false, true)
}

// formatFloat is PyOS_double_to_string(f, 'r', 0, flags) with
// flags Py_DTSF_SIGN if sign and Py_DTSF_ADD_DOT_0 if addDot0.
func formatFloat(f float64, sign, addDot0 bool) string {
	var b strings.Builder
	switch {
	case math.IsNaN(f):
		// CPython ignores the sign of a NaN.
		if sign {
			b.WriteByte('+')
		}
		b.WriteString("nan")
		return b.String()
	case math.IsInf(f, 0):
		if f < 0 {
			b.WriteByte('-')
		} else if sign {
			b.WriteByte('+')
		}
		b.WriteString("inf")
		return b.String()
	}
	if math.Signbit(f) {
		b.WriteByte('-')
		f = -f
	} else if sign {
		b.WriteByte('+')
	}
	if f == 0 {
		if addDot0 {
			b.WriteString("0.0")
		} else {
			b.WriteString("0")
		}
		return b.String()
	}
	// "d.ddddde±XX": the shortest round-trip digits.
	s := strconv.FormatFloat(f, 'e', -1, 64)
	e := strings.IndexByte(s, 'e')
	digits := strings.Replace(s[:e], ".", "", 1)
	exp, err := strconv.Atoi(s[e+1:])
	if err != nil {
		panic(err)
	}
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		digits = "0"
	}
	decpt := exp + 1
	if decpt <= -4 || decpt > 16 {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		x := decpt - 1
		if x < 0 {
			b.WriteString("e-")
			x = -x
		} else {
			b.WriteString("e+")
		}
		if x < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(x))
		return b.String()
	}
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if addDot0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	}
	return b.String()
}

// Complex returns repr(complex) as CPython's complex_repr does: when
// the real part is +0.0 just the imaginary part and "j" ("1j", "-0j",
// "infj", "nanj"), else "(real±imagj)" with each part formatted like a
// float repr but without the ".0" suffix ("(1+2j)", "(-0-1j)",
// "(nan+infj)").
func Complex(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloat(im, false, false) + "j"
	}
	return "(" + formatFloat(re, false, false) + formatFloat(im, true, false) + "j)"
}

// Str returns repr(str) for a WTF-8 string, following CPython's
// unicode_repr: the quote is ' unless the string contains ' and no ", then
// it is "; backslash and the chosen quote are escaped; \t \n \r are
// written so; other code points below U+0020 and U+007F as \xNN; other
// ASCII as is; non-ASCII printable code points (str.isprintable) as is,
// the others as \xNN, \uNNNN or \UNNNNNNNN by size (lower-case hex).
// Surrogates (3-byte sequences ED A0..BF xx, each one separately, even if
// two form a pair) are not printable and come out as \udNNN. Bytes that
// are not WTF-8 are not expected; each is shown as \xNN of its value.
func Str(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				fmt.Fprintf(&b, `\x%02x`, c)
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := decodeWTF8Rune(s[i:])
		if r < 0 {
			fmt.Fprintf(&b, `\x%02x`, c)
			i++
			continue
		}
		switch {
		case IsPrintable(r):
			b.WriteString(s[i : i+size])
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
		i += size
	}
	b.WriteByte(quote)
	return b.String()
}

// decodeWTF8Rune decodes the first code point of s, which starts with a
// non-ASCII byte, accepting the 3-byte encodings of surrogates. It returns
// -1 for an invalid sequence.
func decodeWTF8Rune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size <= 1 {
		return -1, 1
	}
	return r, size
}

// IsPrintable is CPython 3.11's Py_UNICODE_ISPRINTABLE, from the Unicode
// 14.0.0 table generated into printableRanges. (Go's unicode.IsPrint has
// the same definition but follows the Go release's Unicode version, 15.0+,
// under which e.g. the CJK Extension H ideographs are printable whereas
// CPython 3.11 escapes them.)
func IsPrintable(r rune) bool {
	if r < 0x7f {
		return r >= 0x20
	}
	i := sort.Search(len(printableRanges), func(i int) bool { return printableRanges[i][1] >= r })
	return i < len(printableRanges) && printableRanges[i][0] <= r
}

// Bytes returns repr(bytes) as CPython's bytes_repr does: quote ' unless
// the value contains ' and no "; backslash and the quote escaped; \t \n \r;
// other bytes below 0x20 or from 0x7f on as \xNN.
func Bytes(v []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(v), '\'') >= 0 && strings.IndexByte(string(v), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(v) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	const hex = "0123456789abcdef"
	for _, c := range v {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
