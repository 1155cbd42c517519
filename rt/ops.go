package rt

// Operators: binary and unary number operations with CPython's dispatch
// (binary_op1), rich comparisons (do_richcompare), truth.

func binaryOp(a, b Value, op BinOp) (Value, *Exc) {
	ta, tb := a.Type(), b.Type()
	sa := ta.Num[op]
	var sb func(a, b Value) (Value, *Exc)
	if tb != ta {
		sb = tb.Num[op]
		if sb != nil && tb.numOwner[op] == ta.numOwner[op] && ta.numOwner[op] != nil {
			sb = nil
		}
	}
	if sa != nil {
		if sb != nil && tb.IsSubtype(ta) {
			r, e := sb(a, b)
			if e != nil || !IsNotImplemented(r) {
				return r, e
			}
			sb = nil
		}
		r, e := sa(a, b)
		if e != nil || !IsNotImplemented(r) {
			return r, e
		}
	}
	if sb != nil {
		r, e := sb(a, b)
		if e != nil || !IsNotImplemented(r) {
			return r, e
		}
	}
	return NotImplemented, nil
}

func binaryError(a, b Value, op BinOp, inplace bool) *Exc {
	sym := binSym[op]
	if inplace {
		sym = binISym[op]
	}
	return TypeErrorf("unsupported operand type(s) for %s: '%s' and '%s'", sym, a.TypeName(), b.TypeName())
}

func binaryArith(a, b Value, op BinOp) (Value, *Exc) {
	r, e := binaryOp(a, b, op)
	if e != nil {
		return Null, e
	}
	if IsNotImplemented(r) {
		return seqFallback(a, b, op, false)
	}
	return r, nil
}

func inplace(a, b Value, op BinOp) (Value, *Exc) {
	if f := a.Type().INum[op]; f != nil {
		r, e := f(a, b)
		if e != nil || !IsNotImplemented(r) {
			return r, e
		}
	}
	r, e := binaryOp(a, b, op)
	if e != nil {
		return Null, e
	}
	if IsNotImplemented(r) {
		return seqFallback(a, b, op, true)
	}
	return r, nil
}

// seqFallback is CPython's sq_concat/sq_repeat step for + and * on the
// builtin sequences, after the number slots declined.
func seqFallback(a, b Value, op BinOp, inpl bool) (Value, *Exc) {
	switch op {
	case BinAdd:
		if IsSeq(a) {
			return Null, TypeErrorf("can only concatenate %s (not \"%s\") to %s", a.TypeName(), b.TypeName(), a.TypeName())
		}
	case BinMul:
		if IsSeq(a) && !isIndexable(b) {
			return Null, TypeErrorf("can't multiply sequence by non-int of type '%s'", b.TypeName())
		}
		if IsSeq(b) && !isIndexable(a) {
			return Null, TypeErrorf("can't multiply sequence by non-int of type '%s'", a.TypeName())
		}
	}
	return Null, binaryError(a, b, op, inpl)
}

func IsSeq(v Value) bool {
	if v.K != KObj {
		return false
	}
	switch v.O.(type) {
	case *StrObj, *List, *Tuple, *BytesObj:
		return true
	}
	return false
}

func isIndexable(v Value) bool { return IsIntLike(v) || v.Type().Index != nil }

// The binary operators (docs/rt-api.md), with fast paths for int and
// float operands.

func Add(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		if s := a.I + b.I; (s > a.I) == (b.I > 0) {
			return Int(s), nil
		}
	} else if a.K == KFloat && b.K == KFloat && a.O == nil && b.O == nil {
		return Float(a.AsFloat() + b.AsFloat()), nil
	}
	return binaryArith(a, b, BinAdd)
}

func Sub(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		if s := a.I - b.I; (s < a.I) == (b.I > 0) {
			return Int(s), nil
		}
	} else if a.K == KFloat && b.K == KFloat && a.O == nil && b.O == nil {
		return Float(a.AsFloat() - b.AsFloat()), nil
	}
	return binaryArith(a, b, BinSub)
}

func Mul(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		if r, ok := mul64(a.I, b.I); ok {
			return Int(r), nil
		}
	} else if a.K == KFloat && b.K == KFloat && a.O == nil && b.O == nil {
		return Float(a.AsFloat() * b.AsFloat()), nil
	}
	return binaryArith(a, b, BinMul)
}

