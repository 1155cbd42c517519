package rt

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// BytesObj is bytes (immutable).
type BytesObj struct{ B []byte }

// BytesType is bytes.
var BytesType = NewType("bytes", ObjectType)

// Type implements Object.
func (*BytesObj) Type() *Type { return BytesType }

// Bytes returns a bytes value (the slice is kept).
func Bytes(b []byte) Value { return Obj(&BytesObj{B: b}) }

func bytesRepr(b []byte) string { return pyrepr.Bytes(b) }

// toBytes accepts bytes-like arguments.
func toBytes(v Value) ([]byte, *Exc) {
	if b, ok := v.O.(*BytesObj); ok && v.K == KObj {
		return b.B, nil
	}
	if b, ok := v.O.(*ByteArrayObj); ok && v.K == KObj {
		return b.B, nil
	}
	return nil, TypeErrorf("a bytes-like object is required, not '%s'", v.TypeName())
}

// decodeBytes is bytes.decode for the common codecs.
func decodeBytes(b []byte, encoding, errors string) (Value, *Exc) {
	enc := strings.ReplaceAll(strings.ToLower(encoding), "_", "-")
	switch enc {
	case "utf-8", "utf8":
		if utf8.Valid(b) {
			return Str(string(b)), nil
		}
		if errors == "replace" {
			return Str(strings.ToValidUTF8(string(b), "\uFFFD")), nil
		}
		if errors == "ignore" {
			return Str(strings.ToValidUTF8(string(b), "")), nil
		}
		start, end, reason := utf8DecodeError(b)
		return Null, newUnicodeDecodeError("utf-8", b, start, end, reason)
	case "ascii":
		for i, c := range b {
			if c >= 0x80 {
				if errors == "ignore" || errors == "replace" {
					continue
				}
				return Null, newUnicodeDecodeError("ascii", b, i, i+1, "ordinal not in range(128)")
			}
		}
		return Str(string(b)), nil
	case "latin-1", "latin1", "iso-8859-1":
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		return Str(string(rs)), nil
	}
	return Null, Errorf(ExcLookupError, "unknown encoding: %s", encoding)
}

// encodeStr is str.encode.
func encodeStr(s string, encoding, errors string) (Value, *Exc) {
	enc := strings.ReplaceAll(strings.ToLower(encoding), "_", "-")
	switch enc {
	case "utf-8", "utf8":
		return Bytes([]byte(s)), nil
	case "ascii", "latin-1", "latin1", "iso-8859-1":
		limit := rune(0x80)
		if enc != "ascii" {
			limit = 0x100
		}
		out := make([]byte, 0, len(s))
		rs := (&StrObj{S: s}).Runes()
		for i, r := range rs {
			if r >= limit {
				if errors == "ignore" {
					continue
				}
				if errors == "replace" {
					out = append(out, '?')
					continue
				}
				name := "ascii"
				if enc != "ascii" {
					name = "latin-1"
				}
				// The error covers the whole run of unencodable characters.
				end := i + 1
				for end < len(rs) && rs[end] >= limit {
					end++
				}
				return Null, newUnicodeEncodeError(name, s, i, end, fmt.Sprintf("ordinal not in range(%d)", limit))
			}
			out = append(out, byte(r))
		}
		return Bytes(out), nil
	}
	return Null, Errorf(ExcLookupError, "unknown encoding: %s", encoding)
}

func init() {
	t := BytesType
	t.Repr = bytesReprHook
	t.Hash = bytesHash
	t.Len = bytesLen
	t.GetItem = bytesGetItem
	t.Contains = bytesContains
	t.Iter = bytesIter
	t.Compare = bytesCompare
	t.Num[BinAdd] = bytesAdd
	t.Num[BinMul] = bytesMul
	t.New = bytesNew
	t.Method("hex", bytesHex)
	t.Method("decode", bytesDecode)
	t.ClassMethod("fromhex", bytesFromhex)
	t.Method("startswith", bytesStartswith)
	t.Method("endswith", bytesEndswith)
}

// bytesReprHook is the Repr hook (__repr__) of bytes.
func bytesReprHook(v Value) (string, *Exc) { return bytesRepr(v.O.(*BytesObj).B), nil }

// bytesHash is the Hash hook (__hash__) of bytes.
func bytesHash(v Value) (int64, *Exc) {
	b := v.O.(*BytesObj).B
	if len(b) == 0 {
		return 0, nil
	}
	h := int64(siphash13(b))
	if h == -1 {
		h = -2
	}
	return h, nil
}

// bytesLen is the Len hook (__len__) of bytes.
func bytesLen(v Value) (int, *Exc) { return len(v.O.(*BytesObj).B), nil }

