package rt

import "math"

// Kind says what a Value holds.
type Kind uint8

// The kinds. The zero Value is KNull: "no value" (an unbound variable, a
// missing argument), never a Python object.
const (
	KNull  Kind = iota
	KNone       // None
	KBool       // I is 0 or 1
	KInt        // an int that fits in int64, in I
	KFloat      // a float, its bits in I
	KObj        // any other object, in O (including ints beyond int64)
)

// Value is a Python value, passed by value. Small ints, floats, bools and
// None live inline; everything else is an Object in O.
type Value struct {
	K Kind
	I int64
	O Object
}

// Object is any Python object that is not stored inline in a Value.
type Object interface {
	Type() *Type
}

// Null is the zero Value: no value.
var Null = Value{}

// None, True and False are the singletons.
var (
	None  = Value{K: KNone}
	True  = Value{K: KBool, I: 1}
	False = Value{K: KBool, I: 0}
)

// Int returns a Python int.
func Int(i int64) Value { return Value{K: KInt, I: i} }

// Float returns a Python float.
func Float(f float64) Value { return Value{K: KFloat, I: int64(math.Float64bits(f))} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Obj wraps an object.
func Obj(o Object) Value { return Value{K: KObj, O: o} }

// IsNull says v holds no value.
func (v Value) IsNull() bool { return v.K == KNull }

// IsNone says v is None.
func (v Value) IsNone() bool { return v.K == KNone }

// AsFloat returns the float held by a KFloat Value.
func (v Value) AsFloat() float64 { return math.Float64frombits(uint64(v.I)) }

// Type returns type(v). It panics on Null (an internal fault).
func (v Value) Type() *Type {
	switch v.K {
	case KObj:
		return v.O.Type()
	case KInt:
		if v.O != nil {
			return v.O.Type() // an instance of a Python subclass of int
		}
		return IntType
	case KFloat:
		if v.O != nil {
			return v.O.Type()
		}
		return FloatType
	case KBool:
		return BoolType
	case KNone:
		return NoneType
	}
	panic("rt: Type of a Null value")
}

// TypeName returns type(v).__name__, for error messages.
func (v Value) TypeName() string { return v.Type().Name }

// Is is Python's `is`.
func Is(a, b Value) bool {
	if a.K != b.K {
		return false
	}
	switch a.K {
	case KObj:
		return a.O == b.O
	case KFloat, KInt:
		if a.O != b.O {
			return false
		}
		// CPython caches only small ints, but `is` on equal ints is not
		// something programs may rely on; value identity is the friendlier
		// answer.
		return a.I == b.I
	}
	return a.I == b.I
}

func NonNone(v Value) bool { return !v.IsNull() && !v.IsNone() }
