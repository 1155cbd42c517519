package rt

import (
	"strings"
)

// Tuple is a tuple.
type Tuple struct {
	Items []Value
	Cls   *Type // a Python subclass of tuple, or nil
	attrs *Dict // the subclass instance's __dict__
}

// TupleType is tuple.
var TupleType = NewType("tuple", ObjectType)

// Type implements Object.
func (t *Tuple) Type() *Type {
	if t.Cls != nil {
		return t.Cls
	}
	return TupleType
}

func (t *Tuple) InstDict() *Dict {
	if t.attrs == nil {
		t.attrs = NewStrDict()
	}
	return t.attrs
}

var emptyTuple = &Tuple{}

// NewTuple makes a tuple of the given items (the slice is kept).
func NewTuple(items ...Value) Value {
	if len(items) == 0 {
		return Obj(emptyTuple)
	}
	return Obj(&Tuple{Items: items})
}

// ListToTuple is (*a, b): a tuple with the list's items.
func ListToTuple(list Value) Value {
	return NewTuple(append([]Value(nil), list.O.(*List).Items...)...)
}

// TupleItems returns the items of a tuple Value (nil, false otherwise).
func TupleItems(v Value) ([]Value, bool) {
	if t, ok := v.O.(*Tuple); ok && v.K == KObj {
		return t.Items, true
	}
	return nil, false
}