func MatMul(a, b Value) (Value, *Exc)  { return binaryArith(a, b, BinMatMul) }
func TrueDiv(a, b Value) (Value, *Exc) { return binaryArith(a, b, BinTrueDiv) }
func FloorDiv(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil && b.I > 0 {
		q := a.I / b.I
		if (a.I%b.I != 0) && (a.I < 0) {
			q--
		}
		return Int(q), nil
	}
	return binaryArith(a, b, BinFloorDiv)
}

func Mod(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil && b.I > 0 {
		m := a.I % b.I
		if m < 0 {
			m += b.I
		}
		return Int(m), nil
	}
	return binaryArith(a, b, BinMod)
}
func Pow(a, b Value) (Value, *Exc)    { return binaryArith(a, b, BinPow) }
func LShift(a, b Value) (Value, *Exc) { return binaryArith(a, b, BinLShift) }
func RShift(a, b Value) (Value, *Exc) { return binaryArith(a, b, BinRShift) }
func And(a, b Value) (Value, *Exc)    { return binaryArith(a, b, BinAnd) }
func Or(a, b Value) (Value, *Exc)     { return binaryArith(a, b, BinOr) }
func Xor(a, b Value) (Value, *Exc)    { return binaryArith(a, b, BinXor) }

// Divmod is divmod(a, b).
func Divmod(a, b Value) (Value, *Exc) { return binaryArith(a, b, BinDivmod) }

func IAdd(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		if s := a.I + b.I; (s > a.I) == (b.I > 0) {
			return Int(s), nil
		}
	}
	return inplace(a, b, BinAdd)
}
func ISub(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		if s := a.I - b.I; (s < a.I) == (b.I > 0) {
			return Int(s), nil
		}
	}
	return inplace(a, b, BinSub)
}
func IMul(a, b Value) (Value, *Exc)      { return inplace(a, b, BinMul) }
func IMatMul(a, b Value) (Value, *Exc)   { return inplace(a, b, BinMatMul) }
func ITrueDiv(a, b Value) (Value, *Exc)  { return inplace(a, b, BinTrueDiv) }
func IFloorDiv(a, b Value) (Value, *Exc) { return inplace(a, b, BinFloorDiv) }
func IMod(a, b Value) (Value, *Exc)      { return inplace(a, b, BinMod) }
func IPow(a, b Value) (Value, *Exc)      { return inplace(a, b, BinPow) }
func ILShift(a, b Value) (Value, *Exc)   { return inplace(a, b, BinLShift) }
func IRShift(a, b Value) (Value, *Exc)   { return inplace(a, b, BinRShift) }
func IAnd(a, b Value) (Value, *Exc)      { return inplace(a, b, BinAnd) }
func IOr(a, b Value) (Value, *Exc)       { return inplace(a, b, BinOr) }
func IXor(a, b Value) (Value, *Exc)      { return inplace(a, b, BinXor) }

func unary(a Value, op UnaryOp) (Value, *Exc) {
	if f := a.Type().Unary[op]; f != nil {
		return f(a)
	}
	return Null, TypeErrorf("bad operand type for %s: '%s'", unSym[op], a.TypeName())
}

// Neg is -a.
func Neg(a Value) (Value, *Exc) {
	if a.K == KInt && a.I != minInt64 && a.O == nil {
		return Int(-a.I), nil
	}
	return unary(a, UnNeg)
}

// Pos is +a.
func Pos(a Value) (Value, *Exc) { return unary(a, UnPos) }

// Invert is ~a.
func Invert(a Value) (Value, *Exc) { return unary(a, UnInvert) }

// Abs is abs(a).
func Abs(a Value) (Value, *Exc) { return unary(a, UnAbs) }

// Not is `not a`.
func Not(a Value) (Value, *Exc) {
	t, e := Truth(a)
	if e != nil {
		return Null, e
	}
	return Bool(!t), nil
}

// Truth is bool(v).
func Truth(v Value) (bool, *Exc) {
	if v.O != nil && v.K != KObj {
		return v.Type().Bool(v) // an int or float subclass
	}
	switch v.K {
	case KBool, KInt:
		return v.I != 0, nil
	case KNone:
		return false, nil
	case KFloat:
		return v.AsFloat() != 0, nil
	}
	switch o := v.O.(type) {
	case *StrObj:
		if o.cls == nil {
			return len(o.S) > 0, nil
		}
	case *List:
		if o.cls == nil {
			return len(o.Items) > 0, nil
		}
	case *Tuple:
		return len(o.Items) > 0, nil
	case *Dict:
		if o.cls == nil {
			return o.used > 0, nil
		}
	}
	t := v.Type()
	if t.Bool != nil {
		return t.Bool(v)
	}
	if t.Len != nil {
		n, e := t.Len(v)
		return n > 0, e
	}
	return true, nil
}

