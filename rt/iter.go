package rt

// Iteration: iter(), next(), the builtin iterator types, unpacking.

// Iter is iter(o).
func Iter(o Value) (Value, *Exc) {
	if o.K == KObj {
		switch x := o.O.(type) {
		case *List:
			if x.cls == nil {
				return Obj(&listIter{l: x}), nil
			}
		case *Tuple:
			if x.Cls == nil {
				return Obj(&seqIter{items: x.Items, t: TupleIterType}), nil
			}
		}
	}
	t := o.Type()
	if t.Iter != nil {
		it, e := t.Iter(o)
		if e != nil {
			return Null, e
		}
		return it, nil
	}
	if t.GetItem != nil && t != DictType {
		return Obj(&getitemIter{o: o}), nil
	}
	return Null, TypeErrorf("'%s' object is not iterable", t.Name)
}

// Next advances an iterator: ok=false when exhausted.
func Next(it Value) (Value, bool, *Exc) {
	if it.K == KObj {
		switch x := it.O.(type) {
		case *listIter:
			if x.i < len(x.l.Items) {
				v := x.l.Items[x.i]
				x.i++
				return v, true, nil
			}
			x.i = 1 << 62
			return Null, false, nil
		case *seqIter:
			if x.i < len(x.items) {
				v := x.items[x.i]
				x.i++
				return v, true, nil
			}
			return Null, false, nil
		case *rangeIter:
			if x.n > 0 {
				v := x.cur
				x.cur += x.step
				x.n--
				return Int(v), true, nil
			}
			return Null, false, nil
		}
	}
	t := it.Type()
	if t.Next == nil {
		return Null, false, TypeErrorf("'%s' object is not an iterator", t.Name)
	}
	return t.Next(it)
}

// ForEach calls f on each item of an iterable.
func ForEach(iterable Value, f func(v Value) *Exc) *Exc {
	if iterable.K == KObj {
		switch x := iterable.O.(type) {
		case *List:
			if x.cls != nil {
				break
			}
			for i := 0; i < len(x.Items); i++ {
				if e := f(x.Items[i]); e != nil {
					return e
				}
			}
			return nil
		case *Tuple:
			if x.Cls != nil {
				break
			}
			for _, v := range x.Items {
				if e := f(v); e != nil {
					return e
				}
			}
			return nil
		}
	}
	it, e := Iter(iterable)
	if e != nil {
		return e
	}
	for {
		v, ok, e := Next(it)
		if e != nil {
			return e
		}
		if !ok {
			return nil
		}
		if e := f(v); e != nil {
			return e
		}
	}
}

// ToSlice collects an iterable's items (a copy for lists and tuples).
func ToSlice(iterable Value) ([]Value, *Exc) {
	if iterable.K == KObj {
		switch x := iterable.O.(type) {
		case *List:
			if x.cls != nil {
				break
			}
			return append([]Value(nil), x.Items...), nil
		case *Tuple:
			if x.Cls == nil {
				return x.Items, nil
			}
		}
	}
	var out []Value
	e := ForEach(iterable, func(v Value) *Exc {
		out = append(out, v)
		return nil
	})
	return out, e
}

// toSliceFor is ToSlice with a custom error when the value is not
// iterable.
func toSliceFor(v Value, notIterable func() *Exc) ([]Value, *Exc) {
	t := v.Type()
	if t.Iter == nil && t.GetItem == nil {
		return nil, notIterable()
	}
	return ToSlice(v)
}

// Unpack is `a, b = v` with exactly n items.
func Unpack(v Value, n int) ([]Value, *Exc) {
	if v.K == KObj {
		var items []Value
		switch x := v.O.(type) {
		case *Tuple:
			if x.Cls == nil {
				items = x.Items
			}
		case *List:
			if x.cls == nil {
				items = x.Items
			}
		}
		if items != nil || v.O == emptyTuple {
			if len(items) == n {
				return append([]Value(nil), items...), nil
			}
			if len(items) < n {
				return nil, ValueErrorf("not enough values to unpack (expected %d, got %d)", n, len(items))
			}
			return nil, ValueErrorf("too many values to unpack (expected %d)", n)
		}
	}
	t := v.Type()
	if t.Iter == nil && t.GetItem == nil {
		return nil, TypeErrorf("cannot unpack non-iterable %s object", t.Name)
	}
	it, e := Iter(v)
	if e != nil {
		return nil, e
	}
	out := make([]Value, 0, n)
	for len(out) < n {
		x, ok, e := Next(it)
		if e != nil {
			return nil, e
		}
		if !ok {
			return nil, ValueErrorf("not enough values to unpack (expected %d, got %d)", n, len(out))
		}
		out = append(out, x)
	}
	_, ok, e := Next(it)
	if e != nil {
		return nil, e
	}
	if ok {
		return nil, ValueErrorf("too many values to unpack (expected %d)", n)
	}
	return out, nil
}

