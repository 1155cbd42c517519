package rt

import (
	"bytes"
	"strings"
)

// bytes methods beyond the basics in bytes.go. Go strings are byte
// strings, so most are the strings package on the bytes' content.

func bytesArg(fname string, v Value) ([]byte, *Exc) {
	if b, ok := v.O.(*BytesObj); ok && v.K == KObj {
		return b.B, nil
	}
	return nil, TypeErrorf("a bytes-like object is required, not '%s'", v.TypeName())
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func init() {
	t := BytesType
	m := func(name string, min, max int, f func(b []byte, args []Value) (Value, *Exc)) {
		t.Method(name, func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("bytes."+name, args, kw, min, max); e != nil {
				return Null, e
			}
			return f(self.O.(*BytesObj).B, args)
		})
	}
	strip := func(name string, left, right bool) {
		m(name, 0, 1, func(b []byte, a []Value) (Value, *Exc) {
			cut := isASCIISpace
			if len(a) == 1 && !a[0].IsNone() {
				chars, e := bytesArg(name, a[0])
				if e != nil {
					return Null, e
				}
				cut = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
			}
			i, j := 0, len(b)
			if left {
				for i < j && cut(b[i]) {
					i++
				}
			}
			if right {
				for j > i && cut(b[j-1]) {
					j--
				}
			}
			return Bytes(append([]byte(nil), b[i:j]...)), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	t.Method("split", bytesSplit)
	m("join", 1, 1, bytesJoin)
	m("replace", 2, 3, bytesReplace)
	find := func(name string, right, raise bool) {
		m(name, 1, 1, func(b []byte, a []Value) (Value, *Exc) {
			var i int
			if IsIntLike(a[0]) {
				if right {
					i = bytes.LastIndexByte(b, byte(a[0].I))
				} else {
					i = bytes.IndexByte(b, byte(a[0].I))
				}
			} else {
				sub, e := bytesArg(name, a[0])
				if e != nil {
					return Null, e
				}
				if right {
					i = bytes.LastIndex(b, sub)
				} else {
					i = bytes.Index(b, sub)
				}
			}
			if i < 0 && raise {
				return Null, ValueErrorf("subsection not found")
			}
			return Int(int64(i)), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	m("count", 1, 1, bytesCount)
	m("upper", 0, 0, bytesUpper)
	m("lower", 0, 0, bytesLower)
	pred := func(name string, f func(c byte) bool) {
		m(name, 0, 0, func(b []byte, a []Value) (Value, *Exc) {
			if len(b) == 0 {
				return False, nil
			}
			for _, c := range b {
				if !f(c) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	pred("isdigit", bytesIsdigit)
	pred("isalpha", bytesIsalpha)
	pred("isspace", isASCIISpace)
	pred("isalnum", bytesIsalnum)
	m("partition", 1, 1, bytesPartition)
	m("splitlines", 0, 1, bytesSplitlines)
}

// bytesSplit is bytes.split.
func bytesSplit(self Value, args []Value, kw []string) (Value, *Exc) {
	sepArg, max, e := splitArgs("split", args, kw)
	if e != nil {
		return Null, e
	}
	b := self.O.(*BytesObj).B
	var parts []string
	if sepArg.IsNull() || sepArg.IsNone() {
		// ASCII whitespace only (bytes.split has no Unicode notion).
		s := string(b)
		for {
			s = strings.TrimLeftFunc(s, func(r rune) bool { return r < 0x80 && isASCIISpace(byte(r)) })
			if s == "" {
				break
			}
			if max >= 0 && len(parts) == max {
				parts = append(parts, s)
				break
			}
			i := strings.IndexFunc(s, func(r rune) bool { return r < 0x80 && isASCIISpace(byte(r)) })
			if i < 0 {
				parts = append(parts, s)
				break
			}
			parts = append(parts, s[:i])
			s = s[i:]
		}
	} else {
		sep, e := bytesArg("split", sepArg)
		if e != nil {
			return Null, e
		}
		if len(sep) == 0 {
			return Null, ValueErrorf("empty separator")
		}
		if max < 0 {
			parts = strings.Split(string(b), string(sep))
		} else {
			parts = strings.SplitN(string(b), string(sep), max+1)
		}
	}
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = Bytes([]byte(p))
	}
	return NewList(out...), nil
}

// bytesJoin implements bytes.join (through m).
func bytesJoin(b []byte, a []Value) (Value, *Exc) {
	items, e := ToSlice(a[0])
	if e != nil {
		return Null, e
	}
	parts := make([][]byte, len(items))
	for i, it := range items {
		p, ok := it.O.(*BytesObj)
		if !ok {
			return Null, TypeErrorf("sequence item %d: expected a bytes-like object, %s found", i, it.TypeName())
		}
		parts[i] = p.B
	}
	return Bytes(bytes.Join(parts, b)), nil
}

// bytesReplace implements bytes.replace (through m).
func bytesReplace(b []byte, a []Value) (Value, *Exc) {
	old, e := bytesArg("replace", a[0])
	if e != nil {
		return Null, e
	}
	nw, e := bytesArg("replace", a[1])
	if e != nil {
		return Null, e
	}
	n := -1
	if len(a) == 3 {
		c, e := IndexOf(a[2])
		if e != nil {
			return Null, e
		}
		n = int(c)
	}
	return Bytes(bytes.Replace(b, old, nw, n)), nil
}

// bytesCount implements bytes.count (through m).
func bytesCount(b []byte, a []Value) (Value, *Exc) {
	sub, e := bytesArg("count", a[0])
	if e != nil {
		return Null, e
	}
	return Int(int64(bytes.Count(b, sub))), nil
}

// bytesUpper implements bytes.upper (through m).
func bytesUpper(b []byte, a []Value) (Value, *Exc) { return Bytes(bytes.ToUpper(b)), nil }

// bytesLower implements bytes.lower (through m).
func bytesLower(b []byte, a []Value) (Value, *Exc) { return Bytes(bytes.ToLower(b)), nil }

// bytesIsdigit implements bytes.isdigit (through pred).
func bytesIsdigit(c byte) bool { return c >= '0' && c <= '9' }

// bytesIsalpha implements bytes.isalpha (through pred).
func bytesIsalpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// bytesIsalnum implements bytes.isalnum (through pred).
func bytesIsalnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// bytesPartition implements bytes.partition (through m).
func bytesPartition(b []byte, a []Value) (Value, *Exc) {
	sep, e := bytesArg("partition", a[0])
	if e != nil {
		return Null, e
	}
	i := bytes.Index(b, sep)
	if i < 0 {
		return NewTuple(Bytes(b), Bytes(nil), Bytes(nil)), nil
	}
	return NewTuple(Bytes(b[:i]), Bytes(sep), Bytes(b[i+len(sep):])), nil
}

// bytesSplitlines implements bytes.splitlines (through m).
func bytesSplitlines(b []byte, a []Value) (Value, *Exc) {
	keep := false
	if len(a) == 1 {
		keep, _ = Truth(a[0])
	}
	var out []Value
	start := 0
	for i := 0; i < len(b); i++ {
		if b[i] == '\n' || b[i] == '\r' {
			end := i
			if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			if keep {
				end = i + 1
			}
			out = append(out, Bytes(b[start:end]))
			start = i + 1
		}
	}
	if start < len(b) {
		out = append(out, Bytes(b[start:]))
	}
	return NewList(out...), nil
}
