package random

import (
	"math"

	"github.com/py2goasync/py2goasync/rt"
	pymath "github.com/py2goasync/py2goasync/rt/lib/math"
)

// random.py's distributions (triangular, normalvariate, lognormvariate,
// vonmisesvariate, gammavariate, betavariate, paretovariate,
// weibullvariate) in random.py's exact operation order, with the runtime's
// correctly rounded log/exp/sin/cos (glibc's are, in practice) and
// Python's float ** (rt's Pow), so seeded values match python3.

var (
	nvMagic = 4 * pymath.CorrectExp(-0.5) / math.Sqrt(2.0)
	log4    = pymath.LogWith(4.0, nil)
	sgMagic = 1.0 + pymath.LogWith(4.5, nil)
)

func pyLog(x float64) (float64, *rt.Exc) {
	if x <= 0 {
		return 0, rt.ValueErrorf("math domain error")
	}
	return pymath.LogWith(x, nil), nil
}

func pyPow(x, y float64) (float64, *rt.Exc) {
	r, e := rt.Pow(rt.Float(x), rt.Float(y))
	if e != nil {
		return 0, e
	}
	if r.K != rt.KFloat {
		return 0, rt.TypeErrorf("'%s' result from float power", r.TypeName())
	}
	return r.AsFloat(), nil
}

func pyDiv(x, y float64) (float64, *rt.Exc) {
	if y == 0 {
		return 0, rt.Errorf(rt.ExcZeroDivisionError, "float division by zero")
	}
	return x / y, nil
}

// floatArgs converts ParseArgs results, using defaults for missing ones.
func floatArgs(a []rt.Value, defs ...float64) ([]float64, *rt.Exc) {
	out := make([]float64, len(a))
	for i, v := range a {
		if v.IsNull() {
			out[i] = defs[i]
			continue
		}
		f, e := rt.FloatArg(v)
		if e != nil {
			return nil, e
		}
		out[i] = f
	}
	return out, nil
}

func (r *randomObj) normalvariate(mu, sigma float64) (float64, *rt.Exc) {
	for {
		u1 := r.mt.Random()
		u2 := 1.0 - r.mt.Random()
		z := nvMagic * (u1 - 0.5) / u2
		zz := z * z / 4.0
		l, e := pyLog(u2)
		if e != nil {
			return 0, e
		}
		if zz <= -l {
			return mu + z*sigma, nil
		}
	}
}

func (r *randomObj) gammavariate(alpha, beta float64) (float64, *rt.Exc) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, rt.ValueErrorf("gammavariate: alpha and beta must be > 0.0")
	}
	switch {
	case alpha > 1.0:
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.mt.Random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.mt.Random()
			l, e := pyLog(u1 / (1.0 - u1))
			if e != nil {
				return 0, e
			}
			v := l / ainv
			x := alpha * pymath.CorrectExp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagic-4.5*z >= 0.0 {
				return x * beta, nil
			}
			lz, e := pyLog(z)
			if e != nil {
				return 0, e
			}
			if rr >= lz {
				return x * beta, nil
			}
		}
	case alpha == 1.0:
		l, e := pyLog(1.0 - r.mt.Random())
		if e != nil {
			return 0, e
		}
		return -l * beta, nil
	}
	var x float64
	for {
		u := r.mt.Random()
		b := (math.E + alpha) / math.E
		p := b * u
		var e *rt.Exc
		if p <= 1.0 {
			if x, e = pyPow(p, 1.0/alpha); e != nil {
				return 0, e
			}
		} else {
			l, e := pyLog((b - p) / alpha)
			if e != nil {
				return 0, e
			}
			x = -l
		}
		u1 := r.mt.Random()
		if p > 1.0 {
			q, e := pyPow(x, alpha-1.0)
			if e != nil {
				return 0, e
			}
			if u1 <= q {
				break
			}
		} else if u1 <= pymath.CorrectExp(-x) {
			break
		}
	}
	return x * beta, nil
}

