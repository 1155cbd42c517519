package uuid

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"math/big"
	"strings"

	"github.com/py2goasync/py2goasync/rt"
	_ "github.com/py2goasync/py2goasync/rt/lib/os" // uuid4 calls os.urandom, as uuid.py does
)

// uuid: the UUID class (from hex, bytes or int; str/repr/hex/int/bytes/
// version/variant, comparisons) and uuid3/uuid4/uuid5. uuid4 draws from
// os.urandom through the module attribute, as CPython does, so
// deterministic mode gives CPython's values (docs/deterministic.md).

type uuidObj struct{ b [16]byte }

var UUIDType = rt.NewType("UUID", rt.ObjectType)

func (*uuidObj) Type() *rt.Type { return UUIDType }

func (u *uuidObj) String() string {
	h := hex.EncodeToString(u.b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func (u *uuidObj) intVal() rt.Value { return rt.BigInt(new(big.Int).SetBytes(u.b[:])) }

// withVersion sets the RFC 4122 variant and the version bits.
func withVersion(b [16]byte, version byte) rt.Value {
	b[8] = b[8]&0x3f | 0x80
	b[6] = b[6]&0x0f | version<<4
	return rt.Obj(&uuidObj{b: b})
}

func uuidArg(v rt.Value) (*uuidObj, bool) {
	u, ok := v.O.(*uuidObj)
	return u, ok && v.K == rt.KObj
}

func init() {
	t := UUIDType
	t.Module = "uuid"
	t.New = uuidNew
	t.Init = uuidInit
	t.Str = uuidStr
	t.Repr = uuidRepr
	t.Hash = uuidHash
	t.Compare = uuidCompare
	t.Getter("hex", uuidHex)
	t.Getter("int", uuidInt)
	t.Getter("bytes", uuidBytes)
	t.Getter("urn", uuidUrn)
	t.Getter("version", uuidVersion)
	t.Getter("variant", uuidVariant)

	m := rt.DefineModule("uuid")
	m.Set("UUID", rt.Obj(UUIDType))
	m.Set("RFC_4122", rt.Str("specified in RFC 4122"))
	ns := func(h string) rt.Value {
		var b [16]byte
		raw, _ := hex.DecodeString(strings.ReplaceAll(h, "-", ""))
		copy(b[:], raw)
		return rt.Obj(&uuidObj{b: b})
	}
	m.Set("NAMESPACE_DNS", ns("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
	m.Set("NAMESPACE_URL", ns("6ba7b811-9dad-11d1-80b4-00c04fd430c8"))
	m.Set("NAMESPACE_OID", ns("6ba7b812-9dad-11d1-80b4-00c04fd430c8"))
	m.Set("NAMESPACE_X500", ns("6ba7b814-9dad-11d1-80b4-00c04fd430c8"))
	m.Fn("uuid4", uuidUuid4)
	hashed := func(name string, version byte, sum func([]byte) []byte) {
		m.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs(name, args, kw, []string{"namespace", "name"}, 2)
			if e != nil {
				return rt.Null, e
			}
			nsu, ok := uuidArg(a[0])
			if !ok {
				return rt.Null, rt.Errorf(rt.ExcAttributeError, "'%s' object has no attribute 'bytes'", a[0].TypeName())
			}
			var data []byte
			if s, ok := rt.AsStr(a[1]); ok {
				data = []byte(s)
			} else if bo, ok := a[1].O.(*rt.BytesObj); ok {
				data = bo.B
			} else {
				return rt.Null, rt.TypeErrorf("a bytes-like object is required, not '%s'", a[1].TypeName())
			}
			var b [16]byte
			copy(b[:], sum(append(append([]byte(nil), nsu.b[:]...), data...)))
			return withVersion(b, version), nil
		})
	}
	hashed("uuid3", 3, uuidUuid3)
	hashed("uuid5", 5, uuidUuid5)
}

// uuidNew is the New hook (__new__) of UUID.
func uuidNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("UUID", args, kw, []string{"hex", "bytes", "bytes_le", "fields", "int", "version", "is_safe"}, 0)
	if e != nil {
		return rt.Null, e
	}
	given := 0
	for _, i := range []int{0, 1, 2, 3, 4} {
		if !a[i].IsNull() && !a[i].IsNone() {
			given++
		}
	}
	if given != 1 {
		return rt.Null, rt.TypeErrorf("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
	}
	var b [16]byte
	switch {
	case !a[0].IsNull() && !a[0].IsNone():
		s, ok := rt.AsStr(a[0])
		if !ok {
			return rt.Null, rt.Errorf(rt.ExcAttributeError, "'%s' object has no attribute 'replace'", a[0].TypeName())
		}
		s = strings.NewReplacer("urn:", "", "uuid:", "").Replace(s)
		s = strings.Trim(s, "{}")
		s = strings.ReplaceAll(s, "-", "")
		raw, err := hex.DecodeString(s)
		if len(s) != 32 || err != nil {
			return rt.Null, rt.ValueErrorf("badly formed hexadecimal UUID string")
		}
		copy(b[:], raw)
	case !a[1].IsNull() && !a[1].IsNone():
		bo, ok := a[1].O.(*rt.BytesObj)
		if !ok || len(bo.B) != 16 {
			return rt.Null, rt.ValueErrorf("bytes is not a 16-char string")
		}
		copy(b[:], bo.B)
	case !a[4].IsNull() && !a[4].IsNone():
		n := rt.ToBig(a[4])
		if n.Sign() < 0 || n.BitLen() > 128 {
			return rt.Null, rt.ValueErrorf("int is out of range (need a 128-bit value)")
		}
		n.FillBytes(b[:])
	default:
		return rt.Null, rt.TypeErrorf("UUID(): only hex, bytes and int are supported")
	}
	if !a[5].IsNull() && !a[5].IsNone() {
		v, e := rt.IndexOf(a[5])
		if e != nil {
			return rt.Null, e
		}
		if v < 1 || v > 5 {
			return rt.Null, rt.ValueErrorf("illegal version number")
		}
		return withVersion(b, byte(v)), nil
	}
	return rt.Obj(&uuidObj{b: b}), nil
}

// uuidInit is the Init hook (__init__) of UUID.
func uuidInit(rt.Value, []rt.Value, []string) *rt.Exc { return nil }

// uuidStr is the Str hook (__str__) of UUID.
func uuidStr(v rt.Value) (string, *rt.Exc) { return v.O.(*uuidObj).String(), nil }

// uuidRepr is the Repr hook (__repr__) of UUID.
func uuidRepr(v rt.Value) (string, *rt.Exc) {
	return v.Type().Name + "('" + v.O.(*uuidObj).String() + "')", nil
}

// uuidHash is the Hash hook (__hash__) of UUID.
func uuidHash(v rt.Value) (int64, *rt.Exc) { return rt.Hash(v.O.(*uuidObj).intVal()) }

// uuidCompare is the Compare hook (rich comparison) of UUID.
func uuidCompare(a, b rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	x, ok1 := uuidArg(a)
	y, ok2 := uuidArg(b)
	if !ok1 || !ok2 {
		return rt.NotImplemented, nil
	}
	return rt.RichCompare(x.intVal(), y.intVal(), op)
}

// uuidHex is UUID.hex.
func uuidHex(s rt.Value) (rt.Value, *rt.Exc) {
	return rt.Str(hex.EncodeToString(s.O.(*uuidObj).b[:])), nil
}

// uuidInt is UUID.int.
func uuidInt(s rt.Value) (rt.Value, *rt.Exc) { return s.O.(*uuidObj).intVal(), nil }

// uuidBytes is UUID.bytes.
func uuidBytes(s rt.Value) (rt.Value, *rt.Exc) {
	return rt.Bytes(append([]byte(nil), s.O.(*uuidObj).b[:]...)), nil
}

// uuidUrn is UUID.urn.
func uuidUrn(s rt.Value) (rt.Value, *rt.Exc) {
	return rt.Str("urn:uuid:" + s.O.(*uuidObj).String()), nil
}

// uuidVersion is UUID.version.
func uuidVersion(s rt.Value) (rt.Value, *rt.Exc) {
	u := s.O.(*uuidObj)
	if u.b[8]&0xc0 != 0x80 { // not the RFC 4122 variant
		return rt.None, nil
	}
	return rt.Int(int64(u.b[6] >> 4)), nil
}

// uuidVariant is UUID.variant.
func uuidVariant(s rt.Value) (rt.Value, *rt.Exc) {
	v := s.O.(*uuidObj).b[8]
	switch {
	case v&0x80 == 0:
		return rt.Str("reserved for NCS compatibility"), nil
	case v&0x40 == 0:
		return rt.Str("specified in RFC 4122"), nil
	case v&0x20 == 0:
		return rt.Str("reserved for Microsoft compatibility"), nil
	}
	return rt.Str("reserved for future definition"), nil
}

// uuidUuid4 is uuid.uuid4.
func uuidUuid4(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("uuid4", args, kw, 0, 0); e != nil {
		return rt.Null, e
	}
	osm, e := rt.Import("os", false, 0)
	if e != nil {
		return rt.Null, e
	}
	r, e := rt.CallMethod(osm, "urandom", []rt.Value{rt.Int(16)}, nil)
	if e != nil {
		return rt.Null, e
	}
	bo, ok := r.O.(*rt.BytesObj)
	if !ok || len(bo.B) != 16 {
		return rt.Null, rt.ValueErrorf("bytes is not a 16-char string")
	}
	var b [16]byte
	copy(b[:], bo.B)
	return withVersion(b, 4), nil
}

// uuidUuid3 implements uuid.uuid3 (through hashed).
func uuidUuid3(p []byte) []byte { s := md5.Sum(p); return s[:] }

// uuidUuid5 implements uuid.uuid5 (through hashed).
func uuidUuid5(p []byte) []byte { s := sha1.Sum(p); return s[:] }
