package rt

import (
	"math"
	"math/big"
	"testing"
)

func big10(s string) Value {
	b, _ := new(big.Int).SetString(s, 10)
	return BigInt(b)
}

func TestNumbersVsCPython(t *testing.T) {
	cases := []PyCase{
		{"1 + 2", func() (Value, *Exc) { return Add(I(1), I(2)) }},
		{"9223372036854775807 + 1", func() (Value, *Exc) { return Add(I(1<<63-1), I(1)) }},
		{"-9223372036854775808 - 1", func() (Value, *Exc) { return Sub(I(-1<<63), I(1)) }},
		{"3037000500 * 3037000500", func() (Value, *Exc) { return Mul(I(3037000500), I(3037000500)) }},
		{"-9223372036854775808 // -1", func() (Value, *Exc) { return FloorDiv(I(-1<<63), I(-1)) }},
		{"-7 // 2", func() (Value, *Exc) { return FloorDiv(I(-7), I(2)) }},
		{"-7 % 2", func() (Value, *Exc) { return Mod(I(-7), I(2)) }},
		{"7 % -2", func() (Value, *Exc) { return Mod(I(7), I(-2)) }},
		{"divmod(-7, 2)", func() (Value, *Exc) { return Divmod(I(-7), I(2)) }},
		{"1 // 0", func() (Value, *Exc) { return FloorDiv(I(1), I(0)) }},
		{"1 % 0", func() (Value, *Exc) { return Mod(I(1), I(0)) }},
		{"1 / 0", func() (Value, *Exc) { return TrueDiv(I(1), I(0)) }},
		{"7 / 2", func() (Value, *Exc) { return TrueDiv(I(7), I(2)) }},
		{"10**30 / 7", func() (Value, *Exc) { return TrueDiv(big10("1000000000000000000000000000000"), I(7)) }},
		{"10**400 / 1", func() (Value, *Exc) { return TrueDiv(Must(Pow(I(10), I(400))), I(1)) }},
		{"2 ** 100", func() (Value, *Exc) { return Pow(I(2), I(100)) }},
		{"2 ** -1", func() (Value, *Exc) { return Pow(I(2), I(-1)) }},
		{"0 ** -1", func() (Value, *Exc) { return Pow(I(0), I(-1)) }},
		{"(-2) ** 63", func() (Value, *Exc) { return Pow(I(-2), I(63)) }},
		// (-8) ** (1/3) differs in the last digit: Go's math.Pow/Cos are
		// not correctly rounded like glibc's (known limitation).
		{"type((-8) ** (1/3))", func() (Value, *Exc) { return CallB("type", Must(Pow(I(-8), F(1.0/3)))) }},
		{"1.1 ** 100, 2.5 ** -3, 10.0 ** 22", func() (Value, *Exc) {
			return T(Must(Pow(F(1.1), I(100))), Must(Pow(F(2.5), I(-3))), Must(Pow(F(10), I(22)))), nil
		}},
		{"2.0 ** 10000", func() (Value, *Exc) { return Pow(F(2), I(10000)) }},
		{"1 << 70", func() (Value, *Exc) { return LShift(I(1), I(70)) }},
		{"-1 >> 100", func() (Value, *Exc) { return RShift(I(-1), I(100)) }},
		{"1 << -1", func() (Value, *Exc) { return LShift(I(1), I(-1)) }},
		{"(2**70) >> 3", func() (Value, *Exc) { return RShift(Must(Pow(I(2), I(70))), I(3)) }},
		{"-(2**64) & 0xffff_ffff_ffff_ffff_f", func() (Value, *Exc) {
			return And(Must(Neg(Must(Pow(I(2), I(64))))), big10("295147905179352825855"))
		}},
		{"~5", func() (Value, *Exc) { return Invert(I(5)) }},
		{"-(-9223372036854775808)", func() (Value, *Exc) { return Neg(I(-1 << 63)) }},
		{"abs(-9223372036854775808)", func() (Value, *Exc) { return Abs(I(-1 << 63)) }},
		{"True + True", func() (Value, *Exc) { return Add(True, True) }},
		{"True & False", func() (Value, *Exc) { return And(True, False) }},
		{"True | 2", func() (Value, *Exc) { return Or(True, I(2)) }},
		{"1 + 2.5", func() (Value, *Exc) { return Add(I(1), F(2.5)) }},
		{"0.1 + 0.2", func() (Value, *Exc) { return Add(F(0.1), F(0.2)) }},
		{"1e16", func() (Value, *Exc) { return F(1e16), nil }},
		{"1e-5", func() (Value, *Exc) { return F(1e-5), nil }},
		{"7.5 % -2", func() (Value, *Exc) { return Mod(F(7.5), I(-2)) }},
		{"-0.0 % 2", func() (Value, *Exc) { return Mod(F(math.Copysign(0, -1)), I(2)) }},
		{"-7.5 // 2", func() (Value, *Exc) { return FloorDiv(F(-7.5), I(2)) }},
		{"1.0 / 0", func() (Value, *Exc) { return TrueDiv(F(1), I(0)) }},
		{"1.0 // 0", func() (Value, *Exc) { return FloorDiv(F(1), I(0)) }},
		{"1.0 % 0", func() (Value, *Exc) { return Mod(F(1), I(0)) }},
		{"divmod(1.0, 0)", func() (Value, *Exc) { return Divmod(F(1), I(0)) }},
		{"1e300 * 1e300", func() (Value, *Exc) { return Mul(F(1e300), F(1e300)) }},
		{"1 == 1.0", func() (Value, *Exc) { return Eq(I(1), F(1)) }},
		{"2**53 + 1 == float(2**53 + 1)", func() (Value, *Exc) {
			return Eq(I(1<<53+1), Must(CallB("float", I(1<<53+1))))
		}},
		{"2**53 + 1 > 2.0**53", func() (Value, *Exc) { return Gt(I(1<<53+1), F(1<<53)) }},
		{"1 < 'a'", func() (Value, *Exc) { return Lt(I(1), S("a")) }},
		{"[1] < [1, 2]", func() (Value, *Exc) { return Lt(L(I(1)), L(I(1), I(2))) }},
		{"(1, 'a') < (1, 'b')", func() (Value, *Exc) { return Lt(T(I(1), S("a")), T(I(1), S("b"))) }},
		{"(1, 2) < (1, 'b')", func() (Value, *Exc) { return Lt(T(I(1), I(2)), T(I(1), S("b"))) }},
		{"None < None", func() (Value, *Exc) { return Lt(None, None) }},
		{"-None", func() (Value, *Exc) { return Neg(None) }},
		{"None + 1", func() (Value, *Exc) { return Add(None, I(1)) }},
		{"'a' * 3", func() (Value, *Exc) { return Mul(S("a"), I(3)) }},
		{"3 * 'ab'", func() (Value, *Exc) { return Mul(I(3), S("ab")) }},
		{"'a' * 2.0", func() (Value, *Exc) { return Mul(S("a"), F(2)) }},
		{"[1] * -1", func() (Value, *Exc) { return Mul(L(I(1)), I(-1)) }},
		{"[1, 2] + (3,)", func() (Value, *Exc) { return Add(L(I(1), I(2)), T(I(3))) }},
		{"int('  -12_3 ')", func() (Value, *Exc) { return CallB("int", S("  -12_3 ")) }},
		{"int('0x1f', 16)", func() (Value, *Exc) { return CallB("int", S("0x1f"), I(16)) }},
		{"int('0b101', 0)", func() (Value, *Exc) { return CallB("int", S("0b101"), I(0)) }},
		{"int('12', 1)", func() (Value, *Exc) { return CallB("int", S("12"), I(1)) }},
		{"int('abc')", func() (Value, *Exc) { return CallB("int", S("abc")) }},
		{"int('99999999999999999999999')", func() (Value, *Exc) { return CallB("int", S("99999999999999999999999")) }},
		{"int(3.99)", func() (Value, *Exc) { return CallB("int", F(3.99)) }},
		{"int(-3.99)", func() (Value, *Exc) { return CallB("int", F(-3.99)) }},
		{"int(1e30)", func() (Value, *Exc) { return CallB("int", F(1e30)) }},
		{"int(float('nan'))", func() (Value, *Exc) { return CallB("int", Must(CallB("float", S("nan")))) }},
		{"int(None)", func() (Value, *Exc) { return CallB("int", None) }},
		{"float('1_000.5')", func() (Value, *Exc) { return CallB("float", S("1_000.5")) }},
		{"float(' -Infinity ')", func() (Value, *Exc) { return CallB("float", S(" -Infinity ")) }},
		{"float('x')", func() (Value, *Exc) { return CallB("float", S("x")) }},
		{"float(10**400)", func() (Value, *Exc) { return CallB("float", Must(Pow(I(10), I(400)))) }},
		{"round(2.5)", func() (Value, *Exc) { return CallB("round", F(2.5)) }},
		{"round(3.5)", func() (Value, *Exc) { return CallB("round", F(3.5)) }},
		{"round(2.675, 2)", func() (Value, *Exc) { return CallB("round", F(2.675), I(2)) }},
		{"round(1234.5678, -2)", func() (Value, *Exc) { return CallB("round", F(1234.5678), I(-2)) }},
		{"round(1250, -2)", func() (Value, *Exc) { return CallB("round", I(1250), I(-2)) }},
		{"round(1350, -2)", func() (Value, *Exc) { return CallB("round", I(1350), I(-2)) }},
		{"round(7)", func() (Value, *Exc) { return CallB("round", I(7)) }},
		{"round(-0.4)", func() (Value, *Exc) { return CallB("round", F(-0.4)) }},
		{"round(0.5, 0)", func() (Value, *Exc) { return CallB("round", F(0.5), I(0)) }},
		{"pow(3, 4, 5)", func() (Value, *Exc) { return CallB("pow", I(3), I(4), I(5)) }},
		{"pow(3, -1, 7)", func() (Value, *Exc) { return CallB("pow", I(3), I(-1), I(7)) }},
		{"pow(2, 3, 0)", func() (Value, *Exc) { return CallB("pow", I(2), I(3), I(0)) }},
		{"pow(2, 0.5)", func() (Value, *Exc) { return CallB("pow", I(2), F(0.5)) }},
		{"abs(-2.5)", func() (Value, *Exc) { return CallB("abs", F(-2.5)) }},
		{"abs('x')", func() (Value, *Exc) { return CallB("abs", S("x")) }},
		{"hex(255), oct(-8), bin(5)", func() (Value, *Exc) {
			return T(Must(CallB("hex", I(255))), Must(CallB("oct", I(-8))), Must(CallB("bin", I(5)))), nil
		}},
		{"hex(1.5)", func() (Value, *Exc) { return CallB("hex", F(1.5)) }},
		{"(255).bit_length(), (-1).bit_length()", func() (Value, *Exc) {
			return T(Must(Meth(I(255), "bit_length")), Must(Meth(I(-1), "bit_length"))), nil
		}},
		{"(1024).to_bytes(2, 'big')", func() (Value, *Exc) { return Meth(I(1024), "to_bytes", I(2), S("big")) }},
		{"(0.1).as_integer_ratio()", func() (Value, *Exc) { return Meth(F(0.1), "as_integer_ratio") }},
		{"(2.0).is_integer()", func() (Value, *Exc) { return Meth(F(2), "is_integer") }},
		{"(1.5).hex()", func() (Value, *Exc) { return Meth(F(1.5), "hex") }},
		{"hash(-1), hash(2**61), hash(2**64), hash(-2**64)", func() (Value, *Exc) {
			return T(Must(CallB("hash", I(-1))), Must(CallB("hash", I(1<<61))), Must(CallB("hash", Must(Pow(I(2), I(64))))), Must(CallB("hash", Must(Neg(Must(Pow(I(2), I(64)))))))), nil
		}},
		{"hash(1.5), hash(-2.25), hash(1e100), hash(float('inf')), hash(0.1)", func() (Value, *Exc) {
			return T(Must(CallB("hash", F(1.5))), Must(CallB("hash", F(-2.25))), Must(CallB("hash", F(1e100))), Must(CallB("hash", F(math.Inf(1)))), Must(CallB("hash", F(0.1)))), nil
		}},
		{"hash('abc'), hash(''), hash('é'), hash('€uro'), hash('😀')", func() (Value, *Exc) {
			return T(Must(CallB("hash", S("abc"))), Must(CallB("hash", S(""))), Must(CallB("hash", S("é"))), Must(CallB("hash", S("€uro"))), Must(CallB("hash", S("😀")))), nil
		}},
		{"hash((1, 'a', 2.5)), hash(())", func() (Value, *Exc) {
			return T(Must(CallB("hash", T(I(1), S("a"), F(2.5)))), Must(CallB("hash", T()))), nil
		}},
		{"hash(frozenset({1, 2, 3}))", func() (Value, *Exc) { return CallB("hash", Must(CallB("frozenset", L(I(1), I(2), I(3))))) }},
		{"hash(b'abc')", func() (Value, *Exc) { return CallB("hash", Bytes([]byte("abc"))) }},
		{"hash([])", func() (Value, *Exc) { return CallB("hash", L()) }},
		{"complex(1, 2) * 2", func() (Value, *Exc) { return Mul(Must(CallB("complex", I(1), I(2))), I(2)) }},
		{"divmod(7, 2.5)", func() (Value, *Exc) { return Divmod(I(7), F(2.5)) }},
		{"10 ** 20 // 3", func() (Value, *Exc) { return FloorDiv(Must(Pow(I(10), I(20))), I(3)) }},
		{"-(10 ** 20) // 3", func() (Value, *Exc) { return FloorDiv(Must(Neg(Must(Pow(I(10), I(20))))), I(3)) }},
		{"-(10 ** 20) % 3", func() (Value, *Exc) { return Mod(Must(Neg(Must(Pow(I(10), I(20))))), I(3)) }},
		{"(10 ** 20) % -3", func() (Value, *Exc) { return Mod(Must(Pow(I(10), I(20))), I(-3)) }},
		{"str(10**5000)", func() (Value, *Exc) { return CallB("str", Must(Pow(I(10), I(5000)))) }},
		{"bool(0.0), bool(''), bool([0]), bool(None)", func() (Value, *Exc) {
			return T(Must(CallB("bool", F(0))), Must(CallB("bool", S(""))), Must(CallB("bool", L(I(0)))), Must(CallB("bool", None))), nil
		}},
	}
	CheckCases(t, cases)
}