// UnpackStar is `a, *b, c = v`: before+1+after values, the starred part a
// list at index before.
func UnpackStar(v Value, before, after int) ([]Value, *Exc) {
	t := v.Type()
	if t.Iter == nil && t.GetItem == nil {
		return nil, TypeErrorf("cannot unpack non-iterable %s object", t.Name)
	}
	items, e := ToSlice(v)
	if e != nil {
		return nil, e
	}
	if len(items) < before+after {
		return nil, ValueErrorf("not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]Value, 0, before+after+1)
	out = append(out, items[:before]...)
	out = append(out, NewList(append([]Value(nil), items[before:len(items)-after]...)...))
	out = append(out, items[len(items)-after:]...)
	return out, nil
}

type listIter struct {
	l *List
	i int
}

type listRevIter struct {
	l *List
	i int
}

type seqIter struct {
	items []Value
	i     int
	t     *Type
}

// getitemIter iterates with __getitem__(0), (1), ... until IndexError.
type getitemIter struct {
	o Value
	i int64
}

// callableIter is iter(callable, sentinel).
type callableIter struct {
	fn, sentinel Value
	done         bool
}

var (
	ListIterType      = NewType("list_iterator", ObjectType)
	ListRevIterType   = NewType("list_reverseiterator", ObjectType)
	TupleIterType     = NewType("tuple_iterator", ObjectType)
	GetitemIterType   = NewType("iterator", ObjectType)
	CallableIterType  = NewType("callable_iterator", ObjectType)
	StrIterType       = NewType("str_ascii_iterator", ObjectType)
	DictKeyIterType   = NewType("dict_keyiterator", ObjectType)
	DictValueIterType = NewType("dict_valueiterator", ObjectType)
	DictItemIterType  = NewType("dict_itemiterator", ObjectType)
	SetIterType       = NewType("set_iterator", ObjectType)
)

func (*listIter) Type() *Type     { return ListIterType }
func (*listRevIter) Type() *Type  { return ListRevIterType }
func (s *seqIter) Type() *Type    { return s.t }
func (*getitemIter) Type() *Type  { return GetitemIterType }
func (*callableIter) Type() *Type { return CallableIterType }

func selfIter(o Value) (Value, *Exc) { return o, nil }

func init() {
	for _, t := range []*Type{ListIterType, ListRevIterType, TupleIterType, GetitemIterType, CallableIterType, StrIterType} {
		t.Iter = selfIter
	}
	ListIterType.Next = listIteratorNext
	TupleIterType.Next = tupleIteratorNext
	StrIterType.Next = strAsciiIteratorNext
	ListRevIterType.Next = listReverseiteratorNext
	GetitemIterType.Next = iteratorNext
	CallableIterType.Next = callableIteratorNext
	ListIterType.Method("__length_hint__", listIteratorLengthHint)
}

// listIteratorNext is the Next hook (__next__) of list_iterator.
func listIteratorNext(it Value) (Value, bool, *Exc) { return Next(it) }

// tupleIteratorNext is the Next hook (__next__) of tuple_iterator.
func tupleIteratorNext(it Value) (Value, bool, *Exc) { return Next(it) }

// strAsciiIteratorNext is the Next hook (__next__) of str_ascii_iterator.
func strAsciiIteratorNext(it Value) (Value, bool, *Exc) {
	x := it.O.(*seqIter)
	if x.i < len(x.items) {
		v := x.items[x.i]
		x.i++
		return v, true, nil
	}
	return Null, false, nil
}

// listReverseiteratorNext is the Next hook (__next__) of list_reverseiterator.
func listReverseiteratorNext(it Value) (Value, bool, *Exc) {
	x := it.O.(*listRevIter)
	if x.i >= 0 && x.i < len(x.l.Items) {
		v := x.l.Items[x.i]
		x.i--
		return v, true, nil
	}
	x.i = -1
	return Null, false, nil
}

// iteratorNext is the Next hook (__next__) of iterator.
func iteratorNext(it Value) (Value, bool, *Exc) {
	x := it.O.(*getitemIter)
	if x.i < 0 {
		return Null, false, nil
	}
	v, e := GetItem(x.o, Int(x.i))
	if e != nil {
		if e.Class.IsSubtype(ExcIndexError) || e.Class.IsSubtype(ExcStopIteration) {
			x.i = -1
			return Null, false, nil
		}
		return Null, false, e
	}
	x.i++
	return v, true, nil
}

// callableIteratorNext is the Next hook (__next__) of callable_iterator.
func callableIteratorNext(it Value) (Value, bool, *Exc) {
	x := it.O.(*callableIter)
	if x.done {
		return Null, false, nil
	}
	v, e := Call(x.fn, nil, nil)
	if e != nil {
		if e.Class.IsSubtype(ExcStopIteration) {
			x.done = true
			return Null, false, nil
		}
		return Null, false, e
	}
	eq, e := EqBool(v, x.sentinel)
	if e != nil {
		return Null, false, e
	}
	if eq {
		x.done = true
		return Null, false, nil
	}
	return v, true, nil
}

// listIteratorLengthHint is list_iterator.__length_hint__.
func listIteratorLengthHint(s Value, a []Value, kw []string) (Value, *Exc) {
	x := s.O.(*listIter)
	n := len(x.l.Items) - x.i
	if n < 0 {
		n = 0
	}
	return Int(int64(n)), nil
}

// IterValues collects an iterable's items.
func IterValues(v Value) ([]Value, *Exc) {
	it, e := Iter(v)
	if e != nil {
		return nil, e
	}
	var out []Value
	for {
		x, ok, e := Next(it)
		if e != nil {
			return nil, e
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
	}
}

// ListOf collects an iterable's items.
func ListOf(it Value) ([]Value, *Exc) {
	var out []Value
	e := ForEach(it, func(v Value) *Exc { out = append(out, v); return nil })
	return out, e
}

// GoIter is an iterator implemented by a Go closure.
type GoIter struct {
	Typ  *Type
	Next func() (Value, bool, *Exc)
	Repr func() string
}

func (g *GoIter) Type() *Type { return g.Typ }

func NewGoIter(t *Type, next func() (Value, bool, *Exc)) Value {
	return Obj(&GoIter{Typ: t, Next: next})
}
