package collections

import "github.com/py2goasync/py2goasync/rt"

// collections: deque (native), defaultdict, Counter and OrderedDict (dict
// subclasses: *Dict instances with cls set, so every dict operation
// applies), namedtuple (mod_collections_nt.go).

// Deque is collections.deque: a slice (popleft reslices; appendleft
// copies, which is fine for the queue sizes programs use).
type Deque struct {
	items   []rt.Value
	maxlen  int // -1: unbounded
	cls     *rt.Type
	attrs   *rt.Dict
	version uint64 // bumped on mutation, for "deque mutated during iteration"
}

// DequeType is collections.deque.
var DequeType = rt.NewType("deque", rt.ObjectType)

func (d *Deque) Type() *rt.Type {
	if d.cls != nil {
		return d.cls
	}
	return DequeType
}

func (d *Deque) InstDict() *rt.Dict {
	if d.attrs == nil {
		d.attrs = rt.NewStrDict()
	}
	return d.attrs
}

func (d *Deque) push(v rt.Value, left bool) {
	d.version++
	if d.maxlen == 0 {
		return
	}
	if left {
		d.items = append([]rt.Value{v}, d.items...)
		if d.maxlen > 0 && len(d.items) > d.maxlen {
			d.items = d.items[:d.maxlen]
		}
		return
	}
	d.items = append(d.items, v)
	if d.maxlen > 0 && len(d.items) > d.maxlen {
		d.items = d.items[len(d.items)-d.maxlen:]
	}
}

func (d *Deque) extend(it rt.Value, left bool) *rt.Exc {
	if it.K == rt.KObj && it.O == rt.Object(d) { // d.extend(d)
		it = rt.NewList(append([]rt.Value(nil), d.items...)...)
	}
	return rt.ForEach(it, func(v rt.Value) *rt.Exc { d.push(v, left); return nil })
}

func dequeOf(v rt.Value) *Deque { return v.O.(*Deque) }

// dequeIndex normalizes a deque index (ints only, as CPython).
func dequeIndex(d *Deque, k rt.Value) (int, *rt.Exc) {
	if !rt.IsIntLike(k) && k.Type().Index == nil {
		return 0, rt.TypeErrorf("sequence index must be integer, not '%s'", k.TypeName())
	}
	i, e := rt.IndexOf(k)
	if e != nil {
		return 0, e
	}
	if i < 0 {
		i += int64(len(d.items))
	}
	if i < 0 || i >= int64(len(d.items)) {
		return 0, rt.Errorf(rt.ExcIndexError, "deque index out of range")
	}
	return int(i), nil
}

func newDeque(cls *rt.Type, items []rt.Value, maxlen int) *Deque {
	d := &Deque{maxlen: maxlen}
	if cls != DequeType {
		d.cls = cls
	}
	for _, v := range items {
		d.push(v, false)
	}
	return d
}

func (d *Deque) copyOf(self rt.Value) (rt.Value, *rt.Exc) {
	if d.cls == nil {
		return rt.Obj(newDeque(DequeType, d.items, d.maxlen)), nil
	}
	args := []rt.Value{rt.NewList(append([]rt.Value(nil), d.items...)...)}
	if d.maxlen >= 0 {
		args = append(args, rt.Int(int64(d.maxlen)))
	}
	return rt.Call(rt.Obj(d.cls), args, nil)
}

