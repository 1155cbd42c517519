package math

import (
	"math"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// modCase calls mod.fn(args...) and compares with the same call under
// python3 (arguments written as their reprs; inf and nan are imported).
func modCase(mod, fn string, args ...rt.Value) rttest.PyCase {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = rttest.ReprS(a)
	}
	return rttest.PyCase{
		Py: "import " + mod + "\nfrom math import inf, nan\n" + mod + "." + fn + "(" + strings.Join(parts, ", ") + ")",
		Fn: func() (rt.Value, *rt.Exc) { return rt.Call(rttest.StdAttr(mod, fn), args, nil) },
	}
}

func TestMathModule(t *testing.T) {
	inf, nan := rttest.F(math.Inf(1)), rttest.F(math.NaN())
	big := rttest.Must(rt.Pow(rttest.I(10), rttest.I(400)))
	cases := []rttest.PyCase{
		modCase("math", "sqrt", rttest.F(2)), modCase("math", "sqrt", rttest.I(16)), modCase("math", "sqrt", rttest.F(-1)),
		modCase("math", "sqrt", rttest.S("x")), modCase("math", "sqrt", rt.None),
		modCase("math", "floor", rttest.F(-2.5)), modCase("math", "floor", rttest.I(3)), modCase("math", "floor", inf),
		modCase("math", "floor", nan), modCase("math", "ceil", rttest.F(2.1)), modCase("math", "ceil", rttest.F(1e300)),
		modCase("math", "trunc", rttest.F(-2.7)), modCase("math", "trunc", rttest.S("a")), modCase("math", "floor", rt.True),
		modCase("math", "isclose", rttest.F(1), rttest.F(1.0000000001)), modCase("math", "isclose", rttest.F(1), rttest.F(1.1)),
		modCase("math", "isclose", inf, inf), modCase("math", "isclose", inf, rttest.F(1)),
		modCase("math", "gcd", rttest.I(12), rttest.I(18)), modCase("math", "gcd"), modCase("math", "gcd", rttest.I(-4), rttest.I(6), rttest.I(10)),
		modCase("math", "gcd", rttest.F(1.5)), modCase("math", "lcm", rttest.I(4), rttest.I(6), rttest.I(10)), modCase("math", "lcm", rttest.I(0), rttest.I(3)),
		modCase("math", "factorial", rttest.I(0)), modCase("math", "factorial", rttest.I(30)), modCase("math", "factorial", rttest.I(-1)),
		modCase("math", "factorial", rttest.F(3.0)),
		modCase("math", "log", rttest.F(0)), modCase("math", "log", rttest.F(-1)), modCase("math", "log", rttest.I(8), rttest.I(2)),
		modCase("math", "log", big), modCase("math", "log10", big), modCase("math", "log2", big),
		modCase("math", "log", rttest.I(100), rttest.I(10)), modCase("math", "log", rttest.I(1), rttest.I(1)), modCase("math", "log", rttest.I(0)),
		modCase("math", "log10", rttest.I(1000)), modCase("math", "log2", rttest.I(1024)), modCase("math", "log", inf),
		modCase("math", "log", nan), modCase("math", "log1p", rttest.F(-1)), modCase("math", "log1p", rttest.F(1e-10)),
		modCase("math", "exp", rttest.F(1)), modCase("math", "exp", rttest.F(1000)), modCase("math", "exp", rttest.F(-1000)),
		modCase("math", "exp", inf), modCase("math", "exp", rttest.F(-math.Inf(1))),
		modCase("math", "pow", rttest.F(2), rttest.F(0.5)), modCase("math", "pow", rttest.F(-8), rttest.F(1.0/3)), modCase("math", "pow", rttest.F(0), rttest.F(-1)),
		modCase("math", "pow", rttest.I(2), rttest.I(10)), modCase("math", "pow", rttest.F(10), rttest.F(400)), modCase("math", "pow", nan, rttest.F(0)),
		modCase("math", "pow", rttest.F(1), nan), modCase("math", "pow", rttest.F(-2), rttest.F(3)),
		modCase("math", "fsum", rttest.L(rttest.F(0.1), rttest.F(0.1), rttest.F(0.1), rttest.F(0.1), rttest.F(0.1), rttest.F(0.1), rttest.F(0.1), rttest.F(0.1), rttest.F(0.1), rttest.F(0.1))),
		modCase("math", "fsum", rttest.L(rttest.F(1e100), rttest.F(1), rttest.F(-1e100), rttest.F(1e-100), rttest.F(1e50), rttest.F(-1), rttest.F(-1e50))),
		modCase("math", "fsum", rttest.L(inf, rttest.F(1))), modCase("math", "fsum", rttest.L(inf, rttest.F(-math.Inf(1)))),
		modCase("math", "fsum", rttest.L(rttest.F(1e308), rttest.F(1e308))), modCase("math", "fsum", rttest.L()),
		modCase("math", "fsum", rttest.L(rttest.F(1), rttest.F(1e-16), rttest.F(1e-16))), modCase("math", "fsum", rttest.L(rttest.I(1), rttest.I(2), rttest.S("x"))),
		modCase("math", "prod", rttest.L(rttest.I(1), rttest.I(2), rttest.I(3), rttest.I(4))), modCase("math", "prod", rttest.L(rttest.F(1.5), rttest.I(2))),
		modCase("math", "hypot", rttest.I(3), rttest.I(4)), modCase("math", "hypot"), modCase("math", "hypot", rttest.I(1), rttest.I(2), rttest.I(2)), modCase("math", "hypot", rttest.F(1e308), rttest.F(1e308)),
		modCase("math", "hypot", rttest.F(1.1), rttest.F(2.2), rttest.F(-3.3), rttest.F(4.4)), modCase("math", "hypot", rttest.F(0.7), rttest.F(1.9)), modCase("math", "hypot", rttest.F(-0.0)),
		modCase("math", "dist", rttest.T(rttest.I(0), rttest.I(0)), rttest.T(rttest.I(3), rttest.I(4))),
		modCase("math", "comb", rttest.I(10), rttest.I(3)), modCase("math", "perm", rttest.I(10), rttest.I(3)), modCase("math", "perm", rttest.I(5)),
		modCase("math", "comb", rttest.I(3), rttest.I(10)), modCase("math", "comb", rttest.I(-3), rttest.I(1)),
		modCase("math", "isqrt", rttest.I(99)), modCase("math", "isqrt", rttest.I(-1)),
		modCase("math", "fmod", rttest.F(7), rttest.F(3)), modCase("math", "fmod", rttest.F(-7), rttest.F(3)), modCase("math", "fmod", rttest.F(1), rttest.F(0)),
		modCase("math", "copysign", rttest.F(1), rttest.F(-0.0)), modCase("math", "modf", rttest.F(3.5)), modCase("math", "frexp", rttest.F(8)),
		modCase("math", "ldexp", rttest.F(0.5), rttest.I(4)), modCase("math", "ldexp", rttest.F(1), rttest.I(2000)),
		modCase("math", "degrees", rttest.F(math.Pi)), modCase("math", "radians", rttest.I(180)),
		modCase("math", "isnan", nan), modCase("math", "isinf", inf), modCase("math", "isfinite", rttest.F(1)),
		modCase("math", "gamma", rttest.F(5)), modCase("math", "gamma", rttest.F(0)), modCase("math", "lgamma", rttest.F(0)),
		modCase("math", "atan2", rttest.F(0), rttest.F(-1)), modCase("math", "remainder", rttest.F(10), rttest.F(3)), modCase("math", "ulp", rttest.F(1)),
		modCase("math", "acos", rttest.F(2)), modCase("math", "cosh", rttest.F(1000)), modCase("math", "sin", rttest.I(0)),
		{Py: "import math\n(math.pi, math.e, math.tau, math.inf, math.nan)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.StdAttr("math", "pi"), rttest.StdAttr("math", "e"), rttest.StdAttr("math", "tau"), rttest.StdAttr("math", "inf"), rttest.StdAttr("math", "nan")), nil
		}},
	}
	// Bit-exactness of the libm functions on a spread of arguments (sin,
	// cos, tan and atan are correctly rounded, as glibc's in all but
	// about 1 case in 500; the hyperbolic functions, erf and lgamma use
	// Go's math and can differ by an ulp: not checked).
	xs := []float64{0.1, 0.5, 0.7, 1.3, 2, 2.5, 3.7, 10, 12.345, 100.5, 1e-5, 1e10, 0.001, 7.77, 33.3, 123456.789, 1.0 / 3}
	for _, fn := range []string{"exp", "log", "log2", "log10", "sqrt", "expm1", "log1p", "fabs", "floor", "ceil", "sin", "cos", "tan", "atan"} {
		for _, x := range xs {
			cases = append(cases, modCase("math", fn, rttest.F(x)))
		}
	}
	for _, fn := range []string{"asin", "acos"} {
		for _, x := range []float64{-0.99, -0.7, -0.33, -0.1, 0.05, 0.2, 0.5, 0.77, 0.9, 0.999} {
			cases = append(cases, modCase("math", fn, rttest.F(x)))
		}
	}
	rttest.CheckCases(t, cases)
}
