package rt

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"math/big"
	"strings"
)

// uuid: the UUID class (from hex, bytes or int; str/repr/hex/int/bytes/
// version/variant, comparisons) and uuid3/uuid4/uuid5. uuid4 draws from
// os.urandom through the module attribute, as CPython does, so
// deterministic mode gives CPython's values (docs/deterministic.md).

type uuidObj struct{ b [16]byte }

var UUIDType = NewType("UUID", ObjectType)

func (*uuidObj) Type() *Type { return UUIDType }

func (u *uuidObj) String() string {
	h := hex.EncodeToString(u.b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func (u *uuidObj) intVal() Value { return BigInt(new(big.Int).SetBytes(u.b[:])) }

// withVersion sets the RFC 4122 variant and the version bits.
func withVersion(b [16]byte, version byte) Value {
	b[8] = b[8]&0x3f | 0x80
	b[6] = b[6]&0x0f | version<<4
	return Obj(&uuidObj{b: b})
}

func uuidArg(v Value) (*uuidObj, bool) {
	u, ok := v.O.(*uuidObj)
	return u, ok && v.K == KObj
}

func init() {
	t := UUIDType
	t.Module = "uuid"
	t.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("UUID", args, kw, []string{"hex", "bytes", "bytes_le", "fields", "int", "version", "is_safe"}, 0)
		if e != nil {
			return Null, e
		}
		given := 0
		for _, i := range []int{0, 1, 2, 3, 4} {
			if !a[i].IsNull() && !a[i].IsNone() {
				given++
			}
		}
		if given != 1 {
			return Null, TypeErrorf("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
		}
		var b [16]byte
		switch {
		case !a[0].IsNull() && !a[0].IsNone():
			s, ok := AsStr(a[0])
			if !ok {
				return Null, Errorf(ExcAttributeError, "'%s' object has no attribute 'replace'", a[0].TypeName())
			}
			s = strings.NewReplacer("urn:", "", "uuid:", "").Replace(s)
			s = strings.Trim(s, "{}")
			s = strings.ReplaceAll(s, "-", "")
			raw, err := hex.DecodeString(s)
			if len(s) != 32 || err != nil {
				return Null, ValueErrorf("badly formed hexadecimal UUID string")
			}
			copy(b[:], raw)
		case !a[1].IsNull() && !a[1].IsNone():
			bo, ok := a[1].O.(*BytesObj)
			if !ok || len(bo.B) != 16 {
				return Null, ValueErrorf("bytes is not a 16-char string")
			}
			copy(b[:], bo.B)
		case !a[4].IsNull() && !a[4].IsNone():
			n := ToBig(a[4])
			if n.Sign() < 0 || n.BitLen() > 128 {
				return Null, ValueErrorf("int is out of range (need a 128-bit value)")
			}
			n.FillBytes(b[:])
		default:
			return Null, TypeErrorf("UUID(): only hex, bytes and int are supported")
		}
		if !a[5].IsNull() && !a[5].IsNone() {
			v, e := IndexOf(a[5])
			if e != nil {
				return Null, e
			}
			if v < 1 || v > 5 {
				return Null, ValueErrorf("illegal version number")
			}
			return withVersion(b, byte(v)), nil
		}
		return Obj(&uuidObj{b: b}), nil
	}
	t.Init = func(Value, []Value, []string) *Exc { return nil }
	t.Str = func(v Value) (string, *Exc) { return v.O.(*uuidObj).String(), nil }
	t.Repr = func(v Value) (string, *Exc) { return v.Type().Name + "('" + v.O.(*uuidObj).String() + "')", nil }
	t.Hash = func(v Value) (int64, *Exc) { return Hash(v.O.(*uuidObj).intVal()) }
	t.Compare = func(a, b Value, op CompareOp) (Value, *Exc) {
		x, ok1 := uuidArg(a)
		y, ok2 := uuidArg(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return RichCompare(x.intVal(), y.intVal(), op)
	}
	t.Getter("hex", func(s Value) (Value, *Exc) { return Str(hex.EncodeToString(s.O.(*uuidObj).b[:])), nil })
	t.Getter("int", func(s Value) (Value, *Exc) { return s.O.(*uuidObj).intVal(), nil })
	t.Getter("bytes", func(s Value) (Value, *Exc) { return Bytes(append([]byte(nil), s.O.(*uuidObj).b[:]...)), nil })
	t.Getter("urn", func(s Value) (Value, *Exc) { return Str("urn:uuid:" + s.O.(*uuidObj).String()), nil })
	t.Getter("version", func(s Value) (Value, *Exc) {
		u := s.O.(*uuidObj)
		if u.b[8]&0xc0 != 0x80 { // not the RFC 4122 variant
			return None, nil
		}
		return Int(int64(u.b[6] >> 4)), nil
	})
	t.Getter("variant", func(s Value) (Value, *Exc) {
		v := s.O.(*uuidObj).b[8]
		switch {
		case v&0x80 == 0:
			return Str("reserved for NCS compatibility"), nil
		case v&0x40 == 0:
			return Str("specified in RFC 4122"), nil
		case v&0x20 == 0:
			return Str("reserved for Microsoft compatibility"), nil
		}
		return Str("reserved for future definition"), nil
	})

	m := DefineModule("uuid")
	m.Set("UUID", Obj(UUIDType))
	m.Set("RFC_4122", Str("specified in RFC 4122"))
	ns := func(h string) Value {
		var b [16]byte
		raw, _ := hex.DecodeString(strings.ReplaceAll(h, "-", ""))
		copy(b[:], raw)
		return Obj(&uuidObj{b: b})
	}
	m.Set("NAMESPACE_DNS", ns("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
	m.Set("NAMESPACE_URL", ns("6ba7b811-9dad-11d1-80b4-00c04fd430c8"))
	m.Set("NAMESPACE_OID", ns("6ba7b812-9dad-11d1-80b4-00c04fd430c8"))
	m.Set("NAMESPACE_X500", ns("6ba7b814-9dad-11d1-80b4-00c04fd430c8"))
	m.Fn("uuid4", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("uuid4", args, kw, 0, 0); e != nil {
			return Null, e
		}
		osm, e := Import("os", false, 0)
		if e != nil {
			return Null, e
		}
		r, e := CallMethod(osm, "urandom", []Value{Int(16)}, nil)
		if e != nil {
			return Null, e
		}
		bo, ok := r.O.(*BytesObj)
		if !ok || len(bo.B) != 16 {
			return Null, ValueErrorf("bytes is not a 16-char string")
		}
		var b [16]byte
		copy(b[:], bo.B)
		return withVersion(b, 4), nil
	})
	hashed := func(name string, version byte, sum func([]byte) []byte) {
		m.Fn(name, func(args []Value, kw []string) (Value, *Exc) {
			a, e := ParseArgs(name, args, kw, []string{"namespace", "name"}, 2)
			if e != nil {
				return Null, e
			}
			nsu, ok := uuidArg(a[0])
			if !ok {
				return Null, Errorf(ExcAttributeError, "'%s' object has no attribute 'bytes'", a[0].TypeName())
			}
			var data []byte
			if s, ok := AsStr(a[1]); ok {
				data = []byte(s)
			} else if bo, ok := a[1].O.(*BytesObj); ok {
				data = bo.B
			} else {
				return Null, TypeErrorf("a bytes-like object is required, not '%s'", a[1].TypeName())
			}
			var b [16]byte
			copy(b[:], sum(append(append([]byte(nil), nsu.b[:]...), data...)))
			return withVersion(b, version), nil
		})
	}
	hashed("uuid3", 3, func(p []byte) []byte { s := md5.Sum(p); return s[:] })
	hashed("uuid5", 5, func(p []byte) []byte { s := sha1.Sum(p); return s[:] })
}
