package rt

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

const minInt64 = math.MinInt64

// BigIntObj is an int that does not fit in int64 (always normalized: a
// value that fits is a KInt Value).
type BigIntObj struct {
	V   *big.Int
	sub *numSub // set for instances of a Python subclass of int
}

// numSub marks a KInt or KFloat Value (in its O) as an instance of a
// Python subclass of int or float: the class and the instance __dict__.
// Arithmetic ignores it (results are plain ints and floats, as CPython's).
type numSub struct {
	cls  *Type
	dict *Dict
}

func (n *numSub) Type() *Type { return n.cls }
func (n *numSub) InstDict() *Dict {
	if n.dict == nil {
		n.dict = NewStrDict()
	}
	return n.dict
}

// WithSub returns v (a plain int or float) as an instance of cls.
func WithSub(v Value, cls *Type) Value {
	ns := &numSub{cls: cls}
	if v.K == KObj {
		return Obj(&BigIntObj{V: v.O.(*BigIntObj).V, sub: ns})
	}
	v.O = ns
	return v
}

// IntType and BoolType are int and bool.
var (
	IntType  = NewType("int", ObjectType)
	BoolType = NewType("bool", IntType)
)

// Type implements Object.
func (b *BigIntObj) Type() *Type {
	if b.sub != nil {
		return b.sub.cls
	}
	return IntType
}

// BigInt returns an int of any size.
func BigInt(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return Obj(&BigIntObj{V: b})
}

// IsIntLike says v is an int (or bool).
func IsIntLike(v Value) bool {
	switch v.K {
	case KInt, KBool:
		return true
	case KObj:
		_, ok := v.O.(*BigIntObj)
		return ok
	}
	return false
}

// ToBig converts an int-like Value to a new big.Int.
func ToBig(v Value) *big.Int {
	if v.K == KObj {
		return new(big.Int).Set(v.O.(*BigIntObj).V)
	}
	return big.NewInt(v.I)
}

func Itoa(i int) string { return strconv.Itoa(i) }

