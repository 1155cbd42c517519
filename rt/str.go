package rt

import (
	"strings"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// StrObj is a Python str: a WTF-8 Go string with its length in code
// points and its Python hash cached.
type StrObj struct {
	S      string
	n      int // code points; -1 until computed
	h      int64
	hashed bool
	cls    *Type // a Python subclass of str, or nil
	attrs  *Dict // the subclass instance's __dict__
	// offs caches the byte offset of every code point of a non-ASCII
	// string once it is indexed, so that s[i] in a loop stays O(1).
	offs []int32
}

// NewStrOfClass makes an instance of cls, a subclass of str, with the
// value s (an enum member of a str-mixin Enum, ...).
func NewStrOfClass(s string, cls *Type) *StrObj { return &StrObj{S: s, n: -1, cls: cls} }

// StrType is str.
var StrType = NewType("str", ObjectType)

// Type implements Object.
func (s *StrObj) Type() *Type {
	if s.cls != nil {
		return s.cls
	}
	return StrType
}

func (s *StrObj) InstDict() *Dict {
	if s.attrs == nil {
		s.attrs = NewStrDict()
	}
	return s.attrs
}

var emptyStr = &StrObj{S: "", n: 0}
var asciiStrs [128]*StrObj

func init() {
	for i := range asciiStrs {
		asciiStrs[i] = &StrObj{S: string(rune(i)), n: 1}
	}
}

// Str returns a Python str.
func Str(s string) Value {
	switch len(s) {
	case 0:
		return Value{K: KObj, O: emptyStr}
	case 1:
		if s[0] < 0x80 && asciiStrs[s[0]] != nil {
			return Value{K: KObj, O: asciiStrs[s[0]]}
		}
	}
	return Value{K: KObj, O: &StrObj{S: s, n: -1}}
}

// JoinStr concatenates f-string parts.
func JoinStr(parts ...string) Value { return Str(strings.Join(parts, "")) }

// AsStr returns the Go string of a str Value.
func AsStr(v Value) (string, bool) {
	if v.K == KObj {
		if s, ok := v.O.(*StrObj); ok {
			return s.S, true
		}
	}
	return "", false
}

// Len returns the length in code points.
func (s *StrObj) Len() int {
	if s.n < 0 {
		s.n = runeCount(s.S)
	}
	return s.n
}

// isASCII says the byte and code point indexes agree.
func (s *StrObj) isASCII() bool { return s.Len() == len(s.S) }

func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
		} else {
			_, sz := DecodeRune(s, i)
			i += sz
		}
		n++
	}
	return n
}

func (s *StrObj) hash() int64 {
	if !s.hashed {
		s.h = hashStrPy(s.S)
		s.hashed = true
	}
	return s.h
}

// Runes decodes the string into code points.
func (s *StrObj) Runes() []rune {
	rs := make([]rune, 0, s.Len())
	for i := 0; i < len(s.S); {
		r, sz := DecodeRune(s.S, i)
		rs = append(rs, r)
		i += sz
	}
	return rs
}

// encodeRune appends r in WTF-8 (lone surrogates as 3-byte sequences).
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

func RunesToStr(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = appendRune(b, r)
	}
	return string(b)
}

// StrRepr is repr(str).
func StrRepr(s string) string { return pyrepr.Str(s) }

func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || i > 0 && r >= '0' && r <= '9'
		if !ok {
			return false
		}
	}
	return true
}