func init() {
	t := DequeType
	t.Module = "collections"
	t.CName = "collections.deque"
	t.SetDict("__hash__", rt.None)
	t.New = dequeNew
	t.Init = dequeInit
	t.Repr = dequeRepr
	t.Len = dequeLen
	t.Bool = dequeBool
	t.Iter = dequeIter
	t.Contains = dequeContains
	t.GetItem = dequeGetItem
	t.SetItem = dequeSetItem
	t.Compare = dequeCompare
	t.Num[rt.BinAdd] = dequeAdd
	t.INum[rt.BinAdd] = dequeIadd

	m := func(name string, min, max int, f func(d *Deque, self rt.Value, args []rt.Value) (rt.Value, *rt.Exc)) {
		t.Method(name, func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, min, max); e != nil {
				return rt.Null, e
			}
			return f(dequeOf(self), self, args)
		})
	}
	m("append", 1, 1, dequeAppend)
	m("appendleft", 1, 1, dequeAppendleft)
	m("extend", 1, 1, dequeExtend)
	m("extendleft", 1, 1, dequeExtendleft)
	pop := func(left bool) func(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
		return func(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
			if len(d.items) == 0 {
				return rt.Null, rt.Errorf(rt.ExcIndexError, "pop from an empty deque")
			}
			d.version++
			var v rt.Value
			if left {
				v = d.items[0]
				d.items[0] = rt.Null
				d.items = d.items[1:]
			} else {
				v = d.items[len(d.items)-1]
				d.items = d.items[:len(d.items)-1]
			}
			return v, nil
		}
	}
	m("pop", 0, 0, pop(false))
	m("popleft", 0, 0, pop(true))
	m("clear", 0, 0, dequeClear)
	m("copy", 0, 0, dequeCopy)
	m("__copy__", 0, 0, dequeCopyDunder)
	m("count", 1, 1, dequeCount)
	m("reverse", 0, 0, dequeReverse)
	m("rotate", 0, 1, dequeRotate)
	m("remove", 1, 1, dequeRemove)
	m("index", 1, 3, dequeIndexMethod)
	m("insert", 2, 2, dequeInsert)
	t.Getter("maxlen", dequeMaxlen)
	t.ClassMethod("__class_getitem__", dequeClassGetitem)
	dequeIterType.Module = "collections"
	dequeIterType.Iter = dequeIteratorIter
	dequeIterType.Next = dequeIteratorNext

	mod := rt.DefineModule("collections")
	mod.Set("deque", rt.Obj(DequeType))
	mod.Set("defaultdict", rt.Obj(DefaultDictType))
	mod.Set("Counter", rt.Obj(CounterType))
	mod.Set("OrderedDict", rt.Obj(OrderedDictType))
	mod.Fn("namedtuple", Namedtuple)
}

// dequeNew is the New hook (__new__) of deque.
func dequeNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(newDeque(cls, nil, -1)), nil
}

// dequeInit is the Init hook (__init__) of deque.
func dequeInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc {
	a, e := rt.ParseArgs("deque", args, kw, []string{"iterable", "maxlen"}, 0)
	if e != nil {
		return e
	}
	d := dequeOf(self)
	d.maxlen = -1
	if !a[1].IsNull() && !a[1].IsNone() {
		n, e := rt.IndexOf(a[1])
		if e != nil {
			return rt.TypeErrorf("an integer is required")
		}
		if n < 0 {
			return rt.ValueErrorf("maxlen must be non-negative")
		}
		d.maxlen = int(n)
	}
	d.items = nil
	d.version++
	if !a[0].IsNull() {
		return d.extend(a[0], false)
	}
	return nil
}

// dequeRepr is the Repr hook (__repr__) of deque.
func dequeRepr(v rt.Value) (string, *rt.Exc) {
	d := dequeOf(v)
	s, e := rt.SeqRepr(v, d.items, v.Type().Name+"([", "]")
	if e != nil {
		return "", e
	}
	if d.maxlen >= 0 {
		return s + ", maxlen=" + rt.Itoa(d.maxlen) + ")", nil
	}
	return s + ")", nil
}

// dequeLen is the Len hook (__len__) of deque.
func dequeLen(v rt.Value) (int, *rt.Exc) { return len(dequeOf(v).items), nil }

// dequeBool is the Bool hook (__bool__) of deque.
func dequeBool(v rt.Value) (bool, *rt.Exc) { return len(dequeOf(v).items) > 0, nil }

