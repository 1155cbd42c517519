package rt

import "math"

// Correctly rounded x**y for non-integer y. Go's math.Pow is off by an
// ulp in about a third of the cases where C's pow (which CPython uses,
// correctly rounded in practice) is exact; we compute exp(y*log(x)) in
// double-double arithmetic (about 106 bits) and round once.

type DD struct{ Hi, Lo float64 }

func TwoSum(a, b float64) (float64, float64) {
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

func DdAdd(a, b DD) DD {
	s, e := TwoSum(a.Hi, b.Hi)
	t, f := TwoSum(a.Lo, b.Lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return DD{s, e}
}

func DdMul(a, b DD) DD {
	p, e := twoProd(a.Hi, b.Hi)
	e += a.Hi*b.Lo + a.Lo*b.Hi
	p, e = quickTwoSum(p, e)
	return DD{p, e}
}

func DdMulF(a DD, b float64) DD {
	p, e := twoProd(a.Hi, b)
	e += a.Lo * b
	p, e = quickTwoSum(p, e)
	return DD{p, e}
}

func DdDivF(a DD, b float64) DD {
	q1 := a.Hi / b
	p, e := twoProd(q1, b)
	s, f := TwoSum(a.Hi, -p)
	f -= e
	f += a.Lo
	q2 := (s + f) / b
	q1, q2 = quickTwoSum(q1, q2)
	return DD{q1, q2}
}

var ddLn2 = DD{0.6931471805599453, 2.3190468138462996e-17}

// ddExpm1Small is e**r - 1 for |r| < 0.001 (Taylor series).
func ddExpm1Small(r DD) DD {
	sum := r
	term := r
	for n := 2.0; n <= 12; n++ {
		term = DdDivF(DdMul(term, r), n)
		sum = DdAdd(sum, term)
		if math.Abs(term.Hi) < 1e-36 {
			break
		}
	}
	return sum
}

// DdExp is e**a, with the power of two returned separately (the value is
// m * 2**k) so that results near the overflow limit are not lost.
func DdExp(a DD) (DD, int) {
	k := math.Round(a.Hi / ddLn2.Hi)
	r := DdAdd(a, DdMulF(ddLn2, -k))
	// e**r = (e**(r/512))**512: squaring 9 times, on s = e**x - 1 to keep
	// the low bits ((1+s)**2 - 1 = 2s + s*s).
	r = DD{r.Hi / 512, r.Lo / 512}
	s := ddExpm1Small(r)
	for i := 0; i < 9; i++ {
		s = DdAdd(DdMulF(s, 2), DdMul(s, s))
	}
	return DdAdd(DD{1, 0}, s), int(k)
}

// DdLog is log(x) for a finite x > 0: math.Log refined by one Newton
// step y + x*e**-y - 1 in double-double.
func DdLog(x float64) DD {
	y := math.Log(x)
	e, k := DdExp(DD{-y, 0})
	t := DdMulF(e, x)
	t = DD{math.Ldexp(t.Hi, k), math.Ldexp(t.Lo, k)}
	t = DdAdd(t, DD{-1, 0})
	return DdAdd(DD{y, 0}, t)
}

// powCorrect is x**y for finite x > 0 and finite non-integer y, or
// ok=false when the result is outside the normal range (callers use
// math.Pow there).
func powCorrect(x, y float64) (float64, bool) {
	if y == 0.5 {
		return math.Sqrt(x), true
	}
	l := DdLog(x)
	p := DdMul(l, DD{y, 0})
	if p.Hi > 709.7 || p.Hi < -708 {
		return 0, false
	}
	m, k := DdExp(p)
	r := m.Hi + m.Lo
	return math.Ldexp(r, k), true
}
