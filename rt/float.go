package rt

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// FloatType is float.
var FloatType = NewType("float", ObjectType)

// toFloatOperand converts a number operand for float arithmetic.
func toFloatOperand(v Value) (float64, bool, *Exc) {
	switch v.K {
	case KFloat:
		return v.AsFloat(), true, nil
	case KInt, KBool:
		return float64(v.I), true, nil
	case KObj:
		if _, ok := v.O.(*BigIntObj); ok {
			f, e := intToFloat(v)
			return f, true, e
		}
	}
	return 0, false, nil
}

func floatNum(op BinOp) func(a, b Value) (Value, *Exc) {
	return func(a, b Value) (Value, *Exc) {
		x, ok, e := toFloatOperand(a)
		if e != nil || !ok {
			return NotImplemented, e
		}
		y, ok, e := toFloatOperand(b)
		if e != nil || !ok {
			return NotImplemented, e
		}
		switch op {
		case BinAdd:
			return Float(x + y), nil
		case BinSub:
			return Float(x - y), nil
		case BinMul:
			return Float(x * y), nil
		case BinTrueDiv:
			if y == 0 {
				return Null, Errorf(ExcZeroDivisionError, "float division by zero")
			}
			return Float(x / y), nil
		case BinFloorDiv, BinMod, BinDivmod:
			if y == 0 {
				msg := map[BinOp]string{BinFloorDiv: "float floor division by zero", BinMod: "float modulo", BinDivmod: "float divmod()"}[op]
				return Null, Errorf(ExcZeroDivisionError, "%s", msg)
			}
			q, m := floatDivmod(x, y)
			switch op {
			case BinFloorDiv:
				return Float(q), nil
			case BinMod:
				return Float(m), nil
			}
			return NewTuple(Float(q), Float(m)), nil
		case BinPow:
			return FloatPow(x, y)
		}
		return NotImplemented, nil
	}
}

// floatDivmod is CPython's float_divmod.
func floatDivmod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

