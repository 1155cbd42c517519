package math

import (
	"math"
	"math/big"

	"github.com/py2goasync/py2goasync/rt"
)

// math: CPython's mathmodule.c semantics. Results must be the bits C's
// libm gives CPython: exp and the logarithms are computed in
// double-double (rt/doubledouble.go) and rounded once, since Go's math.Exp/Log
// are not correctly rounded while glibc's are in practice.

func mathDomain() *rt.Exc { return rt.ValueErrorf("math domain error") }
func mathRange() *rt.Exc  { return rt.Errorf(rt.ExcOverflowError, "math range error") }

// mathFloat converts an argument as PyFloat_AsDouble: floats, ints,
// __float__ and __index__, but not strings.
func mathFloat(v rt.Value) (float64, *rt.Exc) {
	switch v.K {
	case rt.KFloat:
		return v.AsFloat(), nil
	case rt.KInt, rt.KBool:
		return float64(v.I), nil
	case rt.KObj:
		switch v.O.(type) {
		case *rt.StrObj, *rt.BytesObj:
			return 0, rt.TypeErrorf("must be real number, not %s", v.TypeName())
		}
	case rt.KNone:
		return 0, rt.TypeErrorf("must be real number, not NoneType")
	}
	t := v.Type()
	if t.Unary[rt.UnFloat] == nil && t.Index == nil {
		return 0, rt.TypeErrorf("must be real number, not %s", v.TypeName())
	}
	f, e := rt.ToFloat(v)
	if e != nil {
		return 0, e
	}
	return f.AsFloat(), nil
}

// math1 is CPython's math_1: a NaN from a non-NaN is a domain error; an
// infinity from a finite argument an overflow (canOverflow) or domain
// error.
func math1(m *rt.NativeModule, name string, f func(float64) float64, canOverflow bool) {
	m.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount(name, args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		x, e := mathFloat(args[0])
		if e != nil {
			return rt.Null, e
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return rt.Null, mathDomain()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return rt.Null, mathRange()
			}
			return rt.Null, mathDomain()
		}
		return rt.Float(r), nil
	})
}

var (
	ddInvLn2  = rt.DD{Hi: 1.4426950408889634, Lo: 2.0355273740931033e-17}
	ddInvLn10 = rt.DD{Hi: 0.4342944819032518, Lo: 1.098319650216765e-17}
)

// CorrectExp is e**x rounded once (Go's math.Exp near the edges).
func CorrectExp(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x > 709 || x < -708 {
		return math.Exp(x)
	}
	if x == 0 {
		return 1
	}
	m, k := rt.DdExp(rt.DD{Hi: x, Lo: 0})
	return math.Ldexp(m.Hi+m.Lo, k)
}

// LogWith is log(x) (scaled by mul, a double-double constant, unless
// nil), with C's special values: -inf at 0, NaN below.
func LogWith(x float64, mul *rt.DD) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	case x == 1:
		return 0
	}
	if mul == &ddInvLn10 {
		return glibcLog10(x)
	}
	l := rt.DdLog(x)
	if mul != nil {
		l = rt.DdMul(l, *mul)
	}
	return l.Hi + l.Lo
}

