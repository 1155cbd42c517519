package design

import (
	"math/big"
	"math/bits"
)

// --- (a) Object interface; ints as *Int with a small-int cache -----------

type Object interface{ TypeName() string }

type Int struct{ V int64 }
type BigInt struct{ V *big.Int }

func (*Int) TypeName() string    { return "int" }
func (*BigInt) TypeName() string { return "int" }

var smallInts = func() (a [262]Int) {
	for i := range a {
		a[i].V = int64(i - 5)
	}
	return
}()

// NewInt returns the cached object for -5..256, as CPython does.
func NewInt(v int64) Object {
	if uint64(v+5) < uint64(len(smallInts)) {
		return &smallInts[v+5]
	}
	return &Int{v}
}

func toBig(o Object) *big.Int {
	switch x := o.(type) {
	case *Int:
		return big.NewInt(x.V)
	case *BigInt:
		return x.V
	}
	panic("not an int")
}

// normBig keeps the invariant that a BigInt never fits in int64.
func normBig(z *big.Int) Object {
	if z.IsInt64() {
		return NewInt(z.Int64())
	}
	return &BigInt{z}
}

func AddObj(a, b Object) Object {
	if x, ok := a.(*Int); ok {
		if y, ok := b.(*Int); ok {
			if s, ok := add64(x.V, y.V); ok {
				return NewInt(s)
			}
		}
	}
	return normBig(new(big.Int).Add(toBig(a), toBig(b)))
}

func MulObj(a, b Object) Object {
	if x, ok := a.(*Int); ok {
		if y, ok := b.(*Int); ok {
			if p, ok := mul64(x.V, y.V); ok {
				return NewInt(p)
			}
		}
	}
	return normBig(new(big.Int).Mul(toBig(a), toBig(b)))
}

func add64(a, b int64) (int64, bool) {
	s := a + b
	return s, (s^a)&(s^b) >= 0
}

func mul64(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	// signed correction of the high word
	if a < 0 {
		hi -= uint64(b)
	}
	if b < 0 {
		hi -= uint64(a)
	}
	p := int64(lo)
	return p, int64(hi) == p>>63
}

// SumLoopObj is `total = 0; for i in range(n): total += i * 2` with every
// value an Object.
func SumLoopObj(n int64) Object {
	total, two := NewInt(0), NewInt(2)
	for i := int64(0); i < n; i++ {
		total = AddObj(total, MulObj(NewInt(i), two))
	}
	return total
}

// --- (a') Object interface with int64 stored by value (convT64) ----------

type IntV int64

func (IntV) TypeName() string { return "int" }

func AddObjV(a, b Object) Object {
	if x, ok := a.(IntV); ok {
		if y, ok := b.(IntV); ok {
			if s, ok := add64(int64(x), int64(y)); ok {
				return IntV(s)
			}
		}
	}
	panic("big path not modelled")
}

func MulObjV(a, b Object) Object {
	if x, ok := a.(IntV); ok {
		if y, ok := b.(IntV); ok {
			if p, ok := mul64(int64(x), int64(y)); ok {
				return IntV(p)
			}
		}
	}
	panic("big path not modelled")
}

func SumLoopObjV(n int64) Object {
	var total, two Object = IntV(0), IntV(2)
	for i := int64(0); i < n; i++ {
		total = AddObjV(total, MulObjV(IntV(i), two))
	}
	return total
}

// --- (b) tagged struct passed by value ------------------------------------

type Kind uint8

const (
	KObj Kind = iota // the value is in O
	KInt             // a small (int64) Python int, in I
)

// Value is 24 bytes: a kind, an inline int64, and an Object for everything
// else (big ints included).
type Value struct {
	K Kind
	I int64
	O Object
}

func IntVal(v int64) Value { return Value{K: KInt, I: v} }

func (v Value) big() *big.Int {
	if v.K == KInt {
		return big.NewInt(v.I)
	}
	return v.O.(*BigInt).V
}

func normBigVal(z *big.Int) Value {
	if z.IsInt64() {
		return IntVal(z.Int64())
	}
	return Value{O: &BigInt{z}}
}