func FloatPow(x, y float64) (Value, *Exc) {
	if y == 0 {
		return Float(1), nil
	}
	if math.IsNaN(x) {
		if y == 0 {
			return Float(1), nil
		}
		return Float(x), nil
	}
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		return Null, Errorf(ExcZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && !math.IsInf(x, 0) && y != math.Floor(y) && !math.IsInf(y, 0) {
		// A negative base with a fractional exponent: complex result.
		return complexPow(complex(x, 0), complex(y, 0))
	}
	r := math.Pow(x, y)
	if x > 0 && y != math.Trunc(y) && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(y) {
		if c, ok := powCorrect(x, y); ok {
			r = c
		}
	}
	if y == math.Trunc(y) && math.Abs(y) <= 1<<16 && x != 0 && !math.IsInf(x, 0) && !math.IsNaN(x) && !math.IsInf(r, 0) && r != 0 {
		// Go's Pow is not correctly rounded; C's (which CPython uses) is
		// in practice. Integral exponents are computed exactly enough
		// with big floats and rounded once.
		r = powIntExact(x, int64(y))
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return Null, NewExc(ExcOverflowError, Int(34), Str("Numerical result out of range"))
	}
	return Float(r), nil
}

// powIntExact is x**n rounded once from a 256-bit computation.
func powIntExact(x float64, n int64) float64 {
	const prec = 256
	neg := n < 0
	if neg {
		n = -n
	}
	result := new(big.Float).SetPrec(prec).SetFloat64(1)
	base := new(big.Float).SetPrec(prec).SetFloat64(x)
	for n > 0 {
		if n&1 == 1 {
			result.Mul(result, base)
		}
		n >>= 1
		if n > 0 {
			base.Mul(base, base)
		}
	}
	if neg {
		result.Quo(new(big.Float).SetPrec(prec).SetFloat64(1), result)
	}
	f, _ := result.Float64()
	return f
}

func floatRepr(v Value) (string, *Exc) { return pyrepr.Float(v.AsFloat()), nil }

// floatCompare compares a float with a number.
func floatCompare(a, b Value, op CompareOp) (Value, *Exc) {
	x := a.AsFloat()
	switch b.K {
	case KFloat:
		y := b.AsFloat()
		var r bool
		switch op {
		case OpLt:
			r = x < y
		case OpLe:
			r = x <= y
		case OpEq:
			r = x == y
		case OpNe:
			r = x != y
		case OpGt:
			r = x > y
		case OpGe:
			r = x >= y
		}
		return Bool(r), nil
	}
	if IsIntLike(b) {
		c, ok := intFloatCmp(b, x)
		if !ok {
			return Bool(op == OpNe), nil
		}
		return Bool(CmpResult(-c, op)), nil
	}
	return NotImplemented, nil
}

// parseFloat is float(str).
func parseFloat(s string) (float64, bool) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, false
	}
	low := strings.ToLower(t)
	sign := 1.0
	body := low
	if body[0] == '+' || body[0] == '-' {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch body {
	case "inf", "infinity":
		return math.Inf(int(sign)), true
	case "nan":
		return math.NaN(), true
	}
	if strings.ContainsAny(body, "xpn") || strings.Contains(body, "__") || strings.HasPrefix(body, "_") || strings.HasSuffix(body, "_") {
		return 0, false
	}
	if strings.Contains(t, "_") {
		// Underscores only between digits.
		for i := 0; i < len(t); i++ {
			if t[i] == '_' && (i == 0 || i == len(t)-1 || !isDigitByte(t[i-1]) || !isDigitByte(t[i+1])) {
				return 0, false
			}
		}
		t = strings.ReplaceAll(t, "_", "")
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// ToFloat is float(x).
func ToFloat(x Value) (Value, *Exc) {
	switch x.K {
	case KFloat:
		return Float(x.AsFloat()), nil
	case KInt, KBool:
		return Float(float64(x.I)), nil
	}
	switch o := x.O.(type) {
	case *BigIntObj:
		f, e := intToFloat(x)
		return Float(f), e
	case *StrObj:
		f, ok := parseFloat(o.S)
		if !ok {
			return Null, ValueErrorf("could not convert string to float: %s", StrRepr(o.S))
		}
		return Float(f), nil
	case *BytesObj:
		f, ok := parseFloat(string(o.B))
		if !ok {
			return Null, ValueErrorf("could not convert string to float: %s", bytesRepr(o.B))
		}
		return Float(f), nil
	}
	t := x.Type()
	if f := t.Unary[UnFloat]; f != nil {
		r, e := f(x)
		if e != nil {
			return Null, e
		}
		if r.K != KFloat {
			return Null, TypeErrorf("%s.__float__ returned non-float (type %s)", t.Name, r.TypeName())
		}
		return r, nil
	}
	if t.Index != nil {
		i, e := Index(x)
		if e != nil {
			return Null, e
		}
		return ToFloat(i)
	}
	return Null, TypeErrorf("float() argument must be a string or a real number, not '%s'", x.TypeName())
}

// roundFloat is round(f, ndigits) with exact decimal half-even rounding.
func roundFloat(f float64, nd int64) (Value, *Exc) {
	if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 {
		return Float(f), nil
	}
	if nd > 330 {
		return Float(f), nil
	}
	if nd < -330 {
		return Float(math.Copysign(0, f)), nil
	}
	r := new(big.Rat).SetFloat64(f)
	p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(absI64(nd)), nil))
	if nd >= 0 {
		r.Mul(r, p)
	} else {
		r.Quo(r, p)
	}
	q := roundRatHalfEven(r)
	res := new(big.Rat).SetInt(q)
	if nd >= 0 {
		res.Quo(res, p)
	} else {
		res.Mul(res, p)
	}
	out, _ := res.Float64()
	if math.IsInf(out, 0) {
		return Null, Errorf(ExcOverflowError, "rounded value too large to represent")
	}
	if out == 0 {
		out = math.Copysign(0, f)
	}
	return Float(out), nil
}

func absI64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func roundRatHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int))
	twice := new(big.Int).Lsh(m, 1)
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return q
}

