package rt

import (
	"math/big"
	"strconv"
	"strings"
)

// int conversions: parsing (int(s, base)), round(int, n), to_bytes and
// from_bytes.

// parseInt is int(s, base). On failure the Value is Null, or the digit
// count (a KInt) when the string is valid but over sys.get_int_max_str_digits().
func parseInt(s string, base int) (Value, bool) {
	t := strings.TrimSpace(s)
	t = strings.Trim(t, " \t\n\r\f\v")
	neg := false
	if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	if base == 0 || base == 16 || base == 8 || base == 2 {
		if len(t) >= 2 && t[0] == '0' {
			p := -1
			switch t[1] {
			case 'x', 'X':
				p = 16
			case 'o', 'O':
				p = 8
			case 'b', 'B':
				p = 2
			}
			if p > 0 && (base == 0 || base == p) {
				base = p
				t = t[2:]
				if strings.HasPrefix(t, "_") {
					t = t[1:]
				}
			}
		}
		if base == 0 {
			base = 10
			if len(t) > 1 && t[0] == '0' {
				// "00" is fine, "012" is not.
				if strings.Trim(t, "0_") != "" {
					return Null, false
				}
			}
		}
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return Null, false
	}
	t = strings.ReplaceAll(t, "_", "")
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			// Unicode digits: map to ASCII.
			var b strings.Builder
			for _, r := range t {
				if d := unicodeDigit(r); d >= 0 {
					b.WriteByte(byte('0' + d))
				} else {
					b.WriteRune(r)
				}
			}
			t = b.String()
			break
		}
	}
	if i, err := strconv.ParseInt(t, base, 64); err == nil {
		if neg {
			i = -i
		}
		return Int(i), true
	}
	b, ok := new(big.Int).SetString(t, base)
	if !ok {
		return Null, false
	}
	if base&(base-1) != 0 && len(t) > maxStrDigits {
		// CPython 3.11 refuses long decimal (non power of two base)
		// strings once they are known to be valid.
		return Int(int64(len(t))), false
	}
	if neg {
		b.Neg(b)
	}
	return BigInt(b), true
}

// plainO strips a subclass marker from an int or float Value's O.
func plainO(v Value) Object {
	if v.K == KObj {
		if b, ok := v.O.(*BigIntObj); ok && b.sub != nil {
			return &BigIntObj{V: b.V}
		}
		return v.O
	}
	return nil
}

// roundInt is round(int, ndigits): half to even at 10**-ndigits.
func roundInt(v, nd Value) (Value, *Exc) {
	n, e := IndexOf(nd)
	if e != nil {
		return Null, e
	}
	if n >= 0 {
		return Index(v)
	}
	if n < -4000 {
		return Int(0), nil
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	x := ToBig(v)
	q, r := new(big.Int).DivMod(x, p, new(big.Int))
	// x = q*p + r with 0 <= r < p; round half to even.
	twice := new(big.Int).Lsh(r, 1)
	c := twice.Cmp(p)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return BigInt(q.Mul(q, p)), nil
}

func intToBytes(s Value, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("to_bytes", args, kw, []string{"length", "byteorder", "signed"}, 0)
	if e != nil {
		return Null, e
	}
	length := int64(1)
	if !a[0].IsNull() {
		if length, e = IndexOf(a[0]); e != nil {
			return Null, e
		}
	}
	order := "big"
	if !a[1].IsNull() {
		order, _ = AsStr(a[1])
	}
	signed := false
	if !a[2].IsNull() {
		if signed, e = Truth(a[2]); e != nil {
			return Null, e
		}
	}
	x := ToBig(s)
	if x.Sign() < 0 && !signed {
		return Null, Errorf(ExcOverflowError, "can't convert negative int to unsigned")
	}
	if x.Sign() < 0 {
		x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	buf := x.Bytes()
	if int64(len(buf)) > length || (signed && s.K != KObj && ((s.I >= 0 && length > 0 && len(buf) == int(length) && buf[0]&0x80 != 0) || length == 0 && s.I != 0)) {
		return Null, Errorf(ExcOverflowError, "int too big to convert")
	}
	out := make([]byte, length)
	copy(out[int(length)-len(buf):], buf)
	if order == "little" {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	} else if order != "big" {
		return Null, ValueErrorf("byteorder must be either 'little' or 'big'")
	}
	return Bytes(out), nil
}

func intFromBytes(cls Value, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("from_bytes", args, kw, []string{"bytes", "byteorder", "signed"}, 1)
	if e != nil {
		return Null, e
	}
	bs, e := toBytes(a[0])
	if e != nil {
		return Null, e
	}
	b := append([]byte(nil), bs...)
	order := "big"
	if !a[1].IsNull() {
		order, _ = AsStr(a[1])
	}
	if order == "little" {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	x := new(big.Int).SetBytes(b)
	if !a[2].IsNull() {
		if sg, _ := Truth(a[2]); sg && len(b) > 0 && b[0]&0x80 != 0 {
			x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
		}
	}
	return BigInt(x), nil
}
