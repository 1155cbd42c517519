package rt

import (
	"math"
	"strings"
	"testing"
)

// modCase calls mod.fn(args...) and compares with the same call under
// python3 (arguments written as their reprs; inf and nan are imported).
func modCase(mod, fn string, args ...Value) PyCase {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = ReprS(a)
	}
	return PyCase{
		Py: "import " + mod + "\nfrom math import inf, nan\n" + mod + "." + fn + "(" + strings.Join(parts, ", ") + ")",
		Fn: func() (Value, *Exc) { return Call(StdAttr(mod, fn), args, nil) },
	}
}

func TestMathModule(t *testing.T) {
	inf, nan := F(math.Inf(1)), F(math.NaN())
	big := Must(Pow(I(10), I(400)))
	cases := []PyCase{
		modCase("math", "sqrt", F(2)), modCase("math", "sqrt", I(16)), modCase("math", "sqrt", F(-1)),
		modCase("math", "sqrt", S("x")), modCase("math", "sqrt", None),
		modCase("math", "floor", F(-2.5)), modCase("math", "floor", I(3)), modCase("math", "floor", inf),
		modCase("math", "floor", nan), modCase("math", "ceil", F(2.1)), modCase("math", "ceil", F(1e300)),
		modCase("math", "trunc", F(-2.7)), modCase("math", "trunc", S("a")), modCase("math", "floor", True),
		modCase("math", "isclose", F(1), F(1.0000000001)), modCase("math", "isclose", F(1), F(1.1)),
		modCase("math", "isclose", inf, inf), modCase("math", "isclose", inf, F(1)),
		modCase("math", "gcd", I(12), I(18)), modCase("math", "gcd"), modCase("math", "gcd", I(-4), I(6), I(10)),
		modCase("math", "gcd", F(1.5)), modCase("math", "lcm", I(4), I(6), I(10)), modCase("math", "lcm", I(0), I(3)),
		modCase("math", "factorial", I(0)), modCase("math", "factorial", I(30)), modCase("math", "factorial", I(-1)),
		modCase("math", "factorial", F(3.0)),
		modCase("math", "log", F(0)), modCase("math", "log", F(-1)), modCase("math", "log", I(8), I(2)),
		modCase("math", "log", big), modCase("math", "log10", big), modCase("math", "log2", big),
		modCase("math", "log", I(100), I(10)), modCase("math", "log", I(1), I(1)), modCase("math", "log", I(0)),
		modCase("math", "log10", I(1000)), modCase("math", "log2", I(1024)), modCase("math", "log", inf),
		modCase("math", "log", nan), modCase("math", "log1p", F(-1)), modCase("math", "log1p", F(1e-10)),
		modCase("math", "exp", F(1)), modCase("math", "exp", F(1000)), modCase("math", "exp", F(-1000)),
		modCase("math", "exp", inf), modCase("math", "exp", F(-math.Inf(1))),
		modCase("math", "pow", F(2), F(0.5)), modCase("math", "pow", F(-8), F(1.0/3)), modCase("math", "pow", F(0), F(-1)),
		modCase("math", "pow", I(2), I(10)), modCase("math", "pow", F(10), F(400)), modCase("math", "pow", nan, F(0)),
		modCase("math", "pow", F(1), nan), modCase("math", "pow", F(-2), F(3)),
		modCase("math", "fsum", L(F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1))),
		modCase("math", "fsum", L(F(1e100), F(1), F(-1e100), F(1e-100), F(1e50), F(-1), F(-1e50))),
		modCase("math", "fsum", L(inf, F(1))), modCase("math", "fsum", L(inf, F(-math.Inf(1)))),
		modCase("math", "fsum", L(F(1e308), F(1e308))), modCase("math", "fsum", L()),
		modCase("math", "fsum", L(F(1), F(1e-16), F(1e-16))), modCase("math", "fsum", L(I(1), I(2), S("x"))),
		modCase("math", "prod", L(I(1), I(2), I(3), I(4))), modCase("math", "prod", L(F(1.5), I(2))),
		modCase("math", "hypot", I(3), I(4)), modCase("math", "hypot"), modCase("math", "hypot", I(1), I(2), I(2)), modCase("math", "hypot", F(1e308), F(1e308)),
		modCase("math", "hypot", F(1.1), F(2.2), F(-3.3), F(4.4)), modCase("math", "hypot", F(0.7), F(1.9)), modCase("math", "hypot", F(-0.0)),
		modCase("math", "dist", T(I(0), I(0)), T(I(3), I(4))),
		modCase("math", "comb", I(10), I(3)), modCase("math", "perm", I(10), I(3)), modCase("math", "perm", I(5)),
		modCase("math", "comb", I(3), I(10)), modCase("math", "comb", I(-3), I(1)),
		modCase("math", "isqrt", I(99)), modCase("math", "isqrt", I(-1)),
		modCase("math", "fmod", F(7), F(3)), modCase("math", "fmod", F(-7), F(3)), modCase("math", "fmod", F(1), F(0)),
		modCase("math", "copysign", F(1), F(-0.0)), modCase("math", "modf", F(3.5)), modCase("math", "frexp", F(8)),
		modCase("math", "ldexp", F(0.5), I(4)), modCase("math", "ldexp", F(1), I(2000)),
		modCase("math", "degrees", F(math.Pi)), modCase("math", "radians", I(180)),
		modCase("math", "isnan", nan), modCase("math", "isinf", inf), modCase("math", "isfinite", F(1)),
		modCase("math", "gamma", F(5)), modCase("math", "gamma", F(0)), modCase("math", "lgamma", F(0)),
		modCase("math", "atan2", F(0), F(-1)), modCase("math", "remainder", F(10), F(3)), modCase("math", "ulp", F(1)),
		modCase("math", "acos", F(2)), modCase("math", "cosh", F(1000)), modCase("math", "sin", I(0)),
		{"import math\n(math.pi, math.e, math.tau, math.inf, math.nan)", func() (Value, *Exc) {
			return T(StdAttr("math", "pi"), StdAttr("math", "e"), StdAttr("math", "tau"), StdAttr("math", "inf"), StdAttr("math", "nan")), nil
		}},
	}
	// Bit-exactness of the libm functions on a spread of arguments (sin,
	// cos, tan and atan are correctly rounded, as glibc's in all but
	// about 1 case in 500; the hyperbolic functions, erf and lgamma use
	// Go's math and can differ by an ulp: not checked).
	xs := []float64{0.1, 0.5, 0.7, 1.3, 2, 2.5, 3.7, 10, 12.345, 100.5, 1e-5, 1e10, 0.001, 7.77, 33.3, 123456.789, 1.0 / 3}
	for _, fn := range []string{"exp", "log", "log2", "log10", "sqrt", "expm1", "log1p", "fabs", "floor", "ceil", "sin", "cos", "tan", "atan"} {
		for _, x := range xs {
			cases = append(cases, modCase("math", fn, F(x)))
		}
	}
	for _, fn := range []string{"asin", "acos"} {
		for _, x := range []float64{-0.99, -0.7, -0.33, -0.1, 0.05, 0.2, 0.5, 0.77, 0.9, 0.999} {
			cases = append(cases, modCase("math", fn, F(x)))
		}
	}
	CheckCases(t, cases)
}
