package rt

import "math/big"

// range objects (int64 bounds; bigger ranges raise OverflowError).

// RangeObj is range(start, stop, step).
type RangeObj struct {
	start, stop, step int64
	n                 int64
}

type rangeIter struct {
	cur, step, n int64
}

var (
	RangeType     = NewType("range", ObjectType)
	RangeIterType = NewType("range_iterator", ObjectType)
)

func (*RangeObj) Type() *Type  { return RangeType }
func (*rangeIter) Type() *Type { return RangeIterType }

func rangeLen(start, stop, step int64) int64 {
	if step > 0 && start < stop {
		return int64((uint64(stop-start)-1)/uint64(step)) + 1
	}
	if step < 0 && start > stop {
		return int64((uint64(start-stop)-1)/uint64(-step)) + 1
	}
	return 0
}

// NewRange is range(start, stop, step).
func NewRange(start, stop, step int64) Value {
	return Obj(&RangeObj{start, stop, step, rangeLen(start, stop, step)})
}

func rangeArg(v Value) (int64, *Exc) {
	if IsIntLike(v) && v.K == KObj {
		return 0, Errorf(ExcOverflowError, "Python int too large to convert to C ssize_t")
	}
	if !isIndexable(v) {
		return 0, TypeErrorf("'%s' object cannot be interpreted as an integer", v.TypeName())
	}
	return IndexOf(v)
}

func (r *RangeObj) item(i int64) Value {
	return Int(r.start + i*r.step)
}

func init() {
	t := RangeType
	t.Final = true
	t.New = rangeNew
	t.Repr = rangeRepr
	t.Len = rangeLenHook
	t.Bool = rangeBool
	t.Iter = rangeIterHook
	t.Contains = rangeContains
	t.GetItem = rangeGetItem
	t.Hash = rangeHash
	t.Compare = rangeCompare
	t.Getter("start", rangeStart)
	t.Getter("stop", rangeStop)
	t.Getter("step", rangeStep)
	t.Method("index", rangeIndex)
	t.Method("count", rangeCount)
	t.Method("__reversed__", rangeReversed)
	RangeIterType.Iter = selfIter
	RangeIterType.Next = rangeIteratorNext
	RangeIterType.Method("__length_hint__", rangeIteratorLengthHint)
}

// rangeNew is the New hook (__new__) of range.
func rangeNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if e := NoKwargs("range", kw); e != nil {
		return Null, e
	}
	var a [3]int64
	for i, v := range args {
		if i >= 3 {
			break
		}
		x, e := rangeArg(v)
		if e != nil {
			return Null, e
		}
		a[i] = x
	}
	switch len(args) {
	case 1:
		return NewRange(0, a[0], 1), nil
	case 2:
		return NewRange(a[0], a[1], 1), nil
	case 3:
		if a[2] == 0 {
			return Null, ValueErrorf("range() arg 3 must not be zero")
		}
		return NewRange(a[0], a[1], a[2]), nil
	case 0:
		return Null, TypeErrorf("range expected at least 1 argument, got 0")
	}
	return Null, TypeErrorf("range expected at most 3 arguments, got %d", len(args))
}

// rangeRepr is the Repr hook (__repr__) of range.
func rangeRepr(v Value) (string, *Exc) {
	r := v.O.(*RangeObj)
	if r.step == 1 {
		return "range(" + Itoa64(r.start) + ", " + Itoa64(r.stop) + ")", nil
	}
	return "range(" + Itoa64(r.start) + ", " + Itoa64(r.stop) + ", " + Itoa64(r.step) + ")", nil
}

// rangeLenHook is the Len hook (__len__) of range.
func rangeLenHook(v Value) (int, *Exc) { return int(v.O.(*RangeObj).n), nil }

// rangeBool is the Bool hook (__bool__) of range.
func rangeBool(v Value) (bool, *Exc) { return v.O.(*RangeObj).n > 0, nil }

// rangeIterHook is the Iter hook (__iter__) of range.
func rangeIterHook(v Value) (Value, *Exc) {
	r := v.O.(*RangeObj)
	return Obj(&rangeIter{cur: r.start, step: r.step, n: r.n}), nil
}