// intStr is str(int) with CPython's 4300-digit limit.
func intStr(v Value) (string, *Exc) {
	if v.K != KObj {
		return strconv.FormatInt(v.I, 10), nil
	}
	b := v.O.(*BigIntObj).V
	if b.BitLen() > 14000 {
		s := b.String()
		n := len(s)
		if s[0] == '-' {
			n--
		}
		if n > maxStrDigits {
			return "", ValueErrorf("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
		}
		return s, nil
	}
	return b.String(), nil
}

var maxStrDigits = 4300

func intNum(op BinOp) func(a, b Value) (Value, *Exc) {
	return func(a, b Value) (Value, *Exc) {
		if !IsIntLike(a) || !IsIntLike(b) {
			return NotImplemented, nil
		}
		return intOp(a, b, op)
	}
}

func intOp(a, b Value, op BinOp) (Value, *Exc) {
	small := a.K != KObj && b.K != KObj
	x, y := a.I, b.I
	switch op {
	case BinAdd:
		if small {
			if s := x + y; (s > x) == (y > 0) {
				return Int(s), nil
			}
		}
		return BigInt(new(big.Int).Add(ToBig(a), ToBig(b))), nil
	case BinSub:
		if small {
			if s := x - y; (s < x) == (y > 0) {
				return Int(s), nil
			}
		}
		return BigInt(new(big.Int).Sub(ToBig(a), ToBig(b))), nil
	case BinMul:
		if small {
			if r, ok := mul64(x, y); ok {
				return Int(r), nil
			}
		}
		return BigInt(new(big.Int).Mul(ToBig(a), ToBig(b))), nil
	case BinFloorDiv, BinMod, BinDivmod:
		if (small && y == 0) || (!small && b.K != KObj && y == 0) {
			if op == BinMod {
				return Null, Errorf(ExcZeroDivisionError, "integer modulo by zero")
			}
			return Null, Errorf(ExcZeroDivisionError, "integer division or modulo by zero")
		}
		var q, m Value
		if small && !(x == minInt64 && y == -1) {
			qq, mm := x/y, x%y
			if mm != 0 && (mm < 0) != (y < 0) {
				qq--
				mm += y
			}
			q, m = Int(qq), Int(mm)
		} else {
			bx, by := ToBig(a), ToBig(b)
			qq, mm := new(big.Int).DivMod(bx, by, new(big.Int))
			// Go's DivMod is Euclidean (m >= 0); Python floors.
			if mm.Sign() != 0 && by.Sign() < 0 {
				qq.Add(qq, big.NewInt(1))
				mm.Add(mm, by)
			}
			q, m = BigInt(qq), BigInt(mm)
		}
		switch op {
		case BinFloorDiv:
			return q, nil
		case BinMod:
			return m, nil
		}
		return NewTuple(q, m), nil
	case BinTrueDiv:
		if b.K != KObj && y == 0 {
			return Null, Errorf(ExcZeroDivisionError, "division by zero")
		}
		if small && x > -(1<<53) && x < 1<<53 && y > -(1<<53) && y < 1<<53 {
			return Float(float64(x) / float64(y)), nil
		}
		r := new(big.Rat).SetFrac(ToBig(a), ToBig(b))
		f, _ := r.Float64()
		if math.IsInf(f, 0) {
			return Null, Errorf(ExcOverflowError, "integer division result too large for a float")
		}
		return Float(f), nil
	case BinPow:
		return intPow(a, b)
	case BinLShift, BinRShift:
		if (b.K == KObj && b.O.(*BigIntObj).V.Sign() < 0) || (b.K != KObj && y < 0) {
			return Null, ValueErrorf("negative shift count")
		}
		if op == BinRShift {
			if b.K == KObj || y >= 64 {
				if a.K == KObj {
					if b.K == KObj {
						return Int(int64(ToBig(a).Sign()) >> 1), nil
					}
					return BigInt(new(big.Int).Rsh(ToBig(a), uint(y))), nil
				}
				if x < 0 {
					return Int(-1), nil
				}
				return Int(0), nil
			}
			if a.K != KObj {
				return Int(x >> uint(y)), nil
			}
			return BigInt(new(big.Int).Rsh(ToBig(a), uint(y))), nil
		}
		if b.K == KObj {
			if a.K != KObj && x == 0 {
				return Int(0), nil
			}
			return Null, Errorf(ExcOverflowError, "too many digits in integer")
		}
		if a.K != KObj && y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return Int(r), nil
			}
		}
		return BigInt(new(big.Int).Lsh(ToBig(a), uint(y))), nil
	case BinAnd, BinOr, BinXor:
		if small {
			var r int64
			switch op {
			case BinAnd:
				r = x & y
			case BinOr:
				r = x | y
			default:
				r = x ^ y
			}
			if a.K == KBool && b.K == KBool {
				return Bool(r != 0), nil
			}
			return Int(r), nil
		}
		r := new(big.Int)
		switch op {
		case BinAnd:
			r.And(ToBig(a), ToBig(b))
		case BinOr:
			r.Or(ToBig(a), ToBig(b))
		default:
			r.Xor(ToBig(a), ToBig(b))
		}
		return BigInt(r), nil
	}
	return NotImplemented, nil
}

func mul64(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, true
	}
	neg := (x < 0) != (y < 0)
	ux, uy := uint64(x), uint64(y)
	if x < 0 {
		ux = -ux
	}
	if y < 0 {
		uy = -uy
	}
	hi, lo := bits.Mul64(ux, uy)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo), true
	}
	if lo >= 1<<63 {
		return 0, false
	}
	return int64(lo), true
}

func intPow(a, b Value) (Value, *Exc) {
	if b.K == KObj || b.I < 0 {
		if b.K == KObj && b.O.(*BigIntObj).V.Sign() > 0 {
			// Only 0, 1 and -1 survive huge exponents.
			if a.K != KObj && (a.I == 0 || a.I == 1) {
				return Int(a.I), nil
			}
			if a.K != KObj && a.I == -1 {
				if b.O.(*BigIntObj).V.Bit(0) == 0 {
					return Int(1), nil
				}
				return Int(-1), nil
			}
			return Null, Errorf(ExcOverflowError, "exponent too large")
		}
		fa, e := intToFloat(a)
		if e != nil {
			return Null, e
		}
		fb, e := intToFloat(b)
		if e != nil {
			return Null, e
		}
		return FloatPow(fa, fb)
	}
	if a.K != KObj {
		base, exp := a.I, b.I
		result := int64(1)
		ok := true
		for exp > 0 && ok {
			if exp&1 == 1 {
				result, ok = mul64(result, base)
			}
			exp >>= 1
			if exp > 0 && ok {
				base, ok = mul64(base, base)
			}
		}
		if ok {
			return Int(result), nil
		}
	}
	return BigInt(new(big.Int).Exp(ToBig(a), ToBig(b), nil)), nil
}