// glibcLog10 is glibc's log10 (fdlibm's e_log10.c), which is not
// correctly rounded: log10(x) = k*log10(2) + log(m)/ln(10) with the
// mantissa m in [1, 2) (or [0.5, 1) for negative k), log correctly
// rounded.
func glibcLog10(x float64) float64 {
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	k := int32(0)
	bits := math.Float64bits(x)
	hx := int32(bits >> 32)
	if hx < 0x00100000 {
		k -= 54
		x *= 1 << 54
		bits = math.Float64bits(x)
		hx = int32(bits >> 32)
	}
	k += (hx >> 20) - 1023
	i := int32(uint32(k) >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := y*log10_2lo + ivln10*LogWith(x, nil)
	return z + y*log10_2hi
}

// mathLog is CPython's loghelper: ints too large for a float are split
// as m * 2**e so that log(10**400) works.
func mathLog(v rt.Value, mul *rt.DD) (float64, *rt.Exc) {
	if rt.IsIntLike(v) && v.K == rt.KObj {
		b := rt.ToBig(v)
		if b.Sign() <= 0 {
			return 0, rt.ValueErrorf("math domain error")
		}
		if f, _ := new(big.Float).SetInt(b).Float64(); !math.IsInf(f, 0) {
			return LogWith(f, mul), nil
		}
		e := b.BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b), -e).Float64()
		return LogWith(m, mul) + LogWith(2, mul)*float64(e), nil
	}
	x, e := mathFloat(v)
	if e != nil {
		return 0, e
	}
	if x <= 0 {
		return 0, mathDomain()
	}
	return LogWith(x, mul), nil
}

// mathInt is an integer argument (gcd, factorial, ...) as a big.Int.
func mathInt(v rt.Value) (*big.Int, *rt.Exc) {
	i, e := rt.Index(v)
	if e != nil {
		return nil, e
	}
	return rt.ToBig(i), nil
}

// mathRound calls the type's __floor__/__ceil__/__trunc__, as math.floor
// does for non-floats; float values go through f.
func mathRound(name, dunder string, f func(float64) float64) func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount(name, args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		v := args[0]
		if v.K == rt.KFloat && v.O == nil {
			return rt.FloatToInt(f(v.AsFloat()))
		}
		if rt.IsIntLike(v) {
			return rt.Index(v)
		}
		if r, found, e := rt.CallSpecial(v, dunder); found {
			return r, e
		}
		if dunder == "__trunc__" {
			return rt.Null, rt.TypeErrorf("type %s doesn't define __trunc__ method", v.TypeName())
		}
		x, e := mathFloat(v)
		if e != nil {
			return rt.Null, e
		}
		return rt.FloatToInt(f(x))
	}
}