func randomDistMethods() map[string]rt.NativeFunc {
	rf := func(v rt.Value) *randomObj { return v.O.(*randomObj) }
	fl := func(f float64, e *rt.Exc) (rt.Value, *rt.Exc) {
		if e != nil {
			return rt.Null, e
		}
		return rt.Float(f), nil
	}
	return map[string]rt.NativeFunc{
		"triangular": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("triangular", args, kw, []string{"low", "high", "mode"}, 0)
			if e != nil {
				return rt.Null, e
			}
			mode, lowV := a[2], a[0]
			if lowV.IsNull() {
				lowV = rt.Float(0.0)
			}
			a[2] = rt.Null
			f, e := floatArgs(a, 0.0, 1.0, 0)
			if e != nil {
				return rt.Null, e
			}
			low, high := f[0], f[1]
			u := rf(self).mt.Random()
			c := 0.5
			if rt.NonNone(mode) {
				m, e := rt.FloatArg(mode)
				if e != nil {
					return rt.Null, e
				}
				if high-low == 0 {
					return lowV, nil // ZeroDivisionError: return low
				}
				c = (m - low) / (high - low)
			}
			if u > c {
				u, c = 1.0-u, 1.0-c
				low, high = high, low
			}
			return rt.Float(low + (high-low)*math.Sqrt(u*c)), nil
		},
		"normalvariate": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("normalvariate", args, kw, []string{"mu", "sigma"}, 0)
			if e != nil {
				return rt.Null, e
			}
			f, e := floatArgs(a, 0.0, 1.0)
			if e != nil {
				return rt.Null, e
			}
			return fl(rf(self).normalvariate(f[0], f[1]))
		},
		"lognormvariate": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("lognormvariate", args, kw, []string{"mu", "sigma"}, 2)
			if e != nil {
				return rt.Null, e
			}
			f, e := floatArgs(a, 0, 0)
			if e != nil {
				return rt.Null, e
			}
			n, e := rf(self).normalvariate(f[0], f[1])
			if e != nil {
				return rt.Null, e
			}
			return rt.Float(pymath.CorrectExp(n)), nil
		},
		"vonmisesvariate": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("vonmisesvariate", args, kw, []string{"mu", "kappa"}, 2)
			if e != nil {
				return rt.Null, e
			}
			f, e := floatArgs(a, 0, 0)
			if e != nil {
				return rt.Null, e
			}
			mu, kappa := f[0], f[1]
			r := rf(self)
			if kappa <= 1e-6 {
				return rt.Float(2 * math.Pi * r.mt.Random()), nil
			}
			s := 0.5 / kappa
			rr := s + math.Sqrt(1.0+s*s)
			var z float64
			for {
				u1 := r.mt.Random()
				z = pymath.CorrectCos(math.Pi * u1)
				d := z / (rr + z)
				u2 := r.mt.Random()
				if u2 < 1.0-d*d || u2 <= (1.0-d)*pymath.CorrectExp(d) {
					break
				}
			}
			q := 1.0 / rr
			fq := (q + z) / (1.0 + q*z)
			u3 := r.mt.Random()
			var theta rt.Value
			if u3 > 0.5 {
				theta, e = rt.Mod(rt.Float(mu+correctAcos(fq)), rt.Float(2*math.Pi))
			} else {
				theta, e = rt.Mod(rt.Float(mu-correctAcos(fq)), rt.Float(2*math.Pi))
			}
			return theta, e
		},
		"gammavariate": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("gammavariate", args, kw, []string{"alpha", "beta"}, 2)
			if e != nil {
				return rt.Null, e
			}
			f, e := floatArgs(a, 0, 0)
			if e != nil {
				return rt.Null, e
			}
			return fl(rf(self).gammavariate(f[0], f[1]))
		},
		"betavariate": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("betavariate", args, kw, []string{"alpha", "beta"}, 2)
			if e != nil {
				return rt.Null, e
			}
			f, e := floatArgs(a, 0, 0)
			if e != nil {
				return rt.Null, e
			}
			y, e := rf(self).gammavariate(f[0], 1.0)
			if e != nil {
				return rt.Null, e
			}
			if y == 0 {
				return rt.Float(0.0), nil
			}
			y2, e := rf(self).gammavariate(f[1], 1.0)
			if e != nil {
				return rt.Null, e
			}
			return rt.Float(y / (y + y2)), nil
		},
		"paretovariate": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("paretovariate", args, kw, []string{"alpha"}, 1)
			if e != nil {
				return rt.Null, e
			}
			f, e := floatArgs(a, 0)
			if e != nil {
				return rt.Null, e
			}
			u := 1.0 - rf(self).mt.Random()
			ex, e := pyDiv(-1.0, f[0])
			if e != nil {
				return rt.Null, e
			}
			return fl(pyPow(u, ex))
		},
		"weibullvariate": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("weibullvariate", args, kw, []string{"alpha", "beta"}, 2)
			if e != nil {
				return rt.Null, e
			}
			f, e := floatArgs(a, 0, 0)
			if e != nil {
				return rt.Null, e
			}
			u := 1.0 - rf(self).mt.Random()
			l, e := pyLog(u)
			if e != nil {
				return rt.Null, e
			}
			ex, e := pyDiv(1.0, f[1])
			if e != nil {
				return rt.Null, e
			}
			p, e := pyPow(-l, ex)
			if e != nil {
				return rt.Null, e
			}
			return rt.Float(f[0] * p), nil
		},
	}
}

func fl2(f float64, e *rt.Exc) (rt.Value, *rt.Exc) {
	if e != nil {
		return rt.Null, e
	}
	return rt.Float(f), nil
}

// correctAcos is acos rounded once, as glibc's: Go's math.Acos is often
// an ulp off, so one Newton step on cos in double-double corrects it.
func correctAcos(f float64) float64 {
	y := math.Acos(f)
	if !pymath.TrigOK(y) {
		return y
	}
	s, c := pymath.TrigDD(y)
	res := rt.DdAdd(c, rt.DD{Hi: -f, Lo: 0})
	sn := s.Hi + s.Lo
	if sn == 0 {
		return y
	}
	d := (res.Hi + res.Lo) / sn
	hi, _ := rt.TwoSum(y, d)
	return hi
}
