package rt

import (
	"strings"
	"unicode"
)

// The str type's hooks.

func asStrObj(v Value) (*StrObj, bool) {
	s, ok := v.O.(*StrObj)
	return s, ok && v.K == KObj
}

// strIndexRunes converts a byte offset to a code point offset.
func (s *StrObj) cpIndex(byteOff int) int {
	if s.isASCII() {
		return byteOff
	}
	return runeCount(s.S[:byteOff])
}

// byteOffset converts a code point offset (0..Len) to a byte offset.
func (s *StrObj) byteOffset(cp int) int {
	if s.isASCII() {
		return cp
	}
	if s.offs == nil {
		offs := make([]int32, 0, s.Len()+1)
		for i := 0; i < len(s.S); {
			offs = append(offs, int32(i))
			_, sz := DecodeRune(s.S, i)
			i += sz
		}
		s.offs = append(offs, int32(len(s.S)))
	}
	if cp >= len(s.offs) {
		return len(s.S)
	}
	return int(s.offs[cp])
}

func init() {
	t := StrType
	t.Repr = strRepr
	t.Str = strStr
	t.Hash = strHash
	t.Len = strLen
	t.Compare = strCompare
	t.Contains = strContains
	t.GetItem = strGetItem
	t.Iter = strIter
	t.Num[BinAdd] = strAdd
	t.Num[BinMul] = strMul
	t.Num[BinMod] = strMod
	t.New = strNew
	initStrMethods(t)
}

// strRepr is the Repr hook (__repr__) of str.
func strRepr(v Value) (string, *Exc) { return StrRepr(v.O.(*StrObj).S), nil }

// strStr is the Str hook (__str__) of str.
func strStr(v Value) (string, *Exc) { return v.O.(*StrObj).S, nil }

// strHash is the Hash hook (__hash__) of str.
func strHash(v Value) (int64, *Exc) { return v.O.(*StrObj).hash(), nil }

// strLen is the Len hook (__len__) of str.
func strLen(v Value) (int, *Exc) { return v.O.(*StrObj).Len(), nil }

// strCompare is the Compare hook (rich comparison) of str.
func strCompare(a, b Value, op CompareOp) (Value, *Exc) {
	y, ok := asStrObj(b)
	if !ok {
		return NotImplemented, nil
	}
	// WTF-8 byte order is code point order.
	return Bool(CmpResult(strings.Compare(a.O.(*StrObj).S, y.S), op)), nil
}

// strContains is the Contains hook (__contains__) of str.
func strContains(o, k Value) (bool, *Exc) {
	sub, ok := asStrObj(k)
	if !ok {
		return false, TypeErrorf("'in <string>' requires string as left operand, not %s", k.TypeName())
	}
	return strings.Contains(o.O.(*StrObj).S, sub.S), nil
}

// strIter is the Iter hook (__iter__) of str.
func strIter(o Value) (Value, *Exc) {
	s := o.O.(*StrObj)
	items := make([]Value, 0, len(s.S))
	for i := 0; i < len(s.S); {
		_, sz := DecodeRune(s.S, i)
		items = append(items, Str(s.S[i:i+sz]))
		i += sz
	}
	return Obj(&seqIter{items: items, t: StrIterType}), nil
}

// strAdd is the Num[BinAdd] hook (__add__) of str.
func strAdd(a, b Value) (Value, *Exc) {
	x, ok1 := asStrObj(a)
	y, ok2 := asStrObj(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return Str(x.S + y.S), nil
}

// strMul is the Num[BinMul] hook (__mul__) of str.
func strMul(a, b Value) (Value, *Exc) {
	seq, n := a, b
	if _, ok := asStrObj(a); !ok {
		seq, n = b, a
	}
	x, ok := asStrObj(seq)
	if !ok {
		return NotImplemented, nil
	}
	c, ok, e := repeatCount(n)
	if !ok || e != nil {
		return NotImplemented, e
	}
	// The length CPython checks is in code points; the memory we need is
	// our WTF-8 bytes.
	if e := checkRepeat(x.Len(), c, 1, "repeated string is too long"); e != nil {
		return Null, e
	}
	if e := checkRepeat(len(x.S), c, 1, "repeated string is too long"); e != nil {
		return Null, e
	}
	return Str(strings.Repeat(x.S, c)), nil
}

// strMod is the Num[BinMod] hook (__mod__) of str.
func strMod(a, b Value) (Value, *Exc) {
	x, ok := asStrObj(a)
	if !ok {
		return NotImplemented, nil
	}
	r, e := percentFormat(x.S, b)
	if e != nil {
		return Null, e
	}
	return Str(r), nil
}

// strNew is the New hook (__new__) of str.
func strNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if cls == StrType && len(args) == 1 && len(kw) == 0 {
		s, e := ToStr(args[0]) // str(x): the common case, without argument parsing
		if e != nil {
			return Null, e
		}
		return Str(s), nil
	}
	a, e := ParseArgs("str", args, kw, []string{"object", "encoding", "errors"}, 0)
	if e != nil {
		return Null, e
	}
	sub := func(v Value, e *Exc) (Value, *Exc) {
		if e != nil || cls == StrType {
			return v, e
		}
		return Obj(&StrObj{S: v.O.(*StrObj).S, n: -1, cls: cls}), nil
	}
	if a[0].IsNull() {
		return sub(Str(""), nil)
	}
	if !a[1].IsNull() || !a[2].IsNull() {
		b, ok := a[0].O.(*BytesObj)
		if !ok {
			return Null, TypeErrorf("decoding to str: need a bytes-like object, %s found", a[0].TypeName())
		}
		enc, errs := "utf-8", "strict"
		if !a[1].IsNull() {
			enc, _ = AsStr(a[1])
		}
		if !a[2].IsNull() {
			errs, _ = AsStr(a[2])
		}
		return sub(decodeBytes(b.B, enc, errs))
	}
	s, e := ToStr(a[0])
	if e != nil {
		return Null, e
	}
	return sub(Str(s), nil)
}

func strGetItem(o, k Value) (Value, *Exc) {
	s := o.O.(*StrObj)
	if k.K == KInt && s.isASCII() {
		i := k.I
		if i < 0 {
			i += int64(len(s.S))
		}
		if i < 0 || i >= int64(len(s.S)) {
			return Null, Errorf(ExcIndexError, "string index out of range")
		}
		return Str(s.S[i : i+1]), nil
	}
	if sl, ok := k.O.(*SliceObj); ok && k.K == KObj {
		if s.isASCII() {
			start, _, step, n, e := sl.indices(len(s.S))
			if e != nil {
				return Null, e
			}
			if step == 1 {
				return Str(s.S[start : start+n]), nil
			}
			b := make([]byte, n)
			for i := range b {
				b[i] = s.S[start+i*step]
			}
			return Str(string(b)), nil
		}
		rs := s.Runes()
		start, _, step, n, e := sl.indices(len(rs))
		if e != nil {
			return Null, e
		}
		out := make([]rune, n)
		for i := range out {
			out[i] = rs[start+i*step]
		}
		return Str(RunesToStr(out)), nil
	}
	if !isIndexable(k) {
		return Null, TypeErrorf("string indices must be integers, not '%s'", k.TypeName())
	}
	i, e := seqIndex(k, s.Len(), "string")
	if e != nil {
		return Null, e
	}
	off := s.byteOffset(i)
	_, sz := DecodeRune(s.S, off)
	return Str(s.S[off : off+sz]), nil
}

// isPySpace is str.isspace's notion of whitespace (also used by split).
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	if r < 0x80 {
		return false
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == 0x2028 || r == 0x2029
}