// fsum is CPython's math_fsum: Shewchuk's exact partial sums, then the
// round-half-even correction of the final sum.
func fsum(it rt.Value) (rt.Value, *rt.Exc) {
	var p []float64
	special, infSum := 0.0, 0.0
	e := rt.ForEach(it, func(v rt.Value) *rt.Exc {
		x, e := mathFloat(v)
		if e != nil {
			return e
		}
		xsave := x
		i := 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					return rt.Errorf(rt.ExcOverflowError, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				special += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
		return nil
	})
	if e != nil {
		return rt.Null, e
	}
	if special != 0 || math.IsNaN(special) {
		if math.IsNaN(infSum) {
			return rt.Null, rt.ValueErrorf("-inf + inf in fsum")
		}
		return rt.Float(special), nil
	}
	hi, lo := 0.0, 0.0
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return rt.Float(hi), nil
}

// vectorNorm is a helper of the functions registered in init.
func vectorNorm(name string, vals []float64) float64 {
	// CPython 3.11's vector_norm is correctly rounded in practice:
	// the exact sum of squares, its square root at 200 bits, one
	// rounding.
	nan := false
	for _, v := range vals {
		if math.IsInf(v, 0) {
			return math.Inf(1)
		}
		if math.IsNaN(v) {
			nan = true
		}
	}
	if nan {
		return math.NaN()
	}
	sum := new(big.Float).SetPrec(2200)
	for _, v := range vals {
		x := new(big.Float).SetPrec(2200).SetFloat64(v)
		sum.Add(sum, x.Mul(x, x))
	}
	if sum.Sign() == 0 {
		return 0
	}
	r, _ := new(big.Float).SetPrec(200).Sqrt(sum).Float64()
	return r
}

func init() {
	m := rt.DefineModule("math")
	m.Set("pi", rt.Float(math.Pi))
	m.Set("e", rt.Float(math.E))
	m.Set("tau", rt.Float(2*math.Pi))
	m.Set("inf", rt.Float(math.Inf(1)))
	m.Set("nan", rt.Float(math.NaN()))

	math1(m, "sqrt", math.Sqrt, false)
	math1(m, "exp", CorrectExp, true)
	math1(m, "exp2", math.Exp2, true)
	math1(m, "expm1", math.Expm1, true)
	math1(m, "cbrt", math.Cbrt, false)
	math1(m, "fabs", math.Abs, false)
	math1(m, "sin", CorrectSin, false)
	math1(m, "cos", CorrectCos, false)
	math1(m, "tan", correctTan, false)
	math1(m, "asin", crAsin, false)
	math1(m, "acos", crAcos, false)
	math1(m, "atan", correctAtan, false)
	math1(m, "sinh", math.Sinh, true)
	math1(m, "cosh", math.Cosh, true)
	math1(m, "tanh", math.Tanh, false)
	math1(m, "asinh", math.Asinh, false)
	math1(m, "acosh", math.Acosh, false)
	math1(m, "atanh", math.Atanh, false)
	math1(m, "erf", math.Erf, false)
	math1(m, "erfc", math.Erfc, false)
	math1(m, "log1p", mathLog1p, false)
	math1(m, "gamma", mathGamma, true)
	math1(m, "lgamma", mathLgamma, true)
	math1(m, "degrees", mathDegrees, true)
	math1(m, "radians", mathRadians, false)

	m.Fn("floor", mathRound("floor", "__floor__", math.Floor))
	m.Fn("ceil", mathRound("ceil", "__ceil__", math.Ceil))
	m.Fn("trunc", mathRound("trunc", "__trunc__", math.Trunc))

	logFn := func(name string, mul *rt.DD) {
		m.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			r, e := mathLog(args[0], mul)
			if e != nil {
				return rt.Null, e
			}
			return rt.Float(r), nil
		})
	}
	logFn("log2", &ddInvLn2)
	logFn("log10", &ddInvLn10)
	m.Fn("log", mathLogFn)

	two := func(name string, f func(x, y float64) (float64, *rt.Exc)) {
		m.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, 2, 2); e != nil {
				return rt.Null, e
			}
			x, e := mathFloat(args[0])
			if e != nil {
				return rt.Null, e
			}
			y, e := mathFloat(args[1])
			if e != nil {
				return rt.Null, e
			}
			r, e := f(x, y)
			if e != nil {
				return rt.Null, e
			}
			return rt.Float(r), nil
		})
	}
	two("pow", mathPow)
	two("atan2", mathAtan2)
	two("copysign", mathCopysign)
	two("fmod", mathFmod)
	two("remainder", mathRemainder)
	two("nextafter", mathNextafter)
	m.Fn("ulp", mathUlp)
	pred := func(name string, f func(float64) bool) {
		m.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			x, e := mathFloat(args[0])
			if e != nil {
				return rt.Null, e
			}
			return rt.Bool(f(x)), nil
		})
	}
	pred("isnan", math.IsNaN)
	pred("isinf", mathIsinf)
	pred("isfinite", mathIsfinite)
	m.Fn("isclose", mathIsclose)
	m.Fn("modf", mathModf)
	m.Fn("frexp", mathFrexp)
	m.Fn("ldexp", mathLdexp)
	m.Fn("hypot", mathHypot)
	m.Fn("dist", mathDist)
	m.Fn("fsum", mathFsum)
	m.Fn("prod", mathProd)
	intFn := func(name string, min, max int, f func(a []*big.Int) (rt.Value, *rt.Exc)) {
		m.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, min, max); e != nil {
				return rt.Null, e
			}
			bs := make([]*big.Int, len(args))
			for i, a := range args {
				b, e := mathInt(a)
				if e != nil {
					return rt.Null, e
				}
				bs[i] = b
			}
			return f(bs)
		})
	}
	intFn("gcd", 0, 1<<30, mathGcd)
	intFn("lcm", 0, 1<<30, mathLcm)
	m.Fn("factorial", mathFactorial)
	intFn("isqrt", 1, 1, mathIsqrt)
	combPerm := func(name string, comb bool) {
		min := 1
		if comb {
			min = 2
		}
		intFn(name, min, 2, func(a []*big.Int) (rt.Value, *rt.Exc) {
			n := a[0]
			if n.Sign() < 0 {
				return rt.Null, rt.ValueErrorf("n must be a non-negative integer")
			}
			if len(a) == 1 { // perm(n) is n!
				if !n.IsInt64() {
					return rt.Null, rt.Errorf(rt.ExcOverflowError, "n too large")
				}
				return rt.BigInt(new(big.Int).MulRange(1, n.Int64())), nil
			}
			k := a[1]
			if k.Sign() < 0 {
				return rt.Null, rt.ValueErrorf("k must be a non-negative integer")
			}
			if k.Cmp(n) > 0 {
				return rt.Int(0), nil
			}
			if !n.IsInt64() {
				return rt.Null, rt.Errorf(rt.ExcOverflowError, "n too large")
			}
			nn, kk := n.Int64(), k.Int64()
			if comb {
				return rt.BigInt(new(big.Int).Binomial(nn, kk)), nil
			}
			if kk == 0 {
				return rt.Int(1), nil
			}
			return rt.BigInt(new(big.Int).MulRange(nn-kk+1, nn)), nil
		})
	}
	combPerm("comb", true)
	combPerm("perm", false)
}