func init() {
	t := FloatType
	for _, op := range []BinOp{BinAdd, BinSub, BinMul, BinTrueDiv, BinFloorDiv, BinMod, BinDivmod, BinPow} {
		t.Num[op] = floatNum(op)
	}
	t.Repr = floatRepr
	t.Hash = floatHash
	t.Bool = floatBool
	t.Compare = floatCompare
	t.Unary[UnNeg] = floatNeg
	t.Unary[UnPos] = floatPos
	t.Unary[UnAbs] = floatAbs
	t.Unary[UnInt] = floatInt
	t.Unary[UnFloat] = floatFloat
	t.New = floatNew
	t.Getter("real", floatReal)
	t.Getter("imag", floatImag)
	t.Method("conjugate", floatConjugate)
	t.Method("is_integer", floatIsInteger)
	t.Method("as_integer_ratio", floatAsIntegerRatio)
	t.ClassMethod("fromhex", floatFromhex)
	t.Method("hex", floatHexMethod)
	t.Method("__format__", floatFormat)
	t.Method("__round__", floatRound)
	t.Method("__trunc__", floatTrunc)
	t.Method("__floor__", floatFloor)
	t.Method("__ceil__", floatCeil)
}

// floatHash is the Hash hook (__hash__) of float.
func floatHash(v Value) (int64, *Exc) { return hashFloat(v.AsFloat()), nil }

// floatBool is the Bool hook (__bool__) of float.
func floatBool(v Value) (bool, *Exc) { return v.AsFloat() != 0, nil }

// floatNeg is the Unary[UnNeg] hook (__neg__) of float.
func floatNeg(a Value) (Value, *Exc) { return Float(-a.AsFloat()), nil }

// floatPos is the Unary[UnPos] hook (__pos__) of float.
func floatPos(a Value) (Value, *Exc) { return Float(a.AsFloat()), nil }

// floatAbs is the Unary[UnAbs] hook (__abs__) of float.
func floatAbs(a Value) (Value, *Exc) { return Float(math.Abs(a.AsFloat())), nil }

// floatInt is the Unary[UnInt] hook (__int__) of float.
func floatInt(a Value) (Value, *Exc) { return FloatToInt(a.AsFloat()) }

// floatFloat is the Unary[UnFloat] hook (__float__) of float.
func floatFloat(a Value) (Value, *Exc) { return Float(a.AsFloat()), nil }

// floatNew is the New hook (__new__) of float.
func floatNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("float", args, kw, 0, 1); e != nil {
		return Null, e
	}
	v := Float(0)
	if len(args) == 1 {
		var e *Exc
		if v, e = ToFloat(args[0]); e != nil {
			return Null, e
		}
	}
	if cls != FloatType {
		return WithSub(Float(v.AsFloat()), cls), nil
	}
	return Float(v.AsFloat()), nil
}

// floatReal is float.real.
func floatReal(s Value) (Value, *Exc) { return s, nil }

// floatImag is float.imag.
func floatImag(s Value) (Value, *Exc) { return Float(0), nil }

// floatConjugate is float.conjugate.
func floatConjugate(s Value, a []Value, kw []string) (Value, *Exc) { return s, nil }

// floatIsInteger is float.is_integer.
func floatIsInteger(s Value, a []Value, kw []string) (Value, *Exc) {
	f := s.AsFloat()
	return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
}