// intToFloat converts an int to float, raising OverflowError if too big.
func intToFloat(v Value) (float64, *Exc) {
	if v.K != KObj {
		return float64(v.I), nil
	}
	f, _ := new(big.Float).SetInt(v.O.(*BigIntObj).V).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(ExcOverflowError, "int too large to convert to float")
	}
	return f, nil
}

// intCmp compares two ints: -1, 0, 1.
func intCmp(a, b Value) int {
	if a.K != KObj && b.K != KObj {
		switch {
		case a.I < b.I:
			return -1
		case a.I > b.I:
			return 1
		}
		return 0
	}
	return ToBig(a).Cmp(ToBig(b))
}

func CmpResult(c int, op CompareOp) bool {
	switch op {
	case OpLt:
		return c < 0
	case OpLe:
		return c <= 0
	case OpEq:
		return c == 0
	case OpNe:
		return c != 0
	case OpGt:
		return c > 0
	}
	return c >= 0
}

// intFloatCmp compares an int with a float exactly; ok=false for NaN.
func intFloatCmp(a Value, f float64) (int, bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if math.IsInf(f, 1) {
		return -1, true
	}
	if math.IsInf(f, -1) {
		return 1, true
	}
	if a.K != KObj && a.I > -(1<<53) && a.I < 1<<53 {
		x := float64(a.I)
		switch {
		case x < f:
			return -1, true
		case x > f:
			return 1, true
		}
		return 0, true
	}
	bf := new(big.Float).SetInt(ToBig(a))
	return bf.Cmp(big.NewFloat(f)), true
}

// IndexOf is operator.index(v) as an int64 (OverflowError if too big).
func IndexOf(v Value) (int64, *Exc) {
	switch v.K {
	case KInt, KBool:
		return v.I, nil
	}
	if v.K == KObj {
		if _, ok := v.O.(*BigIntObj); ok {
			return 0, Errorf(ExcIndexError, "cannot fit 'int' into an index-sized integer")
		}
		if f := v.Type().Index; f != nil {
			r, e := f(v)
			if e != nil {
				return 0, e
			}
			return IndexOf(r)
		}
	}
	return 0, TypeErrorf("'%s' object cannot be interpreted as an integer", v.TypeName())
}

// Index is operator.index(v).
func Index(v Value) (Value, *Exc) {
	if IsIntLike(v) {
		if v.K != KObj {
			return Int(v.I), nil // also strips a subclass
		}
		if b := v.O.(*BigIntObj); b.sub != nil {
			return BigInt(b.V), nil
		}
		return v, nil
	}
	if f := v.Type().Index; f != nil {
		return f(v)
	}
	return Null, TypeErrorf("'%s' object cannot be interpreted as an integer", v.TypeName())
}

func IntRepr(v Value) (string, *Exc) {
	if v.K == KBool {
		if v.I != 0 {
			return "True", nil
		}
		return "False", nil
	}
	return intStr(v)
}

func init() {
	t := IntType
	for op := BinOp(0); op < numBinOps; op++ {
		if op == BinMatMul {
			continue
		}
		t.Num[op] = intNum(op)
	}
	t.Repr = IntRepr
	t.Hash = intHash
	t.Bool = intBool
	t.Index = intIndex
	t.Compare = intCompare
	t.Unary[UnNeg] = intNeg
	t.Unary[UnPos] = intPos
	t.Unary[UnInt] = intInt
	t.Unary[UnInvert] = intInvert
	t.Unary[UnAbs] = intAbs
	t.Unary[UnFloat] = intFloat
	t.New = intNewHook
	t.Getter("real", intReal)
	t.Getter("imag", intImag)
	t.Getter("numerator", intNumerator)
	t.Getter("denominator", intDenominator)
	t.Method("conjugate", intConjugate)
	t.Method("bit_length", intBitLength)
	t.Method("bit_count", intBitCount)
	t.Method("as_integer_ratio", intAsIntegerRatio)
	t.Method("__format__", intFormat)
	t.Method("__round__", intRound)
	t.Method("__trunc__", intTrunc)
	t.Method("__floor__", intFloor)
	t.Method("__ceil__", intCeil)
	t.Method("to_bytes", intToBytes)
	t.ClassMethod("from_bytes", intFromBytes)

	b := BoolType
	b.Final = true
	b.Repr = IntRepr
	b.New = boolNew
}