// SeqRepr formats items between open and close, with CPython's
// recursion guard ("[...]").
func SeqRepr(v Value, items []Value, open, close string) (string, *Exc) {
	if !ReprEnter(v.O) {
		return open + "..." + close, nil
	}
	defer ReprLeave(v.O)
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, e := ToRepr(it)
		if e != nil {
			return "", e
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

func init() {
	t := TupleType
	t.Repr = tupleRepr
	t.Hash = tupleHash
	t.Len = tupleLen
	t.GetItem = tupleGetItem
	t.Contains = tupleContains
	t.Iter = tupleIter
	t.Compare = tupleCompare
	t.Num[BinAdd] = tupleAdd
	t.Num[BinMul] = tupleMul
	t.New = tupleNew
	t.Method("count", tupleCount)
	t.Method("index", tupleIndex)
}

// tupleRepr is the Repr hook (__repr__) of tuple.
func tupleRepr(v Value) (string, *Exc) {
	items := v.O.(*Tuple).Items
	if len(items) == 1 {
		s, e := SeqRepr(v, items, "(", ",)")
		if s == "(...,)" {
			s = "(...)"
		}
		return s, e
	}
	return SeqRepr(v, items, "(", ")")
}

// tupleHash is the Hash hook (__hash__) of tuple.
func tupleHash(v Value) (int64, *Exc) { return hashTuple(v.O.(*Tuple).Items) }

// tupleLen is the Len hook (__len__) of tuple.
func tupleLen(v Value) (int, *Exc) { return len(v.O.(*Tuple).Items), nil }

// tupleGetItem is the GetItem hook (__getitem__) of tuple.
func tupleGetItem(o, k Value) (Value, *Exc) {
	items := o.O.(*Tuple).Items
	if s, ok := k.O.(*SliceObj); ok && k.K == KObj {
		r, e := sliceItems(items, s)
		return NewTuple(r...), e
	}
	if !isIndexable(k) {
		return Null, TypeErrorf("tuple indices must be integers or slices, not %s", k.TypeName())
	}
	i, e := seqIndex(k, len(items), "tuple")
	if e != nil {
		return Null, e
	}
	return items[i], nil
}

// tupleContains is the Contains hook (__contains__) of tuple.
func tupleContains(o, k Value) (bool, *Exc) { return ContainsItem(o.O.(*Tuple).Items, k) }

// tupleIter is the Iter hook (__iter__) of tuple.
func tupleIter(o Value) (Value, *Exc) {
	return Obj(&seqIter{items: o.O.(*Tuple).Items, t: TupleIterType}), nil
}

// tupleCompare is the Compare hook (rich comparison) of tuple.
func tupleCompare(a, b Value, op CompareOp) (Value, *Exc) {
	y, ok := b.O.(*Tuple)
	if !ok || b.K != KObj {
		return NotImplemented, nil
	}
	return compareSeqs(a.O.(*Tuple).Items, y.Items, op)
}

// tupleAdd is the Num[BinAdd] hook (__add__) of tuple.
func tupleAdd(a, b Value) (Value, *Exc) {
	x, ok1 := a.O.(*Tuple)
	y, ok2 := b.O.(*Tuple)
	if !ok1 || !ok2 || a.K != KObj || b.K != KObj {
		return NotImplemented, nil
	}
	out := make([]Value, 0, len(x.Items)+len(y.Items))
	return NewTuple(append(append(out, x.Items...), y.Items...)...), nil
}

// tupleMul is the Num[BinMul] hook (__mul__) of tuple.
func tupleMul(a, b Value) (Value, *Exc) {
	seq, n := a, b
	if _, ok := a.O.(*Tuple); !ok || a.K != KObj {
		seq, n = b, a
	}
	x, ok := seq.O.(*Tuple)
	if !ok {
		return NotImplemented, nil
	}
	c, ok, e := repeatCount(n)
	if !ok || e != nil {
		return NotImplemented, e
	}
	items, e := repeatItems(x.Items, c)
	if e != nil {
		return Null, e
	}
	return NewTuple(items...), nil
}

// tupleNew is the New hook (__new__) of tuple.
func tupleNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("tuple", args, kw, 0, 1); e != nil {
		return Null, e
	}
	var items []Value
	if len(args) == 1 {
		if t, ok := args[0].O.(*Tuple); ok && cls == TupleType && t.Cls == nil {
			return args[0], nil
		}
		var e *Exc
		if items, e = ToSlice(args[0]); e != nil {
			return Null, e
		}
	}
	if cls != TupleType {
		return Obj(&Tuple{Items: append([]Value(nil), items...), Cls: cls}), nil
	}
	return NewTuple(items...), nil
}

// tupleCount is tuple.count.
func tupleCount(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("tuple.count", args, kw, 1, 1); e != nil {
		return Null, e
	}
	return CountItems(s.O.(*Tuple).Items, args[0])
}

// tupleIndex is tuple.index.
func tupleIndex(s Value, args []Value, kw []string) (Value, *Exc) {
	i, e := IndexItems("index", s.O.(*Tuple).Items, args, kw)
	if e != nil && e.Class == ExcValueError {
		return Null, ValueErrorf("tuple.index(x): x not in tuple")
	}
	return i, e
}

func ContainsItem(items []Value, k Value) (bool, *Exc) {
	for _, it := range items {
		eq, e := EqBool(it, k)
		if e != nil || eq {
			return eq, e
		}
	}
	return false, nil
}

func CountItems(items []Value, x Value) (Value, *Exc) {
	n := 0
	for _, it := range items {
		eq, e := EqBool(it, x)
		if e != nil {
			return Null, e
		}
		if eq {
			n++
		}
	}
	return Int(int64(n)), nil
}

func IndexItems(name string, items []Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount(name, args, kw, 1, 3); e != nil {
		return Null, e
	}
	start, stop := 0, len(items)
	clamp := func(v Value) (int, *Exc) {
		i, e := sliceIndex(v)
		if e != nil {
			return 0, e
		}
		if i < 0 {
			i += int64(len(items))
			if i < 0 {
				i = 0
			}
		}
		if i > int64(len(items)) {
			i = int64(len(items))
		}
		return int(i), nil
	}
	var e *Exc
	if len(args) > 1 {
		if start, e = clamp(args[1]); e != nil {
			return Null, e
		}
	}
	if len(args) > 2 {
		if stop, e = clamp(args[2]); e != nil {
			return Null, e
		}
	}
	for i := start; i < stop && i < len(items); i++ {
		eq, e := EqBool(items[i], args[0])
		if e != nil {
			return Null, e
		}
		if eq {
			return Int(int64(i)), nil
		}
	}
	r, e := ToRepr(args[0])
	if e != nil {
		return Null, e
	}
	return Null, ValueErrorf("%s is not in list", r)
}