// dequeIter is the Iter hook (__iter__) of deque.
func dequeIter(v rt.Value) (rt.Value, *rt.Exc) {
	d := dequeOf(v)
	ver, i := d.version, 0
	return rt.NewGoIter(dequeIterType, func() (rt.Value, bool, *rt.Exc) {
		if d.version != ver {
			return rt.Null, false, rt.Errorf(rt.ExcRuntimeError, "deque mutated during iteration")
		}
		if i >= len(d.items) {
			return rt.Null, false, nil
		}
		i++
		return d.items[i-1], true, nil
	}), nil
}

// dequeContains is the Contains hook (__contains__) of deque.
func dequeContains(o, k rt.Value) (bool, *rt.Exc) { return rt.ContainsItem(dequeOf(o).items, k) }

// dequeGetItem is the GetItem hook (__getitem__) of deque.
func dequeGetItem(o, k rt.Value) (rt.Value, *rt.Exc) {
	d := dequeOf(o)
	i, e := dequeIndex(d, k)
	if e != nil {
		return rt.Null, e
	}
	return d.items[i], nil
}

// dequeSetItem is the SetItem hook (__setitem__, __delitem__) of deque.
func dequeSetItem(o, k, v rt.Value) *rt.Exc {
	d := dequeOf(o)
	i, e := dequeIndex(d, k)
	if e != nil {
		return e
	}
	if v.IsNull() {
		d.items = append(d.items[:i:i], d.items[i+1:]...)
		d.version++
		return nil
	}
	d.items[i] = v
	return nil
}

// dequeCompare is the Compare hook (rich comparison) of deque.
func dequeCompare(a, b rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	x, ok1 := a.O.(*Deque)
	y, ok2 := b.O.(*Deque)
	if !ok1 || !ok2 {
		return rt.NotImplemented, nil
	}
	return compareItems(x.items, y.items, op)
}

// dequeAdd is the Num[BinAdd] hook (__add__) of deque.
func dequeAdd(a, b rt.Value) (rt.Value, *rt.Exc) {
	x, ok1 := a.O.(*Deque)
	y, ok2 := b.O.(*Deque)
	if !ok1 || !ok2 {
		return rt.Null, rt.TypeErrorf("can only concatenate deque (not \"%s\") to deque", b.TypeName())
	}
	r, e := x.copyOf(a)
	if e != nil {
		return rt.Null, e
	}
	return r, dequeOf(r).extend(rt.NewList(y.items...), false)
}

// dequeIadd is the INum[BinAdd] hook (__iadd__) of deque.
func dequeIadd(a, b rt.Value) (rt.Value, *rt.Exc) { return a, dequeOf(a).extend(b, false) }

// dequeIteratorIter is the Iter hook (__iter__) of _deque_iterator.
func dequeIteratorIter(o rt.Value) (rt.Value, *rt.Exc) { return o, nil }

// dequeIteratorNext is the Next hook (__next__) of _deque_iterator.
func dequeIteratorNext(it rt.Value) (rt.Value, bool, *rt.Exc) { return it.O.(*rt.GoIter).Next() }

// dequeAppend implements deque.append (through m).
func dequeAppend(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	d.push(a[0], false)
	return rt.None, nil
}

// dequeAppendleft implements deque.appendleft (through m).
func dequeAppendleft(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	d.push(a[0], true)
	return rt.None, nil
}

// dequeExtend implements deque.extend (through m).
func dequeExtend(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	return rt.None, d.extend(a[0], false)
}

// dequeExtendleft implements deque.extendleft (through m).
func dequeExtendleft(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	return rt.None, d.extend(a[0], true)
}

// dequeClear implements deque.clear (through m).
func dequeClear(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	d.items = nil
	d.version++
	return rt.None, nil
}