// floatAsIntegerRatio is float.as_integer_ratio.
func floatAsIntegerRatio(s Value, a []Value, kw []string) (Value, *Exc) {
	f := s.AsFloat()
	if math.IsInf(f, 0) {
		return Null, Errorf(ExcOverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return Null, ValueErrorf("cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return NewTuple(BigInt(new(big.Int).Set(r.Num())), BigInt(new(big.Int).Set(r.Denom()))), nil
}

// floatFromhex is float.fromhex.
func floatFromhex(cls Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("fromhex", a, kw, 1, 1); e != nil {
		return Null, e
	}
	s, ok := AsStr(a[0])
	if !ok {
		return Null, TypeErrorf("bad argument type for built-in operation")
	}
	f, e := floatFromHex(s)
	if e != nil {
		return Null, e
	}
	if c, ok := cls.O.(*Type); ok && cls.K == KObj && c != FloatType {
		return Call(cls, []Value{Float(f)}, nil) // a subclass: cls(value), as CPython
	}
	return Float(f), nil
}

// floatHexMethod is float.hex.
func floatHexMethod(s Value, a []Value, kw []string) (Value, *Exc) {
	return Str(floatHex(s.AsFloat())), nil
}

// floatFormat is float.__format__.
func floatFormat(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("__format__", a, kw, 1, 1); e != nil {
		return Null, e
	}
	spec, _ := AsStr(a[0])
	if spec == "" {
		r, e := ToStr(s) // float.__format__('') is str(self)
		return Str(r), e
	}
	r, e := formatFloatSpec(s.AsFloat(), spec)
	return Str(r), e
}

// floatRound is float.__round__.
func floatRound(s Value, a []Value, kw []string) (Value, *Exc) {
	if len(a) == 0 || a[0].IsNone() {
		f := math.RoundToEven(s.AsFloat())
		return FloatToInt(f)
	}
	n, e := IndexOf(a[0])
	if e != nil {
		return Null, e
	}
	return roundFloat(s.AsFloat(), n)
}

// floatTrunc is float.__trunc__.
func floatTrunc(s Value, a []Value, kw []string) (Value, *Exc) { return FloatToInt(s.AsFloat()) }

// floatFloor is float.__floor__.
func floatFloor(s Value, a []Value, kw []string) (Value, *Exc) {
	return FloatToInt(math.Floor(s.AsFloat()))
}

// floatCeil is float.__ceil__.
func floatCeil(s Value, a []Value, kw []string) (Value, *Exc) {
	return FloatToInt(math.Ceil(s.AsFloat()))
}

// floatHex is float.hex().
func floatHex(f float64) string {
	if math.IsNaN(f) {
		return "nan"
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return "inf"
		}
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int((bits >> 52) & 0x7ff)
	mant := bits & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	m := strconv.FormatUint(mant, 16)
	m = strings.Repeat("0", 13-len(m)) + m
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + m + "p" + es
}

// floatFromHex is float.fromhex: [sign] ["0x"] hexdigits ["." hexdigits]
// ["p" [sign] digits], or inf/infinity/nan, surrounded by whitespace.
// The value is rounded half to even (strconv does it for hex floats).
func floatFromHex(s string) (float64, *Exc) {
	invalid := ValueErrorf("invalid hexadecimal floating-point string")
	t := strings.TrimSpace(s)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	isHex := func(c byte) bool {
		return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
	}
	i, digits := 0, 0
	for i < len(t) && isHex(t[i]) {
		i, digits = i+1, digits+1
	}
	mant := t[:i]
	if i < len(t) && t[i] == '.' {
		i++
		j := i
		for i < len(t) && isHex(t[i]) {
			i, digits = i+1, digits+1
		}
		mant += "." + t[j:i]
	}
	if digits == 0 {
		return 0, invalid
	}
	exp := "0"
	if i < len(t) && (t[i] == 'p' || t[i] == 'P') {
		i++
		j := i
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			i++
		}
		k := i
		for i < len(t) && '0' <= t[i] && t[i] <= '9' {
			i++
		}
		if i == k {
			return 0, invalid
		}
		exp = t[j:i]
	}
	if i != len(t) {
		return 0, invalid
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil && math.IsInf(f, 0) {
		return 0, Errorf(ExcOverflowError, "hexadecimal value too large to represent as a float")
	}
	if err != nil {
		return 0, invalid
	}
	if neg {
		f = -f
	}
	return f, nil
}

// FloatArg converts an int/float/bool argument to float64, TypeError
// otherwise (the delays of sleep, call_later, wait_for...).
func FloatArg(v Value) (float64, *Exc) {
	switch v.K {
	case KInt, KBool:
		return float64(v.I), nil
	case KFloat:
		return v.AsFloat(), nil
	}
	if v.K == KObj && v.Type().Unary[UnFloat] != nil {
		f, e := v.Type().Unary[UnFloat](v)
		if e != nil {
			return 0, e
		}
		if f.K == KFloat {
			return f.AsFloat(), nil
		}
	}
	return 0, TypeErrorf("must be real number, not %s", v.TypeName())
}