// intHash is the Hash hook (__hash__) of int.
func intHash(v Value) (int64, *Exc) {
	if v.K == KObj {
		return hashBig(v.O.(*BigIntObj).V), nil
	}
	return hashInt64(v.I), nil
}

// intBool is the Bool hook (__bool__) of int.
func intBool(v Value) (bool, *Exc) {
	if v.K == KObj {
		return true, nil
	}
	return v.I != 0, nil
}

// intIndex is the Index hook (__index__) of int.
func intIndex(v Value) (Value, *Exc) { return Index(v) }

// intCompare is the Compare hook (rich comparison) of int.
func intCompare(a, b Value, op CompareOp) (Value, *Exc) {
	if IsIntLike(b) {
		return Bool(CmpResult(intCmp(a, b), op)), nil
	}
	if b.K == KFloat {
		c, ok := intFloatCmp(a, b.AsFloat())
		if !ok {
			return Bool(op == OpNe), nil
		}
		return Bool(CmpResult(c, op)), nil
	}
	return NotImplemented, nil
}

// intNeg is the Unary[UnNeg] hook (__neg__) of int.
func intNeg(a Value) (Value, *Exc) {
	if a.K != KObj && a.I != minInt64 {
		return Int(-a.I), nil
	}
	return BigInt(new(big.Int).Neg(ToBig(a))), nil
}

// intPos is the Unary[UnPos] hook (__pos__) of int.
func intPos(a Value) (Value, *Exc) { return Index(a) }

// intInt is the Unary[UnInt] hook (__int__) of int.
func intInt(a Value) (Value, *Exc) { return Index(a) }

// intInvert is the Unary[UnInvert] hook (__invert__) of int.
func intInvert(a Value) (Value, *Exc) {
	if a.K != KObj {
		return Int(^a.I), nil
	}
	return BigInt(new(big.Int).Not(ToBig(a))), nil
}

// intAbs is the Unary[UnAbs] hook (__abs__) of int.
func intAbs(a Value) (Value, *Exc) {
	if a.K != KObj {
		if a.I >= 0 {
			return Int(a.I), nil
		}
		if a.I != minInt64 {
			return Int(-a.I), nil
		}
	}
	return BigInt(new(big.Int).Abs(ToBig(a))), nil
}

// intFloat is the Unary[UnFloat] hook (__float__) of int.
func intFloat(a Value) (Value, *Exc) {
	f, e := intToFloat(a)
	return Float(f), e
}

// intNewHook is the New hook (__new__) of int.
func intNewHook(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if cls == IntType && len(args) == 1 && len(kw) == 0 {
		return ToInt(args[0]) // int(x), without argument parsing
	}
	v, e := intNew(cls, args, kw)
	if e != nil || cls == IntType {
		return v, e
	}
	if v.K == KBool {
		v = Int(v.I)
	}
	return WithSub(Value{K: v.K, I: v.I, O: plainO(v)}, cls), nil
}

// boolNew is the New hook (__new__) of bool.
func boolNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("bool", args, kw, 0, 1); e != nil {
		return Null, e
	}
	if len(args) == 0 {
		return False, nil
	}
	r, e := Truth(args[0])
	return Bool(r), e
}

// intReal is int.real.
func intReal(s Value) (Value, *Exc) { return Index(s) }

// intImag is int.imag.
func intImag(s Value) (Value, *Exc) { return Int(0), nil }

// intNumerator is int.numerator.
func intNumerator(s Value) (Value, *Exc) { return Index(s) }

// intDenominator is int.denominator.
func intDenominator(s Value) (Value, *Exc) { return Int(1), nil }

// intConjugate is int.conjugate.
func intConjugate(s Value, a []Value, kw []string) (Value, *Exc) { return Index(s) }

// intBitLength is int.bit_length.
func intBitLength(s Value, a []Value, kw []string) (Value, *Exc) {
	if s.K != KObj {
		x := s.I
		if x < 0 {
			return Int(int64(bits.Len64(uint64(-x)))), nil
		}
		return Int(int64(bits.Len64(uint64(x)))), nil
	}
	return Int(int64(new(big.Int).Abs(ToBig(s)).BitLen())), nil
}

// intBitCount is int.bit_count.
func intBitCount(s Value, a []Value, kw []string) (Value, *Exc) {
	b := new(big.Int).Abs(ToBig(s))
	n := 0
	for _, w := range b.Bits() {
		n += bits.OnesCount64(uint64(w))
	}
	return Int(int64(n)), nil
}

