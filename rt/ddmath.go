package rt

import "math"

// Correctly rounded x**y for non-integer y. Go's math.Pow is off by an
// ulp in about a third of the cases where C's pow (which CPython uses,
// correctly rounded in practice) is exact; we compute exp(y*log(x)) in
// double-double arithmetic (about 106 bits) and round once.

type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func quickTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddMul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddDivF(a dd, b float64) dd {
	q1 := a.hi / b
	p, e := twoProd(q1, b)
	s, f := twoSum(a.hi, -p)
	f -= e
	f += a.lo
	q2 := (s + f) / b
	q1, q2 = quickTwoSum(q1, q2)
	return dd{q1, q2}
}

var ddLn2 = dd{0.6931471805599453, 2.3190468138462996e-17}

// ddExpm1Small is e**r - 1 for |r| < 0.001 (Taylor series).
func ddExpm1Small(r dd) dd {
	sum := r
	term := r
	for n := 2.0; n <= 12; n++ {
		term = ddDivF(ddMul(term, r), n)
		sum = ddAdd(sum, term)
		if math.Abs(term.hi) < 1e-36 {
			break
		}
	}
	return sum
}

// ddExp is e**a, with the power of two returned separately (the value is
// m * 2**k) so that results near the overflow limit are not lost.
func ddExp(a dd) (dd, int) {
	k := math.Round(a.hi / ddLn2.hi)
	r := ddAdd(a, ddMulF(ddLn2, -k))
	// e**r = (e**(r/512))**512: squaring 9 times, on s = e**x - 1 to keep
	// the low bits ((1+s)**2 - 1 = 2s + s*s).
	r = dd{r.hi / 512, r.lo / 512}
	s := ddExpm1Small(r)
	for i := 0; i < 9; i++ {
		s = ddAdd(ddMulF(s, 2), ddMul(s, s))
	}
	return ddAdd(dd{1, 0}, s), int(k)
}

// ddLog is log(x) for a finite x > 0: math.Log refined by one Newton
// step y + x*e**-y - 1 in double-double.
func ddLog(x float64) dd {
	y := math.Log(x)
	e, k := ddExp(dd{-y, 0})
	t := ddMulF(e, x)
	t = dd{math.Ldexp(t.hi, k), math.Ldexp(t.lo, k)}
	t = ddAdd(t, dd{-1, 0})
	return ddAdd(dd{y, 0}, t)
}

// powCorrect is x**y for finite x > 0 and finite non-integer y, or
// ok=false when the result is outside the normal range (callers use
// math.Pow there).
func powCorrect(x, y float64) (float64, bool) {
	if y == 0.5 {
		return math.Sqrt(x), true
	}
	l := ddLog(x)
	p := ddMul(l, dd{y, 0})
	if p.hi > 709.7 || p.hi < -708 {
		return 0, false
	}
	m, k := ddExp(p)
	r := m.hi + m.lo
	return math.Ldexp(r, k), true
}
