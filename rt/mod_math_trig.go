package rt

import (
	"math"
	"math/big"
)

// Correctly rounded sin, cos, tan, atan, asin and acos: glibc's are (in
// practice; its hyperbolic functions are not, so those stay Go's),
// Go's are not (an ulp off in a good fraction of cases). The argument is
// reduced modulo pi/2 in 400-bit arithmetic, the functions evaluated by
// Taylor series in double-double and rounded once.

var (
	bigPiOver2 *big.Float
	ddPiOver2  = dd{1.5707963267948966, 6.123233995736766e-17}
)

func init() {
	const piDigits = "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230664709384460955058223172535940812848111745028410270193852110555964462294895493038196"
	p, _, _ := big.ParseFloat(piDigits, 10, 500, big.ToNearestEven)
	bigPiOver2 = p.Quo(p, big.NewFloat(2))
}

// reduceHalfPi returns r (double-double, |r| <= pi/4 about) and the
// quadrant k mod 4 with x = k*pi/2 + r.
func reduceHalfPi(x float64) (dd, int) {
	if math.Abs(x) <= math.Pi/4 {
		return dd{x, 0}, 0
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
	return dd{hi, lo}, kq
}

// ddSinCos returns sin(r) and cos(r) for a small r by Taylor series.
func ddSinCos(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	s, c := r, dd{1, 0}
	ts, tc := r, dd{1, 0}
	for n := 1; n < 30; n++ {
		ts = ddDivF(ddMul(ts, r2), -float64((2*n)*(2*n+1)))
		tc = ddDivF(ddMul(tc, r2), -float64((2*n-1)*(2*n)))
		s = ddAdd(s, ts)
		c = ddAdd(c, tc)
		if math.Abs(ts.hi) < 1e-40 && math.Abs(tc.hi) < 1e-40 {
			break
		}
	}
	return s, c
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

// ddDiv is a / b in double-double (one Newton correction).
func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddNeg(ddMulF(b, q1)))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddNeg(ddMulF(b, q2)))
	q3 := r.hi / b.hi
	return ddAdd(ddAdd(dd{q1, 0}, dd{q2, 0}), dd{q3, 0})
}

func trigDD(x float64) (sin, cos dd) {
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

func trigOK(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) && math.Abs(x) > 1e-8 }

func correctSin(x float64) float64 {
	if !trigOK(x) {
		return math.Sin(x)
	}
	s, _ := trigDD(x)
	return s.hi + s.lo
}

func correctCos(x float64) float64 {
	if !trigOK(x) {
		return math.Cos(x)
	}
	_, c := trigDD(x)
	return c.hi + c.lo
}

func correctTan(x float64) float64 {
	if !trigOK(x) {
		return math.Tan(x)
	}
	s, c := trigDD(x)
	t := ddDiv(s, c)
	return t.hi + t.lo
}

// correctAtan refines Go's atan by a Newton step on tan(y) = x in
// double-double: y' = y + (x*cos y - sin y) / (cos y + x*sin y).
func correctAtan(x float64) float64 {
	if !trigOK(x) || math.Abs(x) > 1e15 {
		return math.Atan(x)
	}
	y := math.Atan(x)
	s, c := ddSinCos(dd{y, 0}) // |y| < pi/2: the series still converges fast enough
	num := ddAdd(ddMulF(c, x), ddNeg(s))
	den := ddAdd(c, ddMulF(s, x))
	r := ddAdd(dd{y, 0}, ddDiv(num, den))
	return r.hi + r.lo
}

// crAsin and crAcos refine Go's result by a Newton step in
// double-double.
func crAsin(x float64) float64 {
	y := math.Asin(x)
	if math.IsNaN(y) || math.Abs(x) < 1e-8 || math.Abs(x) > 0.9999 {
		return y
	}
	s, c := ddSinCos(dd{y, 0})
	r := ddAdd(dd{y, 0}, ddDiv(ddAdd(dd{x, 0}, ddNeg(s)), c))
	return r.hi + r.lo
}

func crAcos(x float64) float64 {
	y := math.Acos(x)
	if math.IsNaN(y) || math.Abs(x) > 0.9999 {
		return y
	}
	var s, c dd
	if y > math.Pi/4 { // keep the series argument small: cos(y) = sin(pi/2 - y)
		r := ddAdd(ddPiOver2, dd{-y, 0})
		c, s = ddSinCos(r)
	} else {
		s, c = ddSinCos(dd{y, 0})
	}
	r := ddAdd(dd{y, 0}, ddDiv(ddAdd(c, dd{-x, 0}), s))
	return r.hi + r.lo
}