// mathHypot is math.hypot.
func mathHypot(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.NoKwargs("hypot", kw); e != nil {
		return rt.Null, e
	}
	vals := make([]float64, len(args))
	for i, a := range args {
		x, e := mathFloat(a)
		if e != nil {
			return rt.Null, e
		}
		vals[i] = x
	}
	return rt.Float(vectorNorm("hypot", vals)), nil
}

// mathDist is math.dist.
func mathDist(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("dist", args, kw, 2, 2); e != nil {
		return rt.Null, e
	}
	p, ok1 := seqItems(args[0])
	q, ok2 := seqItems(args[1])
	if !ok1 || !ok2 {
		return rt.Null, rt.TypeErrorf("dist(): argument must be tuple, not %s", args[0].TypeName())
	}
	if len(p) != len(q) {
		return rt.Null, rt.ValueErrorf("both points must have the same number of dimensions")
	}
	vals := make([]float64, len(p))
	for i := range p {
		x, e := mathFloat(p[i])
		if e != nil {
			return rt.Null, e
		}
		y, e := mathFloat(q[i])
		if e != nil {
			return rt.Null, e
		}
		vals[i] = x - y
	}
	return rt.Float(vectorNorm("dist", vals)), nil
}

// mathLog1p implements math.log1p (through math1).
func mathLog1p(x float64) float64 {
	if x == -1 {
		return math.NaN() // CPython: domain error, not -inf
	}
	return math.Log1p(x)
}

// mathGamma implements math.gamma (through math1).
func mathGamma(x float64) float64 {
	if x == math.Floor(x) && x <= 0 || math.IsInf(x, -1) {
		return math.NaN()
	}
	return math.Gamma(x)
}

// mathLgamma implements math.lgamma (through math1).
func mathLgamma(x float64) float64 {
	if x == math.Floor(x) && x <= 0 {
		return math.NaN() // a pole: CPython's domain error
	}
	r, _ := math.Lgamma(x)
	return r
}

// mathDegrees implements math.degrees (through math1).
func mathDegrees(x float64) float64 { return x * (180.0 / math.Pi) }

// mathRadians implements math.radians (through math1).
func mathRadians(x float64) float64 { return x * (math.Pi / 180.0) }

