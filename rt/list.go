package rt

// List is a list.
type List struct {
	Items []Value
	cls   *Type // a Python subclass of list, or nil
	attrs *Dict // the subclass instance's __dict__
}

// ListType is list.
var ListType = NewType("list", ObjectType)

// Type implements Object.
func (l *List) Type() *Type {
	if l.cls != nil {
		return l.cls
	}
	return ListType
}

func (l *List) InstDict() *Dict {
	if l.attrs == nil {
		l.attrs = NewStrDict()
	}
	return l.attrs
}

// NewList makes a list of the given items (the slice is kept).
func NewList(items ...Value) Value { return Obj(&List{Items: items}) }

// ListAppend is list.append for displays and comprehensions.
func ListAppend(list, v Value) *Exc {
	l := list.O.(*List)
	l.Items = append(l.Items, v)
	return nil
}

// ListExtend is list.extend for `[*a]` displays.
func ListExtend(list, iterable Value) *Exc {
	l := list.O.(*List)
	if src, ok := iterable.O.(*List); ok && iterable.K == KObj {
		l.Items = append(l.Items, src.Items...)
		return nil
	}
	if src, ok := iterable.O.(*Tuple); ok && iterable.K == KObj {
		l.Items = append(l.Items, src.Items...)
		return nil
	}
	return ForEach(iterable, func(v Value) *Exc {
		l.Items = append(l.Items, v)
		return nil
	})
}

func asList(v Value) (*List, bool) {
	l, ok := v.O.(*List)
	return l, ok && v.K == KObj
}

func init() {
	t := ListType
	t.SetDict("__hash__", None)
	t.Repr = listRepr
	t.Len = listLen
	t.GetItem = listGetItem
	t.SetItem = listSetItem
	t.Contains = listContains
	t.Iter = listIterHook
	t.Compare = listCompare
	t.Num[BinAdd] = listAdd
	t.Num[BinMul] = listMul
	t.INum[BinAdd] = listIadd
	t.INum[BinMul] = listImul
	t.New = listNew
	t.Init = listInit
	m := func(name string, min, max int, f func(l *List, args []Value) (Value, *Exc)) {
		t.Method(name, func(s Value, args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("list."+name, args, kw, min, max); e != nil {
				return Null, e
			}
			return f(s.O.(*List), args)
		})
	}
	m("append", 1, 1, listAppend)
	m("extend", 1, 1, listExtend)
	m("insert", 2, 2, listInsert)
	m("pop", 0, 1, listPop)
	m("remove", 1, 1, listRemove)
	t.Method("index", listIndex)
	m("count", 1, 1, listCount)
	m("reverse", 0, 0, listReverse)
	m("copy", 0, 0, listCopy)
	m("clear", 0, 0, listClear)
	t.Method("sort", listSort)
	t.Method("__reversed__", listReversed)
	t.ClassMethod("__class_getitem__", listClassGetitem)
}

// listRepr is the Repr hook (__repr__) of list.
func listRepr(v Value) (string, *Exc) { return SeqRepr(v, v.O.(*List).Items, "[", "]") }

// listLen is the Len hook (__len__) of list.
func listLen(v Value) (int, *Exc) { return len(v.O.(*List).Items), nil }

// listGetItem is the GetItem hook (__getitem__) of list.
func listGetItem(o, k Value) (Value, *Exc) {
	l := o.O.(*List)
	if k.K == KInt {
		i := k.I
		if i < 0 {
			i += int64(len(l.Items))
		}
		if i < 0 || i >= int64(len(l.Items)) {
			return Null, Errorf(ExcIndexError, "list index out of range")
		}
		return l.Items[i], nil
	}
	if s, ok := k.O.(*SliceObj); ok && k.K == KObj {
		r, e := sliceItems(l.Items, s)
		return NewList(r...), e
	}
	if !isIndexable(k) {
		return Null, TypeErrorf("list indices must be integers or slices, not %s", k.TypeName())
	}
	i, e := seqIndex(k, len(l.Items), "list")
	if e != nil {
		return Null, e
	}
	return l.Items[i], nil
}

