package rt

import (
	"strings"
	"unicode"
)

// str case conversions with CPython's full mappings (unicodeobject.c's
// do_upper/do_lower/do_title/do_capitalize/do_swapcase/do_casefold): a
// code point may map to several (ß → SS, ŉ → ʼN, İ → i̇), casefold uses
// the full case folding, and a capital sigma lowers to final ς at the end
// of a word. The one-to-several entries come from strcase_table.go;
// one-to-one mappings are the unicode package's.

func isASCIIStr(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isCased is _PyUnicode_IsCased: Lu, Ll, Lt or Other_Lowercase/Uppercase.
func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.In(r, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// isCaseIgnorable is _PyUnicode_IsCaseIgnorable: Mn, Me, Cf, Lm, Sk and
// the Word_Break MidLetter, MidNumLet and Single_Quote characters.
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// finalSigma is handle_capital_sigma: Σ at i lowers to ς when a cased
// letter precedes it and none follows (case-ignorable ones skipped).
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && isCaseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !isCased(rs[j])
}

func appendUpper(b []byte, r rune) []byte {
	if m, ok := specialUpper[r]; ok {
		return append(b, m...)
	}
	return appendRune(b, unicode.ToUpper(r))
}

func appendTitle(b []byte, r rune) []byte {
	if m, ok := specialTitle[r]; ok {
		return append(b, m...)
	}
	return appendRune(b, unicode.ToTitle(r))
}

// appendLower is lower_ucs4: the full lowercase of rs[i].
func appendLower(b []byte, rs []rune, i int) []byte {
	r := rs[i]
	if r == 0x3A3 {
		if finalSigma(rs, i) {
			return appendRune(b, 0x3C2)
		}
		return appendRune(b, 0x3C3)
	}
	if m, ok := specialLower[r]; ok {
		return append(b, m...)
	}
	return appendRune(b, unicode.ToLower(r))
}

func strUpper(s *StrObj) string {
	if isASCIIStr(s.S) {
		return strings.ToUpper(s.S)
	}
	var b []byte
	for _, r := range s.Runes() {
		b = appendUpper(b, r)
	}
	return string(b)
}

func strLower(s *StrObj) string {
	if isASCIIStr(s.S) {
		return strings.ToLower(s.S)
	}
	rs := s.Runes()
	var b []byte
	for i := range rs {
		b = appendLower(b, rs, i)
	}
	return string(b)
}

func strCasefold(s *StrObj) string {
	if isASCIIStr(s.S) {
		return strings.ToLower(s.S)
	}
	var b []byte
	for _, r := range s.Runes() {
		if m, ok := specialFold[r]; ok {
			b = append(b, m...)
		} else if m, ok := specialLower[r]; ok {
			b = append(b, m...)
		} else {
			b = appendRune(b, unicode.ToLower(r))
		}
	}
	return string(b)
}

// strTitle is do_title: title case after an uncased character, lower
// case after a cased one.
func strTitle(s *StrObj) string {
	rs := s.Runes()
	var b []byte
	prevCased := false
	for i, r := range rs {
		if prevCased {
			b = appendLower(b, rs, i)
		} else {
			b = appendTitle(b, r)
		}
		prevCased = isCased(r)
	}
	return string(b)
}

// strCapitalize is do_capitalize (3.8+): the first character in title
// case, the rest in lower case.
func strCapitalize(s *StrObj) string {
	rs := s.Runes()
	var b []byte
	for i, r := range rs {
		if i == 0 {
			b = appendTitle(b, r)
		} else {
			b = appendLower(b, rs, i)
		}
	}
	return string(b)
}

// strSwapcase is do_swapcase: upper case letters lowered (final sigma
// included), lower case ones uppercased, the rest kept.
func strSwapcase(s *StrObj) string {
	rs := s.Runes()
	var b []byte
	for i, r := range rs {
		// _PyUnicode_IsUppercase/IsLowercase include Other_Uppercase (Ⅷ)
		// and Other_Lowercase (ⓐ, U+0345), which unicode.IsUpper/IsLower do not.
		switch {
		case unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r):
			b = appendLower(b, rs, i)
		case unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r):
			b = appendUpper(b, r)
		default:
			b = appendRune(b, r)
		}
	}
	return string(b)
}