// mathLogFn is math.log.
func mathLogFn(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("log", args, kw, 1, 2); e != nil {
		return rt.Null, e
	}
	num, e := mathLog(args[0], nil)
	if e != nil {
		return rt.Null, e
	}
	if len(args) == 1 {
		return rt.Float(num), nil
	}
	den, e := mathLog(args[1], nil)
	if e != nil {
		return rt.Null, e
	}
	if den == 0 {
		return rt.Null, rt.Errorf(rt.ExcZeroDivisionError, "float division by zero")
	}
	return rt.Float(num / den), nil
}

// mathPow implements math.pow (through two).
func mathPow(x, y float64) (float64, *rt.Exc) {
	// CPython's math_pow: special cases first, then errors where
	// C's pow sets them (no complex results).
	if y == 0 || x == 1 {
		return 1, nil
	}
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Pow(x, y), nil
	}
	if x == 0 && y < 0 {
		return 0, mathDomain()
	}
	if x < 0 && y != math.Floor(y) {
		return 0, mathDomain()
	}
	r, e := rt.FloatPow(x, y)
	if e != nil {
		return 0, mathRange()
	}
	return r.AsFloat(), nil
}

// mathAtan2 implements math.atan2 (through two).
func mathAtan2(y, x float64) (float64, *rt.Exc) { return math.Atan2(y, x), nil }

// mathCopysign implements math.copysign (through two).
func mathCopysign(x, y float64) (float64, *rt.Exc) { return math.Copysign(x, y), nil }

// mathFmod implements math.fmod (through two).
func mathFmod(x, y float64) (float64, *rt.Exc) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, mathDomain()
	}
	return r, nil
}

// mathRemainder implements math.remainder (through two).
func mathRemainder(x, y float64) (float64, *rt.Exc) {
	r := math.Remainder(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, mathDomain()
	}
	return r, nil
}

// mathNextafter implements math.nextafter (through two).
func mathNextafter(x, y float64) (float64, *rt.Exc) { return math.Nextafter(x, y), nil }

// mathUlp is math.ulp.
func mathUlp(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("ulp", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	x, e := mathFloat(args[0])
	if e != nil {
		return rt.Null, e
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return rt.Float(math.Abs(x)), nil
	}
	x = math.Abs(x)
	if x == math.MaxFloat64 {
		return rt.Float(x - math.Nextafter(x, 0)), nil
	}
	return rt.Float(math.Nextafter(x, math.Inf(1)) - x), nil
}

// mathIsinf implements math.isinf (through pred).
func mathIsinf(x float64) bool { return math.IsInf(x, 0) }

// mathIsfinite implements math.isfinite (through pred).
func mathIsfinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// mathIsclose is math.isclose.
func mathIsclose(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) > 2 {
		return rt.Null, rt.TypeErrorf("isclose() takes exactly 2 positional arguments (%d given)", len(args)-len(kw))
	}
	a, e := rt.ParseArgs("isclose", args, kw, []string{"a", "b", "rel_tol", "abs_tol"}, 2)
	if e != nil {
		return rt.Null, e
	}
	var f [4]float64
	f[2] = 1e-9
	for i, v := range a {
		if v.IsNull() {
			continue
		}
		if f[i], e = mathFloat(v); e != nil {
			return rt.Null, e
		}
	}
	x, y, rel, abs := f[0], f[1], f[2], f[3]
	if rel < 0 || abs < 0 {
		return rt.Null, rt.ValueErrorf("tolerances must be non-negative")
	}
	if x == y {
		return rt.True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return rt.False, nil
	}
	d := math.Abs(y - x)
	return rt.Bool(d <= math.Abs(rel*y) || d <= math.Abs(rel*x) || d <= abs), nil
}