func AddVal(a, b Value) Value {
	if a.K == KInt && b.K == KInt {
		if s, ok := add64(a.I, b.I); ok {
			return Value{K: KInt, I: s}
		}
	}
	return normBigVal(new(big.Int).Add(a.big(), b.big()))
}

func MulVal(a, b Value) Value {
	if a.K == KInt && b.K == KInt {
		if p, ok := mul64(a.I, b.I); ok {
			return Value{K: KInt, I: p}
		}
	}
	return normBigVal(new(big.Int).Mul(a.big(), b.big()))
}

func SumLoopVal(n int64) Value {
	total, two := IntVal(0), IntVal(2)
	for i := int64(0); i < n; i++ {
		total = AddVal(total, MulVal(IntVal(i), two))
	}
	return total
}

// --- (c) unboxed: the code generator proved total and i are ints ---------

func SumLoopUnboxed(n int64) Value {
	var total int64
	for i := int64(0); i < n; i++ {
		p, ok := mul64(i, 2)
		if ok {
			total, ok = add64(total, p)
		}
		if !ok { // leave the fast path: finish with boxed values
			t := AddVal(IntVal(total), MulVal(IntVal(i), IntVal(2)))
			for i++; i < n; i++ {
				t = AddVal(t, MulVal(IntVal(i), IntVal(2)))
			}
			return t
		}
	}
	return IntVal(total)
}

// --- attribute access ------------------------------------------------------

// DictInstance is an instance whose attributes live in a __dict__.
type DictInstance struct {
	Class *Class
	Dict  map[string]Object
}

// Class has a compile-time slot layout for attributes assigned in __init__.
type Class struct {
	Name  string
	Slots map[string]int
}

// SlotInstance keeps the layout's attributes in Slots (nil = unset) and
// anything else in Dict; a read site compiled against a known layout
// checks the class and indexes.
type SlotInstance struct {
	Class *Class
	Slots []Object
	Dict  map[string]Object
}

func (o *SlotInstance) GetAttr(name string) Object {
	if i, ok := o.Class.Slots[name]; ok && o.Slots[i] != nil {
		return o.Slots[i]
	}
	return o.Dict[name]
}

// StructPoint is a generated Go struct for a class whose attribute set is
// known at compile time.
type StructPoint struct {
	Class *Class
	X, Y  Object
}

// --- calls -----------------------------------------------------------------

// Callable is the generic call protocol: positional args in a slice (like
// CPython's vectorcall).
type Callable interface {
	Call(args []Object) Object
}

type PyFunc2 struct{ fn func(a, b Object) Object }

func (f *PyFunc2) Call(args []Object) Object {
	if len(args) != 2 {
		panic("TypeError")
	}
	return f.fn(args[0], args[1])
}

// Call2 is a fixed-arity entry point the code generator can use when the
// call site has exactly two positional arguments.
func (f *PyFunc2) Call2(a, b Object) Object { return f.fn(a, b) }

//go:noinline
func FuncAdd(a, b Object) Object { return AddObj(a, b) }

//go:noinline
func FuncAddVal(a, b Value) Value { return AddVal(a, b) }

// OpaqueCallable hides the dynamic type so the call cannot be devirtualized
// (a call through a variable whose value the compiler cannot see).
//
//go:noinline
func OpaqueCallable(f Callable) Callable { return f }

// SumFrame is a coroutine frame: a state machine keeps the locals that live
// across an await in fields of its heap-allocated frame.
type SumFrame struct{ I, N, Total int64 }

// SumLoopFrameFields runs the loop on the frame's fields directly.
//
//go:noinline
func SumLoopFrameFields(f *SumFrame) {
	for f.I = 0; f.I < f.N; f.I++ {
		p, ok := mul64(f.I, 2)
		if ok {
			f.Total, ok = add64(f.Total, p)
		}
		if !ok {
			panic("overflow path not modelled")
		}
	}
}

// SumLoopFrameLocals loads the fields into Go locals for the await-free
// stretch and stores them back before the next await.
//
//go:noinline
func SumLoopFrameLocals(f *SumFrame) {
	i, n, total := f.I, f.N, f.Total
	for i = 0; i < n; i++ {
		p, ok := mul64(i, 2)
		if ok {
			total, ok = add64(total, p)
		}
		if !ok {
			panic("overflow path not modelled")
		}
	}
	f.I, f.Total = i, total
}