// rangeContains is the Contains hook (__contains__) of range.
func rangeContains(o, k Value) (bool, *Exc) {
	r := o.O.(*RangeObj)
	if k.K == KInt || k.K == KBool {
		x := k.I
		if r.step > 0 && (x < r.start || x >= r.stop) || r.step < 0 && (x > r.start || x <= r.stop) {
			return false, nil
		}
		return (x-r.start)%r.step == 0, nil
	}
	if IsIntLike(k) {
		return false, nil
	}
	it, _ := Iter(o)
	for {
		v, ok, _ := Next(it)
		if !ok {
			return false, nil
		}
		if eq, e := EqBool(v, k); e != nil || eq {
			return eq, e
		}
	}
}

// rangeGetItem is the GetItem hook (__getitem__) of range.
func rangeGetItem(o, k Value) (Value, *Exc) {
	r := o.O.(*RangeObj)
	if s, ok := k.O.(*SliceObj); ok && k.K == KObj {
		start, stop, step, _, e := s.indices(int(r.n))
		if e != nil {
			return Null, e
		}
		return NewRange(r.start+int64(start)*r.step, r.start+int64(stop)*r.step, r.step*int64(step)), nil
	}
	if !isIndexable(k) {
		return Null, TypeErrorf("range indices must be integers or slices, not %s", k.TypeName())
	}
	i, e := seqIndex(k, int(r.n), "range object")
	if e != nil {
		return Null, e
	}
	return r.item(int64(i)), nil
}

// rangeHash is the Hash hook (__hash__) of range.
func rangeHash(v Value) (int64, *Exc) {
	r := v.O.(*RangeObj)
	if r.n == 0 {
		return hashTuple([]Value{Int(0), None, None})
	}
	if r.n == 1 {
		return hashTuple([]Value{Int(1), Int(r.start), None})
	}
	return hashTuple([]Value{Int(r.n), Int(r.start), Int(r.step)})
}

// rangeCompare is the Compare hook (rich comparison) of range.
func rangeCompare(a, b Value, op CompareOp) (Value, *Exc) {
	y, ok := b.O.(*RangeObj)
	if !ok || (op != OpEq && op != OpNe) {
		return NotImplemented, nil
	}
	x := a.O.(*RangeObj)
	eq := x.n == y.n && (x.n == 0 || x.start == y.start && (x.n == 1 || x.step == y.step))
	return Bool(eq == (op == OpEq)), nil
}

// rangeIteratorNext is the Next hook (__next__) of range_iterator.
func rangeIteratorNext(it Value) (Value, bool, *Exc) { return Next(it) }

// rangeStart is range.start.
func rangeStart(s Value) (Value, *Exc) { return Int(s.O.(*RangeObj).start), nil }

// rangeStop is range.stop.
func rangeStop(s Value) (Value, *Exc) { return Int(s.O.(*RangeObj).stop), nil }

// rangeStep is range.step.
func rangeStep(s Value) (Value, *Exc) { return Int(s.O.(*RangeObj).step), nil }

// rangeIndex is range.index.
func rangeIndex(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("index", a, kw, 1, 1); e != nil {
		return Null, e
	}
	r := s.O.(*RangeObj)
	if in, _ := RangeType.Contains(s, a[0]); in && IsIntLike(a[0]) {
		return Int((a[0].I - r.start) / r.step), nil
	}
	rs, _ := ToRepr(a[0])
	return Null, ValueErrorf("%s is not in range", rs)
}

// rangeCount is range.count.
func rangeCount(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("count", a, kw, 1, 1); e != nil {
		return Null, e
	}
	in, e := RangeType.Contains(s, a[0])
	if in {
		return Int(1), e
	}
	return Int(0), e
}

// rangeReversed is range.__reversed__.
func rangeReversed(s Value, a []Value, kw []string) (Value, *Exc) {
	r := s.O.(*RangeObj)
	return Obj(&rangeIter{cur: r.start + (r.n-1)*r.step, step: -r.step, n: r.n}), nil
}

// rangeIteratorLengthHint is range_iterator.__length_hint__.
func rangeIteratorLengthHint(s Value, a []Value, kw []string) (Value, *Exc) {
	return Int(s.O.(*rangeIter).n), nil
}

func Itoa64(i int64) string { return big.NewInt(i).String() }
