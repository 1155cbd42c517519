package rt

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"math/big"
	"math/bits"
	"unicode/utf8"
)

// CPython's hash functions (Python/pyhash.c, Objects/*), so that set
// iteration orders match CPython run with PYTHONHASHSEED=0.

const hashModulus = (1 << 61) - 1 // _PyHASH_MODULUS
const hashInf = 314159

// Hash is hash(v).
func Hash(v Value) (int64, *Exc) {
	if v.O != nil && v.K != KObj {
		return v.Type().Hash(v) // an int or float subclass
	}
	switch v.K {
	case KInt, KBool:
		return hashInt64(v.I), nil
	case KFloat:
		return hashFloat(v.AsFloat()), nil
	case KNone:
		return 0xFCA86420 >> 4, nil // _Py_HashPointer of a static address; any constant
	case KObj:
		if s, ok := v.O.(*StrObj); ok && s.cls == nil {
			return s.hash(), nil
		}
		t := v.O.Type()
		if t.Hash == nil {
			return 0, TypeErrorf("unhashable type: '%s'", t.tpName())
		}
		return t.Hash(v)
	}
	panic("rt: Hash of Null")
}

func hashInt64(i int64) int64 {
	if i >= -hashModulus+1 && i < hashModulus {
		if i == -1 {
			return -2
		}
		return i
	}
	neg := i < 0
	u := uint64(i)
	if neg {
		u = uint64(-i)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

var bigModulus = big.NewInt(hashModulus)

func hashBig(b *big.Int) int64 {
	var m big.Int
	m.Abs(b)
	m.Mod(&m, bigModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func hashFloat(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(f) {
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// hashStrPy is CPython's str hash with PYTHONHASHSEED=0: SipHash-1-3 with
// a zero key over the string's PEP 393 storage (1, 2 or 4 bytes a code
// point, little endian).
func hashStrPy(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	maxc := rune(0)
	n := 0
	for i := 0; i < len(s); {
		r, sz := DecodeRune(s, i)
		if r > maxc {
			maxc = r
		}
		i += sz
		n++
	}
	var buf []byte
	switch {
	case maxc < 0x80 && n == len(s):
		buf = []byte(s)
	case maxc < 0x100:
		buf = make([]byte, 0, n)
		for i := 0; i < len(s); {
			r, sz := DecodeRune(s, i)
			buf = append(buf, byte(r))
			i += sz
		}
	case maxc < 0x10000:
		buf = make([]byte, 0, 2*n)
		for i := 0; i < len(s); {
			r, sz := DecodeRune(s, i)
			buf = append(buf, byte(r), byte(r>>8))
			i += sz
		}
	default:
		buf = make([]byte, 0, 4*n)
		for i := 0; i < len(s); {
			r, sz := DecodeRune(s, i)
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
			i += sz
		}
	}
	h := int64(siphash13(buf))
	if h == -1 {
		h = -2
	}
	return h
}

// DecodeRune decodes one code point of a WTF-8 string (lone surrogates
// are 3-byte sequences that utf8 rejects).
func DecodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	r, sz := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && sz == 1 && c == 0xED && i+2 < len(s) {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return r, sz
}

func siphash13(b []byte) uint64 {
	v0 := uint64(0x736f6d6570736575)
	v1 := uint64(0x646f72616e646f6d)
	v2 := uint64(0x6c7967656e657261)
	v3 := uint64(0x7465646279746573)
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	n := len(b)
	for len(b) >= 8 {
		m := binary.LittleEndian.Uint64(b)
		v3 ^= m
		round()
		v0 ^= m
		b = b[8:]
	}
	t := uint64(n) << 56
	for i := len(b) - 1; i >= 0; i-- {
		t |= uint64(b[i]) << (8 * uint(i))
	}
	v3 ^= t
	round()
	v0 ^= t
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}

// hashTuple is CPython's xxHash-based tuple hash.
func hashTuple(items []Value) (int64, *Exc) {
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	acc := uint64(p5)
	for _, it := range items {
		h, e := Hash(it)
		if e != nil {
			return 0, e
		}
		acc += uint64(h) * p2
		acc = bits.RotateLeft64(acc, 31)
		acc *= p1
	}
	acc += uint64(len(items)) ^ (p5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// hashPointer is CPython's _Py_HashPointer for identity hashes of objects
// (rotated address); we use a per-object counter as the "address".
func hashID(id uint64) int64 {
	y := bits.RotateLeft64(id, -4)
	h := int64(y)
	if h == -1 {
		h = -2
	}
	return h
}

var strSeed = maphash.MakeSeed()

// FastStrHash hashes attribute names for the str-keyed tables where only
// equality matters (not Python-visible order).
func FastStrHash(s string) int64 { return int64(maphash.String(strSeed, s)) }

// tpName is CPython's tp_name of t: Name, or CName for the C types of
// modules other than builtins.
func (t *Type) tpName() string {
	if t.CName != "" {
		return t.CName
	}
	return t.Name
}