// listContains is the Contains hook (__contains__) of list.
func listContains(o, k Value) (bool, *Exc) { return ContainsItem(o.O.(*List).Items, k) }

// listIterHook is the Iter hook (__iter__) of list.
func listIterHook(o Value) (Value, *Exc) { return Obj(&listIter{l: o.O.(*List)}), nil }

// listCompare is the Compare hook (rich comparison) of list.
func listCompare(a, b Value, op CompareOp) (Value, *Exc) {
	y, ok := asList(b)
	if !ok {
		return NotImplemented, nil
	}
	return compareSeqs(a.O.(*List).Items, y.Items, op)
}

// listAdd is the Num[BinAdd] hook (__add__) of list.
func listAdd(a, b Value) (Value, *Exc) {
	x, ok1 := asList(a)
	y, ok2 := asList(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	out := make([]Value, 0, len(x.Items)+len(y.Items))
	return NewList(append(append(out, x.Items...), y.Items...)...), nil
}

// listMul is the Num[BinMul] hook (__mul__) of list.
func listMul(a, b Value) (Value, *Exc) {
	seq, n := a, b
	if _, ok := asList(a); !ok {
		seq, n = b, a
	}
	x, ok := asList(seq)
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
	return NewList(items...), nil
}

// listIadd is the INum[BinAdd] hook (__iadd__) of list.
func listIadd(a, b Value) (Value, *Exc) {
	if _, ok := asList(a); !ok {
		return NotImplemented, nil
	}
	return a, ListExtend(a, b)
}

// listImul is the INum[BinMul] hook (__imul__) of list.
func listImul(a, b Value) (Value, *Exc) {
	l, ok := asList(a)
	if !ok {
		return NotImplemented, nil
	}
	c, ok, e := repeatCount(b)
	if !ok || e != nil {
		return NotImplemented, e
	}
	items, e := repeatItems(l.Items, c)
	if e != nil {
		return Null, e
	}
	l.Items = items
	return a, nil
}

// listNew is the New hook (__new__) of list.
func listNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if cls != ListType {
		return Obj(&List{cls: cls}), nil
	}
	return NewList(), nil
}

// listInit is the Init hook (__init__) of list.
func listInit(self Value, args []Value, kw []string) *Exc {
	if e := ArgCount("list", args, kw, 0, 1); e != nil {
		return e
	}
	l := self.O.(*List)
	l.Items = nil
	if len(args) == 1 {
		return ListExtend(self, args[0])
	}
	return nil
}

// listAppend implements list.append (through m).
func listAppend(l *List, a []Value) (Value, *Exc) {
	l.Items = append(l.Items, a[0])
	return None, nil
}

// listExtend implements list.extend (through m).
func listExtend(l *List, a []Value) (Value, *Exc) { return None, ListExtend(Obj(l), a[0]) }

// listInsert implements list.insert (through m).
func listInsert(l *List, a []Value) (Value, *Exc) {
	i, e := IndexOf(a[0])
	if e != nil {
		return Null, e
	}
	n := int64(len(l.Items))
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.Items = append(l.Items, Null)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = a[1]
	return None, nil
}

// listPop implements list.pop (through m).
func listPop(l *List, a []Value) (Value, *Exc) {
	if len(l.Items) == 0 {
		return Null, Errorf(ExcIndexError, "pop from empty list")
	}
	i := len(l.Items) - 1
	if len(a) == 1 {
		j, e := IndexOf(a[0])
		if e != nil {
			return Null, e
		}
		if j < 0 {
			j += int64(len(l.Items))
		}
		if j < 0 || j >= int64(len(l.Items)) {
			return Null, Errorf(ExcIndexError, "pop index out of range")
		}
		i = int(j)
	}
	v := l.Items[i]
	l.Items = append(l.Items[:i], l.Items[i+1:]...)
	return v, nil
}

// listRemove implements list.remove (through m).
func listRemove(l *List, a []Value) (Value, *Exc) {
	for i, it := range l.Items {
		eq, e := EqBool(it, a[0])
		if e != nil {
			return Null, e
		}
		if eq {
			l.Items = append(l.Items[:i], l.Items[i+1:]...)
			return None, nil
		}
	}
	return Null, ValueErrorf("list.remove(x): x not in list")
}