// richCompareSlot calls a's Compare hook only.
func richCompareSlot(a, b Value, op CompareOp) (Value, *Exc) {
	if f := a.Type().Compare; f != nil {
		return f(a, b, op)
	}
	return NotImplemented, nil
}

// RichCompare is do_richcompare.
func RichCompare(a, b Value, op CompareOp) (Value, *Exc) {
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.Compare != nil && tb.IsSubtype(ta) {
		checkedReverse = true
		r, e := tb.Compare(b, a, op.swapped())
		if e != nil || !IsNotImplemented(r) {
			return r, e
		}
	}
	if ta.Compare != nil {
		r, e := ta.Compare(a, b, op)
		if e != nil || !IsNotImplemented(r) {
			return r, e
		}
	}
	if !checkedReverse && tb.Compare != nil {
		r, e := tb.Compare(b, a, op.swapped())
		if e != nil || !IsNotImplemented(r) {
			return r, e
		}
	}
	switch op {
	case OpEq:
		return Bool(Is(a, b)), nil
	case OpNe:
		return Bool(!Is(a, b)), nil
	}
	return Null, TypeErrorf("'%s' not supported between instances of '%s' and '%s'", cmpSym[op], ta.Name, tb.Name)
}

func Eq(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		return Bool(a.I == b.I), nil
	}
	return RichCompare(a, b, OpEq)
}
func Ne(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		return Bool(a.I != b.I), nil
	}
	return RichCompare(a, b, OpNe)
}
func Lt(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		return Bool(a.I < b.I), nil
	}
	if a.K == KFloat && b.K == KFloat && a.O == nil && b.O == nil {
		return Bool(a.AsFloat() < b.AsFloat()), nil
	}
	return RichCompare(a, b, OpLt)
}
func Le(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		return Bool(a.I <= b.I), nil
	}
	return RichCompare(a, b, OpLe)
}
func Gt(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		return Bool(a.I > b.I), nil
	}
	if a.K == KFloat && b.K == KFloat && a.O == nil && b.O == nil {
		return Bool(a.AsFloat() > b.AsFloat()), nil
	}
	return RichCompare(a, b, OpGt)
}
func Ge(a, b Value) (Value, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		return Bool(a.I >= b.I), nil
	}
	return RichCompare(a, b, OpGe)
}

// EqBool is PyObject_RichCompareBool(a, b, Py_EQ): identity implies
// equality.
func EqBool(a, b Value) (bool, *Exc) {
	if Is(a, b) && !(a.K == KFloat && a.AsFloat() != a.AsFloat()) {
		return true, nil
	}
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		return a.I == b.I, nil
	}
	if a.K == KObj && b.K == KObj {
		if sa, ok := a.O.(*StrObj); ok && sa.cls == nil {
			if sb, ok := b.O.(*StrObj); ok && sb.cls == nil {
				return sa.S == sb.S, nil
			}
		}
	}
	r, e := RichCompare(a, b, OpEq)
	if e != nil {
		return false, e
	}
	if r.K == KBool {
		return r.I != 0, nil
	}
	return Truth(r)
}

// CompareBool is a comparison reduced to a Go bool (for sorting, min,
// max).
func CompareBool(a, b Value, op CompareOp) (bool, *Exc) {
	if a.K == KInt && b.K == KInt && a.O == nil && b.O == nil {
		switch op {
		case OpLt:
			return a.I < b.I, nil
		case OpGt:
			return a.I > b.I, nil
		}
	}
	if op == OpEq {
		return EqBool(a, b)
	}
	r, e := RichCompare(a, b, op)
	if e != nil {
		return false, e
	}
	if r.K == KBool {
		return r.I != 0, nil
	}
	return Truth(r)
}

// In is `item in container`.
func In(item, container Value) (bool, *Exc) {
	t := container.Type()
	if t.Contains != nil {
		return t.Contains(container, item)
	}
	if t.Iter == nil && t.GetItem == nil {
		return false, TypeErrorf("argument of type '%s' is not iterable", t.Name)
	}
	it, e := Iter(container)
	if e != nil {
		return false, e
	}
	for {
		v, ok, e := Next(it)
		if e != nil || !ok {
			return false, e
		}
		eq, e := EqBool(v, item)
		if e != nil || eq {
			return eq, e
		}
	}
}

// NotIn is `item not in container`.
func NotIn(item, container Value) (bool, *Exc) {
	r, e := In(item, container)
	return !r, e
}