// dequeCopy implements deque.copy (through m).
func dequeCopy(d *Deque, self rt.Value, a []rt.Value) (rt.Value, *rt.Exc) { return d.copyOf(self) }

// dequeCopyDunder implements deque.__copy__ (through m).
func dequeCopyDunder(d *Deque, self rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	return d.copyOf(self)
}

// dequeCount implements deque.count (through m).
func dequeCount(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	return rt.CountItems(d.items, a[0])
}

// dequeReverse implements deque.reverse (through m).
func dequeReverse(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	for i, j := 0, len(d.items)-1; i < j; i, j = i+1, j-1 {
		d.items[i], d.items[j] = d.items[j], d.items[i]
	}
	d.version++
	return rt.None, nil
}

// dequeRotate implements deque.rotate (through m).
func dequeRotate(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	n := int64(1)
	if len(a) == 1 {
		var e *rt.Exc
		if n, e = rt.IndexOf(a[0]); e != nil {
			return rt.Null, e
		}
	}
	l := int64(len(d.items))
	if l <= 1 {
		return rt.None, nil
	}
	n = ((n % l) + l) % l
	d.items = append(append([]rt.Value(nil), d.items[l-n:]...), d.items[:l-n]...)
	d.version++
	return rt.None, nil
}

// dequeRemove implements deque.remove (through m).
func dequeRemove(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	for i, x := range d.items {
		eq, e := rt.EqBool(x, a[0])
		if e != nil {
			return rt.Null, e
		}
		if eq {
			d.items = append(d.items[:i:i], d.items[i+1:]...)
			d.version++
			return rt.None, nil
		}
	}
	return rt.Null, rt.ValueErrorf("%s not in deque", rt.ReprOrErr(a[0]))
}

// dequeIndexMethod implements deque.index (through m).
func dequeIndexMethod(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	r, e := rt.IndexItems("index", d.items, a, nil)
	if e != nil && e.Class == rt.ExcValueError {
		return rt.Null, rt.ValueErrorf("%s is not in deque", rt.ReprOrErr(a[0]))
	}
	return r, e
}

// dequeInsert implements deque.insert (through m).
func dequeInsert(d *Deque, _ rt.Value, a []rt.Value) (rt.Value, *rt.Exc) {
	if d.maxlen >= 0 && len(d.items) >= d.maxlen {
		return rt.Null, rt.Errorf(rt.ExcIndexError, "deque already at its maximum size")
	}
	i, e := rt.IndexOf(a[0])
	if e != nil {
		return rt.Null, e
	}
	n := int64(len(d.items))
	if i < 0 {
		i += n
	}
	i = max(0, min(i, n))
	d.items = append(d.items[:i:i], append([]rt.Value{a[1]}, d.items[i:]...)...)
	d.version++
	return rt.None, nil
}

// dequeMaxlen is deque.maxlen.
func dequeMaxlen(self rt.Value) (rt.Value, *rt.Exc) {
	if n := dequeOf(self).maxlen; n >= 0 {
		return rt.Int(int64(n)), nil
	}
	return rt.None, nil
}

// dequeClassGetitem is deque.__class_getitem__.
func dequeClassGetitem(cls rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.GenericAlias(cls, args)
}

var dequeIterType = rt.NewType("_deque_iterator", rt.ObjectType)

// compareItems is sequence rich comparison (lists, tuples, deques).
func compareItems(x, y []rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	if (op == rt.OpEq || op == rt.OpNe) && len(x) != len(y) {
		return rt.Bool(op == rt.OpNe), nil
	}
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, e := rt.EqBool(x[i], y[i])
		if e != nil {
			return rt.Null, e
		}
		if !eq {
			if op == rt.OpEq {
				return rt.False, nil
			}
			if op == rt.OpNe {
				return rt.True, nil
			}
			return rt.RichCompare(x[i], y[i], op)
		}
	}
	return rt.Bool(rt.CmpResult(len(x)-len(y), op)), nil
}