// bytesGetItem is the GetItem hook (__getitem__) of bytes.
func bytesGetItem(o, k Value) (Value, *Exc) {
	b := o.O.(*BytesObj).B
	if s, ok := k.O.(*SliceObj); ok && k.K == KObj {
		start, _, step, n, e := s.indices(len(b))
		if e != nil {
			return Null, e
		}
		out := make([]byte, n)
		for i := range out {
			out[i] = b[start+i*step]
		}
		return Bytes(out), nil
	}
	if !isIndexable(k) {
		return Null, TypeErrorf("byte indices must be integers or slices, not %s", k.TypeName())
	}
	i, e := seqIndex(k, len(b), "index")
	if e != nil {
		return Null, e
	}
	return Int(int64(b[i])), nil
}

// bytesContains is the Contains hook (__contains__) of bytes.
func bytesContains(o, k Value) (bool, *Exc) {
	b := o.O.(*BytesObj).B
	if IsIntLike(k) {
		return bytes.IndexByte(b, byte(k.I)) >= 0, nil
	}
	sub, e := toBytes(k)
	if e != nil {
		return false, e
	}
	return bytes.Contains(b, sub), nil
}

// bytesIter is the Iter hook (__iter__) of bytes.
func bytesIter(o Value) (Value, *Exc) {
	b := o.O.(*BytesObj).B
	items := make([]Value, len(b))
	for i, c := range b {
		items[i] = Int(int64(c))
	}
	return Obj(&seqIter{items: items, t: TupleIterType}), nil
}

// bytesCompare is the Compare hook (rich comparison) of bytes.
func bytesCompare(a, b Value, op CompareOp) (Value, *Exc) {
	y, ok := b.O.(*BytesObj)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(CmpResult(bytes.Compare(a.O.(*BytesObj).B, y.B), op)), nil
}

// bytesAdd is the Num[BinAdd] hook (__add__) of bytes.
func bytesAdd(a, b Value) (Value, *Exc) {
	x, ok1 := a.O.(*BytesObj)
	y, ok2 := b.O.(*BytesObj)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return Bytes(append(append([]byte(nil), x.B...), y.B...)), nil
}

// bytesMul is the Num[BinMul] hook (__mul__) of bytes.
func bytesMul(a, b Value) (Value, *Exc) {
	seq, n := a, b
	if _, ok := a.O.(*BytesObj); !ok {
		seq, n = b, a
	}
	x, ok := seq.O.(*BytesObj)
	if !ok {
		return NotImplemented, nil
	}
	c, ok, e := repeatCount(n)
	if !ok || e != nil {
		return NotImplemented, e
	}
	if e := checkRepeat(len(x.B), c, 1, "repeated bytes are too long"); e != nil {
		return Null, e
	}
	return Bytes(bytes.Repeat(x.B, c)), nil
}

// bytesNew is the New hook (__new__) of bytes.
func bytesNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("bytes", args, kw, []string{"source", "encoding", "errors"}, 0)
	if e != nil {
		return Null, e
	}
	if a[0].IsNull() {
		return Bytes(nil), nil
	}
	if s, ok := AsStr(a[0]); ok {
		if a[1].IsNull() {
			return Null, TypeErrorf("string argument without an encoding")
		}
		enc, _ := AsStr(a[1])
		return encodeStr(s, enc, "strict")
	}
	if IsIntLike(a[0]) {
		n, e := IndexOf(a[0])
		if e != nil {
			return Null, e
		}
		if n < 0 {
			return Null, ValueErrorf("negative count")
		}
		return Bytes(make([]byte, n)), nil
	}
	if b, ok := a[0].O.(*BytesObj); ok {
		return Bytes(b.B), nil
	}
	items, e := ToSlice(a[0])
	if e != nil {
		return Null, e
	}
	out := make([]byte, len(items))
	for i, it := range items {
		n, e := IndexOf(it)
		if e != nil {
			return Null, e
		}
		if n < 0 || n > 255 {
			return Null, ValueErrorf("bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return Bytes(out), nil
}

// bytesHex is bytes.hex.
func bytesHex(s Value, a []Value, kw []string) (Value, *Exc) {
	return Str(hex.EncodeToString(s.O.(*BytesObj).B)), nil
}

// bytesDecode is bytes.decode.
func bytesDecode(s Value, args []Value, kw []string) (Value, *Exc) {
	enc, errs, e := encodingArgs("decode", args, kw)
	if e != nil {
		return Null, e
	}
	return decodeBytes(s.O.(*BytesObj).B, enc, errs)
}

// bytesFromhex is bytes.fromhex.
func bytesFromhex(cls Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("fromhex", args, kw, 1, 1); e != nil {
		return Null, e
	}
	s, _ := AsStr(args[0])
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		return Null, ValueErrorf("non-hexadecimal number found in fromhex() arg")
	}
	return Bytes(b), nil
}

// bytesStartswith is bytes.startswith.
func bytesStartswith(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("startswith", args, kw, 1, 1); e != nil {
		return Null, e
	}
	p, e := toBytes(args[0])
	return Bool(bytes.HasPrefix(s.O.(*BytesObj).B, p)), e
}

// bytesEndswith is bytes.endswith.
func bytesEndswith(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("endswith", args, kw, 1, 1); e != nil {
		return Null, e
	}
	p, e := toBytes(args[0])
	return Bool(bytes.HasSuffix(s.O.(*BytesObj).B, p)), e
}