// listIndex is list.index.
func listIndex(s Value, args []Value, kw []string) (Value, *Exc) {
	return IndexItems("index", s.O.(*List).Items, args, kw)
}

// listCount implements list.count (through m).
func listCount(l *List, a []Value) (Value, *Exc) { return CountItems(l.Items, a[0]) }

// listReverse implements list.reverse (through m).
func listReverse(l *List, a []Value) (Value, *Exc) {
	for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
		l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
	}
	return None, nil
}

// listCopy implements list.copy (through m).
func listCopy(l *List, a []Value) (Value, *Exc) {
	return NewList(append([]Value(nil), l.Items...)...), nil
}

// listClear implements list.clear (through m).
func listClear(l *List, a []Value) (Value, *Exc) {
	l.Items = nil
	return None, nil
}

// listSort is list.sort.
func listSort(s Value, args []Value, kw []string) (Value, *Exc) {
	if len(args) > len(kw) {
		return Null, TypeErrorf("sort() takes no positional arguments")
	}
	a, e := ParseArgs("sort", args, kw, []string{"key", "reverse"}, 0)
	if e != nil {
		return Null, e
	}
	rev := false
	if !a[1].IsNull() {
		if rev, e = Truth(a[1]); e != nil {
			return Null, e
		}
	}
	l := s.O.(*List)
	items := l.Items
	l.Items = nil // CPython empties the list while sorting
	e = sortValues(items, a[0], rev)
	if l.Items != nil && e == nil {
		e = ValueErrorf("list modified during sort")
	}
	l.Items = items
	return None, e
}

// listReversed is list.__reversed__.
func listReversed(s Value, args []Value, kw []string) (Value, *Exc) {
	return Obj(&listRevIter{l: s.O.(*List), i: len(s.O.(*List).Items) - 1}), nil
}

// listClassGetitem is list.__class_getitem__.
func listClassGetitem(cls Value, args []Value, kw []string) (Value, *Exc) {
	return GenericAlias(cls, args)
}

func listSetItem(o, k, v Value) *Exc {
	l := o.O.(*List)
	if s, ok := k.O.(*SliceObj); ok && k.K == KObj {
		start, stop, step, n, e := s.indices(len(l.Items))
		if e != nil {
			return e
		}
		if v.IsNull() {
			if step == 1 || step == -1 && n > 0 {
				if step == -1 {
					start, stop = start-n+1, start+1
				}
				if stop < start {
					stop = start
				}
				l.Items = append(l.Items[:start], l.Items[stop:]...)
				return nil
			}
			del := map[int]bool{}
			for i := 0; i < n; i++ {
				del[start+i*step] = true
			}
			out := l.Items[:0:0]
			for i, it := range l.Items {
				if !del[i] {
					out = append(out, it)
				}
			}
			l.Items = out
			return nil
		}
		items, e := ToSlice(v)
		if e != nil {
			if e.Class == ExcTypeError {
				return TypeErrorf("can only assign an iterable")
			}
			return e
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			out := make([]Value, 0, len(l.Items)-(stop-start)+len(items))
			out = append(out, l.Items[:start]...)
			out = append(out, items...)
			out = append(out, l.Items[stop:]...)
			l.Items = out
			return nil
		}
		if len(items) != n {
			return ValueErrorf("attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
		}
		for i := 0; i < n; i++ {
			l.Items[start+i*step] = items[i]
		}
		return nil
	}
	if !isIndexable(k) {
		return TypeErrorf("list indices must be integers or slices, not %s", k.TypeName())
	}
	if v.IsNull() {
		i, e := seqIndex(k, len(l.Items), "list")
		if e != nil {
			return Errorf(ExcIndexError, "list assignment index out of range")
		}
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return nil
	}
	i, e := seqIndex(k, len(l.Items), "list")
	if e != nil {
		if e.Class == ExcIndexError {
			return Errorf(ExcIndexError, "list assignment index out of range")
		}
		return e
	}
	l.Items[i] = v
	return nil
}
