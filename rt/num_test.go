package rt_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

func big10(s string) rt.Value {
	b, _ := new(big.Int).SetString(s, 10)
	return rt.BigInt(b)
}

func TestNumbersVsCPython(t *testing.T) {
	cases := []rttest.PyCase{
		{Py: "1 + 2", Fn: func() (rt.Value, *rt.Exc) { return rt.Add(rttest.I(1), rttest.I(2)) }},
		{Py: "9223372036854775807 + 1", Fn: func() (rt.Value, *rt.Exc) { return rt.Add(rttest.I(1<<63-1), rttest.I(1)) }},
		{Py: "-9223372036854775808 - 1", Fn: func() (rt.Value, *rt.Exc) { return rt.Sub(rttest.I(-1<<63), rttest.I(1)) }},
		{Py: "3037000500 * 3037000500", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rttest.I(3037000500), rttest.I(3037000500)) }},
		{Py: "-9223372036854775808 // -1", Fn: func() (rt.Value, *rt.Exc) { return rt.FloorDiv(rttest.I(-1<<63), rttest.I(-1)) }},
		{Py: "-7 // 2", Fn: func() (rt.Value, *rt.Exc) { return rt.FloorDiv(rttest.I(-7), rttest.I(2)) }},
		{Py: "-7 % 2", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.I(-7), rttest.I(2)) }},
		{Py: "7 % -2", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.I(7), rttest.I(-2)) }},
		{Py: "divmod(-7, 2)", Fn: func() (rt.Value, *rt.Exc) { return rt.Divmod(rttest.I(-7), rttest.I(2)) }},
		{Py: "1 // 0", Fn: func() (rt.Value, *rt.Exc) { return rt.FloorDiv(rttest.I(1), rttest.I(0)) }},
		{Py: "1 % 0", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.I(1), rttest.I(0)) }},
		{Py: "1 / 0", Fn: func() (rt.Value, *rt.Exc) { return rt.TrueDiv(rttest.I(1), rttest.I(0)) }},
		{Py: "7 / 2", Fn: func() (rt.Value, *rt.Exc) { return rt.TrueDiv(rttest.I(7), rttest.I(2)) }},
		{Py: "10**30 / 7", Fn: func() (rt.Value, *rt.Exc) { return rt.TrueDiv(big10("1000000000000000000000000000000"), rttest.I(7)) }},
		{Py: "10**400 / 1", Fn: func() (rt.Value, *rt.Exc) {
			return rt.TrueDiv(rttest.Must(rt.Pow(rttest.I(10), rttest.I(400))), rttest.I(1))
		}},
		{Py: "2 ** 100", Fn: func() (rt.Value, *rt.Exc) { return rt.Pow(rttest.I(2), rttest.I(100)) }},
		{Py: "2 ** -1", Fn: func() (rt.Value, *rt.Exc) { return rt.Pow(rttest.I(2), rttest.I(-1)) }},
		{Py: "0 ** -1", Fn: func() (rt.Value, *rt.Exc) { return rt.Pow(rttest.I(0), rttest.I(-1)) }},
		{Py: "(-2) ** 63", Fn: func() (rt.Value, *rt.Exc) { return rt.Pow(rttest.I(-2), rttest.I(63)) }},
		// (-8) ** (1/3) differs in the last digit: Go's math.Pow/Cos are
		// not correctly rounded like glibc's (known limitation).
		{Py: "type((-8) ** (1/3))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("type", rttest.Must(rt.Pow(rttest.I(-8), rttest.F(1.0/3))))
		}},
		{Py: "1.1 ** 100, 2.5 ** -3, 10.0 ** 22", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Pow(rttest.F(1.1), rttest.I(100))), rttest.Must(rt.Pow(rttest.F(2.5), rttest.I(-3))), rttest.Must(rt.Pow(rttest.F(10), rttest.I(22)))), nil
		}},
		{Py: "2.0 ** 10000", Fn: func() (rt.Value, *rt.Exc) { return rt.Pow(rttest.F(2), rttest.I(10000)) }},
		{Py: "1 << 70", Fn: func() (rt.Value, *rt.Exc) { return rt.LShift(rttest.I(1), rttest.I(70)) }},
		{Py: "-1 >> 100", Fn: func() (rt.Value, *rt.Exc) { return rt.RShift(rttest.I(-1), rttest.I(100)) }},
		{Py: "1 << -1", Fn: func() (rt.Value, *rt.Exc) { return rt.LShift(rttest.I(1), rttest.I(-1)) }},
		{Py: "(2**70) >> 3", Fn: func() (rt.Value, *rt.Exc) {
			return rt.RShift(rttest.Must(rt.Pow(rttest.I(2), rttest.I(70))), rttest.I(3))
		}},
		{Py: "-(2**64) & 0xffff_ffff_ffff_ffff_f", Fn: func() (rt.Value, *rt.Exc) {
			return rt.And(rttest.Must(rt.Neg(rttest.Must(rt.Pow(rttest.I(2), rttest.I(64))))), big10("295147905179352825855"))
		}},
		{Py: "~5", Fn: func() (rt.Value, *rt.Exc) { return rt.Invert(rttest.I(5)) }},
		{Py: "-(-9223372036854775808)", Fn: func() (rt.Value, *rt.Exc) { return rt.Neg(rttest.I(-1 << 63)) }},
		{Py: "abs(-9223372036854775808)", Fn: func() (rt.Value, *rt.Exc) { return rt.Abs(rttest.I(-1 << 63)) }},
		{Py: "True + True", Fn: func() (rt.Value, *rt.Exc) { return rt.Add(rt.True, rt.True) }},
		{Py: "True & False", Fn: func() (rt.Value, *rt.Exc) { return rt.And(rt.True, rt.False) }},
		{Py: "True | 2", Fn: func() (rt.Value, *rt.Exc) { return rt.Or(rt.True, rttest.I(2)) }},
		{Py: "1 + 2.5", Fn: func() (rt.Value, *rt.Exc) { return rt.Add(rttest.I(1), rttest.F(2.5)) }},
		{Py: "0.1 + 0.2", Fn: func() (rt.Value, *rt.Exc) { return rt.Add(rttest.F(0.1), rttest.F(0.2)) }},
		{Py: "1e16", Fn: func() (rt.Value, *rt.Exc) { return rttest.F(1e16), nil }},
		{Py: "1e-5", Fn: func() (rt.Value, *rt.Exc) { return rttest.F(1e-5), nil }},
		{Py: "7.5 % -2", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.F(7.5), rttest.I(-2)) }},
		{Py: "-0.0 % 2", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.F(math.Copysign(0, -1)), rttest.I(2)) }},
		{Py: "-7.5 // 2", Fn: func() (rt.Value, *rt.Exc) { return rt.FloorDiv(rttest.F(-7.5), rttest.I(2)) }},
		{Py: "1.0 / 0", Fn: func() (rt.Value, *rt.Exc) { return rt.TrueDiv(rttest.F(1), rttest.I(0)) }},
		{Py: "1.0 // 0", Fn: func() (rt.Value, *rt.Exc) { return rt.FloorDiv(rttest.F(1), rttest.I(0)) }},
		{Py: "1.0 % 0", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.F(1), rttest.I(0)) }},
		{Py: "divmod(1.0, 0)", Fn: func() (rt.Value, *rt.Exc) { return rt.Divmod(rttest.F(1), rttest.I(0)) }},
		{Py: "1e300 * 1e300", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rttest.F(1e300), rttest.F(1e300)) }},
		{Py: "1 == 1.0", Fn: func() (rt.Value, *rt.Exc) { return rt.Eq(rttest.I(1), rttest.F(1)) }},
		{Py: "2**53 + 1 == float(2**53 + 1)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Eq(rttest.I(1<<53+1), rttest.Must(rttest.CallB("float", rttest.I(1<<53+1))))
		}},
		{Py: "2**53 + 1 > 2.0**53", Fn: func() (rt.Value, *rt.Exc) { return rt.Gt(rttest.I(1<<53+1), rttest.F(1<<53)) }},
		{Py: "1 < 'a'", Fn: func() (rt.Value, *rt.Exc) { return rt.Lt(rttest.I(1), rttest.S("a")) }},
		{Py: "[1] < [1, 2]", Fn: func() (rt.Value, *rt.Exc) { return rt.Lt(rttest.L(rttest.I(1)), rttest.L(rttest.I(1), rttest.I(2))) }},
		{Py: "(1, 'a') < (1, 'b')", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Lt(rttest.T(rttest.I(1), rttest.S("a")), rttest.T(rttest.I(1), rttest.S("b")))
		}},
		{Py: "(1, 2) < (1, 'b')", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Lt(rttest.T(rttest.I(1), rttest.I(2)), rttest.T(rttest.I(1), rttest.S("b")))
		}},
		{Py: "None < None", Fn: func() (rt.Value, *rt.Exc) { return rt.Lt(rt.None, rt.None) }},
		{Py: "-None", Fn: func() (rt.Value, *rt.Exc) { return rt.Neg(rt.None) }},
		{Py: "None + 1", Fn: func() (rt.Value, *rt.Exc) { return rt.Add(rt.None, rttest.I(1)) }},
		{Py: "'a' * 3", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rttest.S("a"), rttest.I(3)) }},
		{Py: "3 * 'ab'", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rttest.I(3), rttest.S("ab")) }},
		{Py: "'a' * 2.0", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rttest.S("a"), rttest.F(2)) }},
		{Py: "[1] * -1", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(rttest.L(rttest.I(1)), rttest.I(-1)) }},
		{Py: "[1, 2] + (3,)", Fn: func() (rt.Value, *rt.Exc) { return rt.Add(rttest.L(rttest.I(1), rttest.I(2)), rttest.T(rttest.I(3))) }},
		{Py: "int('  -12_3 ')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rttest.S("  -12_3 ")) }},
		{Py: "int('0x1f', 16)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rttest.S("0x1f"), rttest.I(16)) }},
		{Py: "int('0b101', 0)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rttest.S("0b101"), rttest.I(0)) }},
		{Py: "int('12', 1)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rttest.S("12"), rttest.I(1)) }},
		{Py: "int('abc')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rttest.S("abc")) }},
		{Py: "int('99999999999999999999999')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rttest.S("99999999999999999999999")) }},
		{Py: "int(3.99)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rttest.F(3.99)) }},
		{Py: "int(-3.99)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rttest.F(-3.99)) }},
		{Py: "int(1e30)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rttest.F(1e30)) }},
		{Py: "int(float('nan'))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("int", rttest.Must(rttest.CallB("float", rttest.S("nan"))))
		}},
		{Py: "int(None)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("int", rt.None) }},
		{Py: "float('1_000.5')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("float", rttest.S("1_000.5")) }},
		{Py: "float(' -Infinity ')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("float", rttest.S(" -Infinity ")) }},
		{Py: "float('x')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("float", rttest.S("x")) }},
		{Py: "float(10**400)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("float", rttest.Must(rt.Pow(rttest.I(10), rttest.I(400))))
		}},
		{Py: "round(2.5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("round", rttest.F(2.5)) }},
		{Py: "round(3.5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("round", rttest.F(3.5)) }},
		{Py: "round(2.675, 2)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("round", rttest.F(2.675), rttest.I(2)) }},
		{Py: "round(1234.5678, -2)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("round", rttest.F(1234.5678), rttest.I(-2)) }},
		{Py: "round(1250, -2)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("round", rttest.I(1250), rttest.I(-2)) }},
		{Py: "round(1350, -2)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("round", rttest.I(1350), rttest.I(-2)) }},
		{Py: "round(7)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("round", rttest.I(7)) }},
		{Py: "round(-0.4)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("round", rttest.F(-0.4)) }},
		{Py: "round(0.5, 0)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("round", rttest.F(0.5), rttest.I(0)) }},
		{Py: "pow(3, 4, 5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("pow", rttest.I(3), rttest.I(4), rttest.I(5)) }},
		{Py: "pow(3, -1, 7)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("pow", rttest.I(3), rttest.I(-1), rttest.I(7)) }},
		{Py: "pow(2, 3, 0)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("pow", rttest.I(2), rttest.I(3), rttest.I(0)) }},
		{Py: "pow(2, 0.5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("pow", rttest.I(2), rttest.F(0.5)) }},
		{Py: "abs(-2.5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("abs", rttest.F(-2.5)) }},
		{Py: "abs('x')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("abs", rttest.S("x")) }},
		{Py: "hex(255), oct(-8), bin(5)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("hex", rttest.I(255))), rttest.Must(rttest.CallB("oct", rttest.I(-8))), rttest.Must(rttest.CallB("bin", rttest.I(5)))), nil
		}},
		{Py: "hex(1.5)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("hex", rttest.F(1.5)) }},
		{Py: "(255).bit_length(), (-1).bit_length()", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.I(255), "bit_length")), rttest.Must(rttest.Meth(rttest.I(-1), "bit_length"))), nil
		}},
		{Py: "(1024).to_bytes(2, 'big')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.I(1024), "to_bytes", rttest.I(2), rttest.S("big"))
		}},
		{Py: "(0.1).as_integer_ratio()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.F(0.1), "as_integer_ratio") }},
		{Py: "(2.0).is_integer()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.F(2), "is_integer") }},
		{Py: "(1.5).hex()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.F(1.5), "hex") }},
		{Py: "hash(-1), hash(2**61), hash(2**64), hash(-2**64)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("hash", rttest.I(-1))), rttest.Must(rttest.CallB("hash", rttest.I(1<<61))), rttest.Must(rttest.CallB("hash", rttest.Must(rt.Pow(rttest.I(2), rttest.I(64))))), rttest.Must(rttest.CallB("hash", rttest.Must(rt.Neg(rttest.Must(rt.Pow(rttest.I(2), rttest.I(64)))))))), nil
		}},
		{Py: "hash(1.5), hash(-2.25), hash(1e100), hash(float('inf')), hash(0.1)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("hash", rttest.F(1.5))), rttest.Must(rttest.CallB("hash", rttest.F(-2.25))), rttest.Must(rttest.CallB("hash", rttest.F(1e100))), rttest.Must(rttest.CallB("hash", rttest.F(math.Inf(1)))), rttest.Must(rttest.CallB("hash", rttest.F(0.1)))), nil
		}},
		{Py: "hash('abc'), hash(''), hash('é'), hash('€uro'), hash('😀')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("hash", rttest.S("abc"))), rttest.Must(rttest.CallB("hash", rttest.S(""))), rttest.Must(rttest.CallB("hash", rttest.S("é"))), rttest.Must(rttest.CallB("hash", rttest.S("€uro"))), rttest.Must(rttest.CallB("hash", rttest.S("😀")))), nil
		}},
		{Py: "hash((1, 'a', 2.5)), hash(())", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("hash", rttest.T(rttest.I(1), rttest.S("a"), rttest.F(2.5)))), rttest.Must(rttest.CallB("hash", rttest.T()))), nil
		}},
		{Py: "hash(frozenset({1, 2, 3}))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("hash", rttest.Must(rttest.CallB("frozenset", rttest.L(rttest.I(1), rttest.I(2), rttest.I(3)))))
		}},
		{Py: "hash(b'abc')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("hash", rt.Bytes([]byte("abc"))) }},
		{Py: "hash([])", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("hash", rttest.L()) }},
		{Py: "complex(1, 2) * 2", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Mul(rttest.Must(rttest.CallB("complex", rttest.I(1), rttest.I(2))), rttest.I(2))
		}},
		{Py: "divmod(7, 2.5)", Fn: func() (rt.Value, *rt.Exc) { return rt.Divmod(rttest.I(7), rttest.F(2.5)) }},
		{Py: "10 ** 20 // 3", Fn: func() (rt.Value, *rt.Exc) {
			return rt.FloorDiv(rttest.Must(rt.Pow(rttest.I(10), rttest.I(20))), rttest.I(3))
		}},
		{Py: "-(10 ** 20) // 3", Fn: func() (rt.Value, *rt.Exc) {
			return rt.FloorDiv(rttest.Must(rt.Neg(rttest.Must(rt.Pow(rttest.I(10), rttest.I(20))))), rttest.I(3))
		}},
		{Py: "-(10 ** 20) % 3", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Mod(rttest.Must(rt.Neg(rttest.Must(rt.Pow(rttest.I(10), rttest.I(20))))), rttest.I(3))
		}},
		{Py: "(10 ** 20) % -3", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Mod(rttest.Must(rt.Pow(rttest.I(10), rttest.I(20))), rttest.I(-3))
		}},
		{Py: "str(10**5000)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.CallB("str", rttest.Must(rt.Pow(rttest.I(10), rttest.I(5000))))
		}},
		{Py: "bool(0.0), bool(''), bool([0]), bool(None)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("bool", rttest.F(0))), rttest.Must(rttest.CallB("bool", rttest.S(""))), rttest.Must(rttest.CallB("bool", rttest.L(rttest.I(0)))), rttest.Must(rttest.CallB("bool", rt.None))), nil
		}},
	}
	rttest.CheckCases(t, cases)
}
