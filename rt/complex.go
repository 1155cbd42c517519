package rt

import (
	"math"
	"math/cmplx"

	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// ComplexObj is a complex number.
type ComplexObj struct{ C complex128 }

// ComplexType is complex.
var ComplexType = NewType("complex", ObjectType)

// Type implements Object.
func (*ComplexObj) Type() *Type { return ComplexType }

// Complex returns a complex value.
func Complex(c complex128) Value { return Obj(&ComplexObj{C: c}) }

func toComplexOperand(v Value) (complex128, bool, *Exc) {
	if c, ok := v.O.(*ComplexObj); ok && v.K == KObj {
		return c.C, true, nil
	}
	f, ok, e := toFloatOperand(v)
	return complex(f, 0), ok, e
}

func complexPow(a, b complex128) (Value, *Exc) {
	if a == 0 {
		if real(b) < 0 || imag(b) != 0 {
			return Null, Errorf(ExcZeroDivisionError, "0.0 to a negative or complex power")
		}
		if b == 0 {
			return Complex(1), nil
		}
		return Complex(0), nil
	}
	if imag(b) == 0 && real(b) == math.Trunc(real(b)) && math.Abs(real(b)) <= 100 {
		return Complex(complexPowi(a, int(real(b)))), nil
	}
	// CPython's _Py_c_pow.
	vabs := math.Hypot(real(a), imag(a))
	l := math.Pow(vabs, real(b))
	at := math.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= math.Exp(at * imag(b))
		phase += imag(b) * math.Log(vabs)
	}
	return Complex(complex(l*math.Cos(phase), l*math.Sin(phase))), nil
}

// complexPowi is CPython's c_powi: binary exponentiation, inverted for
// negative exponents.
func complexPowi(x complex128, n int) complex128 {
	if n < 0 {
		return 1 / complexPowu(x, -n)
	}
	return complexPowu(x, n)
}

func complexPowu(x complex128, n int) complex128 {
	r := complex(1, 0)
	p := x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r *= p
		}
		p *= p
	}
	return r
}

func init() {
	t := ComplexType
	t.Repr = complexRepr
	t.Hash = complexHash
	t.Bool = complexBool
	op := func(o BinOp) func(a, b Value) (Value, *Exc) {
		return func(a, b Value) (Value, *Exc) {
			x, ok, e := toComplexOperand(a)
			if !ok || e != nil {
				return NotImplemented, e
			}
			y, ok, e := toComplexOperand(b)
			if !ok || e != nil {
				return NotImplemented, e
			}
			switch o {
			case BinAdd:
				return Complex(x + y), nil
			case BinSub:
				return Complex(x - y), nil
			case BinMul:
				return Complex(x * y), nil
			case BinTrueDiv:
				if y == 0 {
					return Null, Errorf(ExcZeroDivisionError, "complex division by zero")
				}
				return Complex(x / y), nil
			case BinPow:
				return complexPow(x, y)
			}
			return NotImplemented, nil
		}
	}
	for _, o := range []BinOp{BinAdd, BinSub, BinMul, BinTrueDiv, BinPow} {
		t.Num[o] = op(o)
	}
	t.Compare = complexCompare
	t.Unary[UnNeg] = complexNeg
	t.Unary[UnPos] = complexPos
	t.Unary[UnAbs] = complexAbs
	t.Getter("real", complexReal)
	t.Getter("imag", complexImag)
	t.Method("conjugate", complexConjugate)
	t.New = complexNew
}

// complexRepr is the Repr hook (__repr__) of complex.
func complexRepr(v Value) (string, *Exc) { return pyrepr.Complex(v.O.(*ComplexObj).C), nil }

// complexHash is the Hash hook (__hash__) of complex.
func complexHash(v Value) (int64, *Exc) {
	c := v.O.(*ComplexObj).C
	h := uint64(hashFloat(real(c))) + 1000003*uint64(hashFloat(imag(c)))
	r := int64(h)
	if r == -1 {
		r = -2
	}
	return r, nil
}

// complexBool is the Bool hook (__bool__) of complex.
func complexBool(v Value) (bool, *Exc) { return v.O.(*ComplexObj).C != 0, nil }

// complexCompare is the Compare hook (rich comparison) of complex.
func complexCompare(a, b Value, o CompareOp) (Value, *Exc) {
	y, ok, _ := toComplexOperand(b)
	if !ok || (o != OpEq && o != OpNe) {
		return NotImplemented, nil
	}
	return Bool((a.O.(*ComplexObj).C == y) == (o == OpEq)), nil
}

// complexNeg is the Unary[UnNeg] hook (__neg__) of complex.
func complexNeg(a Value) (Value, *Exc) { return Complex(-a.O.(*ComplexObj).C), nil }

// complexPos is the Unary[UnPos] hook (__pos__) of complex.
func complexPos(a Value) (Value, *Exc) { return a, nil }

// complexAbs is the Unary[UnAbs] hook (__abs__) of complex.
func complexAbs(a Value) (Value, *Exc) {
	r := cmplx.Abs(a.O.(*ComplexObj).C)
	if math.IsInf(r, 0) {
		return Null, Errorf(ExcOverflowError, "absolute value too large")
	}
	return Float(r), nil
}

// complexNew is the New hook (__new__) of complex.
func complexNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("complex", args, kw, []string{"real", "imag"}, 0)
	if e != nil {
		return Null, e
	}
	var re, im complex128
	if !a[0].IsNull() {
		var ok bool
		if re, ok, e = toComplexOperand(a[0]); !ok || e != nil {
			if e == nil {
				e = TypeErrorf("complex() first argument must be a string or a number, not '%s'", a[0].TypeName())
			}
			return Null, e
		}
	}
	if !a[1].IsNull() {
		var ok bool
		if im, ok, e = toComplexOperand(a[1]); !ok || e != nil {
			if e == nil {
				e = TypeErrorf("complex() second argument must be a number, not '%s'", a[1].TypeName())
			}
			return Null, e
		}
	}
	return Complex(re + im*1i), nil
}

// complexReal is complex.real.
func complexReal(s Value) (Value, *Exc) { return Float(real(s.O.(*ComplexObj).C)), nil }

// complexImag is complex.imag.
func complexImag(s Value) (Value, *Exc) { return Float(imag(s.O.(*ComplexObj).C)), nil }

// complexConjugate is complex.conjugate.
func complexConjugate(s Value, a []Value, kw []string) (Value, *Exc) {
	return Complex(cmplx.Conj(s.O.(*ComplexObj).C)), nil
}