// mathModf is math.modf.
func mathModf(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("modf", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	x, e := mathFloat(args[0])
	if e != nil {
		return rt.Null, e
	}
	if math.IsInf(x, 0) {
		return rt.NewTuple(rt.Float(math.Copysign(0, x)), rt.Float(x)), nil
	}
	i, f := math.Modf(x)
	return rt.NewTuple(rt.Float(f), rt.Float(i)), nil
}

// mathFrexp is math.frexp.
func mathFrexp(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("frexp", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	x, e := mathFloat(args[0])
	if e != nil {
		return rt.Null, e
	}
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return rt.NewTuple(rt.Float(x), rt.Int(0)), nil
	}
	f, ex := math.Frexp(x)
	return rt.NewTuple(rt.Float(f), rt.Int(int64(ex))), nil
}

// mathLdexp is math.ldexp.
func mathLdexp(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("ldexp", args, kw, 2, 2); e != nil {
		return rt.Null, e
	}
	x, e := mathFloat(args[0])
	if e != nil {
		return rt.Null, e
	}
	if !rt.IsIntLike(args[1]) {
		return rt.Null, rt.TypeErrorf("Expected an int as second argument to ldexp.")
	}
	n := rt.ToBig(args[1])
	if !n.IsInt64() || n.Int64() > 1<<20 || n.Int64() < -(1<<20) {
		if n.Sign() > 0 {
			n = big.NewInt(1 << 20)
		} else {
			n = big.NewInt(-(1 << 20))
		}
	}
	r := math.Ldexp(x, int(n.Int64()))
	if math.IsInf(r, 0) && !math.IsInf(x, 0) {
		return rt.Null, mathRange()
	}
	return rt.Float(r), nil
}

// mathFsum is math.fsum.
func mathFsum(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("fsum", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return fsum(args[0])
}

// mathProd is math.prod.
func mathProd(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) != 1 {
		return rt.Null, rt.TypeErrorf("prod() takes exactly 1 positional argument (%d given)", len(args)-len(kw))
	}
	a, e := rt.ParseArgs("prod", args, kw, []string{"iterable", "start"}, 1)
	if e != nil {
		return rt.Null, e
	}
	acc := rt.Int(1)
	if !a[1].IsNull() {
		acc = a[1]
	}
	e = rt.ForEach(a[0], func(v rt.Value) *rt.Exc {
		r, e := rt.Mul(acc, v)
		acc = r
		return e
	})
	return acc, e
}

// mathGcd implements math.gcd (through intFn).
func mathGcd(a []*big.Int) (rt.Value, *rt.Exc) {
	g := new(big.Int)
	for _, x := range a {
		g.GCD(nil, nil, g, new(big.Int).Abs(x))
	}
	return rt.BigInt(g), nil
}

// mathLcm implements math.lcm (through intFn).
func mathLcm(a []*big.Int) (rt.Value, *rt.Exc) {
	l := big.NewInt(1)
	for _, x := range a {
		x = new(big.Int).Abs(x)
		if x.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, x)
		l.Mul(l, new(big.Int).Quo(x, g))
	}
	return rt.BigInt(l), nil
}

// mathFactorial is math.factorial.
func mathFactorial(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("factorial", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	n, e := mathInt(args[0])
	if e != nil {
		return rt.Null, e
	}
	if n.Sign() < 0 {
		return rt.Null, rt.ValueErrorf("factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 1<<24 {
		return rt.Null, rt.Errorf(rt.ExcOverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return rt.BigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

// mathIsqrt implements math.isqrt (through intFn).
func mathIsqrt(a []*big.Int) (rt.Value, *rt.Exc) {
	if a[0].Sign() < 0 {
		return rt.Null, rt.ValueErrorf("isqrt() argument must be nonnegative")
	}
	return rt.BigInt(new(big.Int).Sqrt(a[0])), nil
}

// seqItems returns the items of a list or tuple.
func seqItems(v rt.Value) ([]rt.Value, bool) {
	if t, ok := rt.TupleItems(v); ok {
		return t, true
	}
	if l, ok := v.O.(*rt.List); ok && v.K == rt.KObj {
		return l.Items, true
	}
	return nil, false
}