// intAsIntegerRatio is int.as_integer_ratio.
func intAsIntegerRatio(s Value, a []Value, kw []string) (Value, *Exc) {
	v, _ := Index(s)
	return NewTuple(v, Int(1)), nil
}

// intFormat is int.__format__.
func intFormat(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("__format__", a, kw, 1, 1); e != nil {
		return Null, e
	}
	spec, _ := AsStr(a[0])
	if spec == "" {
		r, e := ToStr(s) // int.__format__('') is str(self)
		return Str(r), e
	}
	r, e := formatInt(s, spec)
	return Str(r), e
}

// intRound is int.__round__.
func intRound(s Value, a []Value, kw []string) (Value, *Exc) {
	if len(a) == 0 || a[0].IsNone() {
		return Index(s)
	}
	return roundInt(s, a[0])
}

// intTrunc is int.__trunc__.
func intTrunc(s Value, a []Value, kw []string) (Value, *Exc) { return Index(s) }

// intFloor is int.__floor__.
func intFloor(s Value, a []Value, kw []string) (Value, *Exc) { return Index(s) }

// intCeil is int.__ceil__.
func intCeil(s Value, a []Value, kw []string) (Value, *Exc) { return Index(s) }

func intNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("int", args, kw, []string{"x", "base"}, 0)
	if e != nil {
		return Null, e
	}
	x, base := a[0], a[1]
	if x.IsNull() {
		if !base.IsNull() {
			return Null, TypeErrorf("int() missing string argument")
		}
		return Int(0), nil
	}
	if base.IsNull() {
		return ToInt(x)
	}
	bi, e := IndexOf(base)
	if e != nil {
		return Null, e
	}
	if bi != 0 && (bi < 2 || bi > 36) {
		return Null, ValueErrorf("int() base must be >= 2 and <= 36, or 0")
	}
	var s string
	switch o := x.O.(type) {
	case *StrObj:
		s = o.S
	case *BytesObj:
		s = string(o.B)
	default:
		return Null, TypeErrorf("int() can't convert non-string with explicit base")
	}
	v, ok := parseInt(s, int(bi))
	if !ok && v.K == KInt {
		return Null, tooManyDigits(v.I)
	}
	if !ok {
		r, _ := ToRepr(x)
		return Null, ValueErrorf("invalid literal for int() with base %d: %s", bi, r)
	}
	return v, nil
}

// ToInt is int(x) with one argument.
func ToInt(x Value) (Value, *Exc) {
	switch x.K {
	case KInt:
		return Int(x.I), nil
	case KBool:
		return Int(x.I), nil
	case KFloat:
		return FloatToInt(x.AsFloat())
	}
	switch o := x.O.(type) {
	case *BigIntObj:
		return BigInt(o.V), nil
	case *StrObj:
		v, ok := parseInt(o.S, 10)
		if !ok && v.K == KInt {
			return Null, tooManyDigits(v.I)
		}
		if !ok {
			return Null, ValueErrorf("invalid literal for int() with base 10: %s", StrRepr(o.S))
		}
		return v, nil
	case *BytesObj:
		v, ok := parseInt(string(o.B), 10)
		if !ok && v.K == KInt {
			return Null, tooManyDigits(v.I)
		}
		if !ok {
			return Null, ValueErrorf("invalid literal for int() with base 10: %s", bytesRepr(o.B))
		}
		return v, nil
	}
	t := x.Type()
	if f := t.Unary[UnInt]; f != nil {
		r, e := f(x)
		if e != nil {
			return Null, e
		}
		if !IsIntLike(r) {
			return Null, TypeErrorf("__int__ returned non-int (type %s)", r.TypeName())
		}
		return Index(r)
	}
	if t.Index != nil {
		return Index(x)
	}
	if r, found, e := CallSpecial(x, "__trunc__"); found {
		if e != nil {
			return Null, e
		}
		return Index(r)
	}
	return Null, TypeErrorf("int() argument must be a string, a bytes-like object or a real number, not '%s'", x.TypeName())
}

func tooManyDigits(n int64) *Exc {
	return ValueErrorf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, n)
}

func FloatToInt(f float64) (Value, *Exc) {
	if math.IsNaN(f) {
		return Null, ValueErrorf("cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return Null, Errorf(ExcOverflowError, "cannot convert float infinity to integer")
	}
	f = math.Trunc(f)
	if f >= -9.2e18 && f <= 9.2e18 {
		return Int(int64(f)), nil
	}
	b, _ := big.NewFloat(f).Int(nil)
	return BigInt(b), nil
}
