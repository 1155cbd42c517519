package math

import (
	"math"
	"math/big"

	"github.com/py2goasync/py2goasync/rt"
)

// Correctly rounded sin, cos, tan, atan, asin and acos: glibc's are (in
// practice; its hyperbolic functions are not, so those stay Go's),
// Go's are not (an ulp off in a good fraction of cases). The argument is
// reduced modulo pi/2 in 400-bit arithmetic, the functions evaluated by
// Taylor series in double-double and rounded once.

var (
	bigPiOver2 *big.Float
	ddPiOver2  = rt.DD{Hi: 1.5707963267948966, Lo: 6.123233995736766e-17}
)

func init() {
	const piDigits = "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230664709384460955058223172535940812848111745028410270193852110555964462294895493038196"
	p, _, _ := big.ParseFloat(piDigits, 10, 500, big.ToNearestEven)
	bigPiOver2 = p.Quo(p, big.NewFloat(2))
}

// reduceHalfPi returns r (double-double, |r| <= pi/4 about) and the
// quadrant k mod 4 with x = k*pi/2 + r.
func reduceHalfPi(x float64) (rt.DD, int) {
	if math.Abs(x) <= math.Pi/4 {
		return rt.DD{Hi: x, Lo: 0}, 0
	}
	bx := new(big.Float).SetPrec(500).SetFloat64(x)
	q := new(big.Float).SetPrec(500).Quo(bx, bigPiOver2)
	kf, _ := q.Float64()
	k := math.Round(kf)
	bk := new(big.Float).SetPrec(500).SetFloat64(k)
	r := new(big.Float).SetPrec(500).Sub(bx, bk.Mul(bk, bigPiOver2))
	hi, _ := r.Float64()
	lo, _ := new(big.Float).Sub(r, new(big.Float).SetFloat64(hi)).Float64()
	kq := int(math.Mod(k, 4))
	if kq < 0 {
		kq += 4
	}
	return rt.DD{Hi: hi, Lo: lo}, kq
}

// ddSinCos returns sin(r) and cos(r) for a small r by Taylor series.
func ddSinCos(r rt.DD) (rt.DD, rt.DD) {
	r2 := rt.DdMul(r, r)
	s, c := r, rt.DD{Hi: 1, Lo: 0}
	ts, tc := r, rt.DD{Hi: 1, Lo: 0}
	for n := 1; n < 30; n++ {
		ts = rt.DdDivF(rt.DdMul(ts, r2), -float64((2*n)*(2*n+1)))
		tc = rt.DdDivF(rt.DdMul(tc, r2), -float64((2*n-1)*(2*n)))
		s = rt.DdAdd(s, ts)
		c = rt.DdAdd(c, tc)
		if math.Abs(ts.Hi) < 1e-40 && math.Abs(tc.Hi) < 1e-40 {
			break
		}
	}
	return s, c
}

func ddNeg(a rt.DD) rt.DD { return rt.DD{Hi: -a.Hi, Lo: -a.Lo} }

// ddDiv is a / b in double-double (one Newton correction).
func ddDiv(a, b rt.DD) rt.DD {
	q1 := a.Hi / b.Hi
	r := rt.DdAdd(a, ddNeg(rt.DdMulF(b, q1)))
	q2 := r.Hi / b.Hi
	r = rt.DdAdd(r, ddNeg(rt.DdMulF(b, q2)))
	q3 := r.Hi / b.Hi
	return rt.DdAdd(rt.DdAdd(rt.DD{Hi: q1, Lo: 0}, rt.DD{Hi: q2, Lo: 0}), rt.DD{Hi: q3, Lo: 0})
}

func TrigDD(x float64) (sin, cos rt.DD) {
	r, k := reduceHalfPi(x)
	s, c := ddSinCos(r)
	switch k {
	case 1:
		return c, ddNeg(s)
	case 2:
		return ddNeg(s), ddNeg(c)
	case 3:
		return ddNeg(c), s
	}
	return s, c
}

func TrigOK(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) && math.Abs(x) > 1e-8 }

func CorrectSin(x float64) float64 {
	if !TrigOK(x) {
		return math.Sin(x)
	}
	s, _ := TrigDD(x)
	return s.Hi + s.Lo
}

func CorrectCos(x float64) float64 {
	if !TrigOK(x) {
		return math.Cos(x)
	}
	_, c := TrigDD(x)
	return c.Hi + c.Lo
}

func correctTan(x float64) float64 {
	if !TrigOK(x) {
		return math.Tan(x)
	}
	s, c := TrigDD(x)
	t := ddDiv(s, c)
	return t.Hi + t.Lo
}

// correctAtan refines Go's atan by a Newton step on tan(y) = x in
// double-double: y' = y + (x*cos y - sin y) / (cos y + x*sin y).
func correctAtan(x float64) float64 {
	if !TrigOK(x) || math.Abs(x) > 1e15 {
		return math.Atan(x)
	}
	y := math.Atan(x)
	s, c := ddSinCos(rt.DD{Hi: y, Lo: 0}) // |y| < pi/2: the series still converges fast enough
	num := rt.DdAdd(rt.DdMulF(c, x), ddNeg(s))
	den := rt.DdAdd(c, rt.DdMulF(s, x))
	r := rt.DdAdd(rt.DD{Hi: y, Lo: 0}, ddDiv(num, den))
	return r.Hi + r.Lo
}

// crAsin and crAcos refine Go's result by a Newton step in
// double-double.
func crAsin(x float64) float64 {
	y := math.Asin(x)
	if math.IsNaN(y) || math.Abs(x) < 1e-8 || math.Abs(x) > 0.9999 {
		return y
	}
	s, c := ddSinCos(rt.DD{Hi: y, Lo: 0})
	r := rt.DdAdd(rt.DD{Hi: y, Lo: 0}, ddDiv(rt.DdAdd(rt.DD{Hi: x, Lo: 0}, ddNeg(s)), c))
	return r.Hi + r.Lo
}

func crAcos(x float64) float64 {
	y := math.Acos(x)
	if math.IsNaN(y) || math.Abs(x) > 0.9999 {
		return y
	}
	var s, c rt.DD
	if y > math.Pi/4 { // keep the series argument small: cos(y) = sin(pi/2 - y)
		r := rt.DdAdd(ddPiOver2, rt.DD{Hi: -y, Lo: 0})
		c, s = ddSinCos(r)
	} else {
		s, c = ddSinCos(rt.DD{Hi: y, Lo: 0})
	}
	r := rt.DdAdd(rt.DD{Hi: y, Lo: 0}, ddDiv(rt.DdAdd(c, rt.DD{Hi: -x, Lo: 0}), s))
	return r.Hi + r.Lo
}
