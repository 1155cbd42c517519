package rt

// collections: deque (native), defaultdict, Counter and OrderedDict (dict
// subclasses: *Dict instances with cls set, so every dict operation
// applies), namedtuple (mod_collections_nt.go).

// Deque is collections.deque: a slice (popleft reslices; appendleft
// copies, which is fine for the queue sizes programs use).
type Deque struct {
	items   []Value
	maxlen  int // -1: unbounded
	cls     *Type
	attrs   *Dict
	version uint64 // bumped on mutation, for "deque mutated during iteration"
}

// DequeType is collections.deque.
var DequeType = NewType("deque", ObjectType)

func (d *Deque) Type() *Type {
	if d.cls != nil {
		return d.cls
	}
	return DequeType
}

func (d *Deque) InstDict() *Dict {
	if d.attrs == nil {
		d.attrs = NewStrDict()
	}
	return d.attrs
}

func (d *Deque) push(v Value, left bool) {
	d.version++
	if d.maxlen == 0 {
		return
	}
	if left {
		d.items = append([]Value{v}, d.items...)
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

func (d *Deque) extend(it Value, left bool) *Exc {
	if it.K == KObj && it.O == Object(d) { // d.extend(d)
		it = NewList(append([]Value(nil), d.items...)...)
	}
	return ForEach(it, func(v Value) *Exc { d.push(v, left); return nil })
}

func dequeOf(v Value) *Deque { return v.O.(*Deque) }

// dequeIndex normalizes a deque index (ints only, as CPython).
func dequeIndex(d *Deque, k Value) (int, *Exc) {
	if !IsIntLike(k) && k.Type().Index == nil {
		return 0, TypeErrorf("sequence index must be integer, not '%s'", k.TypeName())
	}
	i, e := IndexOf(k)
	if e != nil {
		return 0, e
	}
	if i < 0 {
		i += int64(len(d.items))
	}
	if i < 0 || i >= int64(len(d.items)) {
		return 0, Errorf(ExcIndexError, "deque index out of range")
	}
	return int(i), nil
}

func newDeque(cls *Type, items []Value, maxlen int) *Deque {
	d := &Deque{maxlen: maxlen}
	if cls != DequeType {
		d.cls = cls
	}
	for _, v := range items {
		d.push(v, false)
	}
	return d
}

func (d *Deque) copyOf(self Value) (Value, *Exc) {
	if d.cls == nil {
		return Obj(newDeque(DequeType, d.items, d.maxlen)), nil
	}
	args := []Value{NewList(append([]Value(nil), d.items...)...)}
	if d.maxlen >= 0 {
		args = append(args, Int(int64(d.maxlen)))
	}
	return Call(Obj(d.cls), args, nil)
}

func init() {
	t := DequeType
	t.Module = "collections"
	t.CName = "collections.deque"
	t.SetDict("__hash__", None)
	t.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		return Obj(newDeque(cls, nil, -1)), nil
	}
	t.Init = func(self Value, args []Value, kw []string) *Exc {
		a, e := ParseArgs("deque", args, kw, []string{"iterable", "maxlen"}, 0)
		if e != nil {
			return e
		}
		d := dequeOf(self)
		d.maxlen = -1
		if !a[1].IsNull() && !a[1].IsNone() {
			n, e := IndexOf(a[1])
			if e != nil {
				return TypeErrorf("an integer is required")
			}
			if n < 0 {
				return ValueErrorf("maxlen must be non-negative")
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
	t.Repr = func(v Value) (string, *Exc) {
		d := dequeOf(v)
		s, e := SeqRepr(v, d.items, v.Type().Name+"([", "]")
		if e != nil {
			return "", e
		}
		if d.maxlen >= 0 {
			return s + ", maxlen=" + Itoa(d.maxlen) + ")", nil
		}
		return s + ")", nil
	}
	t.Len = func(v Value) (int, *Exc) { return len(dequeOf(v).items), nil }
	t.Bool = func(v Value) (bool, *Exc) { return len(dequeOf(v).items) > 0, nil }
	t.Iter = func(v Value) (Value, *Exc) {
		d := dequeOf(v)
		ver, i := d.version, 0
		return NewGoIter(dequeIterType, func() (Value, bool, *Exc) {
			if d.version != ver {
				return Null, false, Errorf(ExcRuntimeError, "deque mutated during iteration")
			}
			if i >= len(d.items) {
				return Null, false, nil
			}
			i++
			return d.items[i-1], true, nil
		}), nil
	}
	t.Contains = func(o, k Value) (bool, *Exc) { return ContainsItem(dequeOf(o).items, k) }
	t.GetItem = func(o, k Value) (Value, *Exc) {
		d := dequeOf(o)
		i, e := dequeIndex(d, k)
		if e != nil {
			return Null, e
		}
		return d.items[i], nil
	}
	t.SetItem = func(o, k, v Value) *Exc {
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
	t.Compare = func(a, b Value, op CompareOp) (Value, *Exc) {
		x, ok1 := a.O.(*Deque)
		y, ok2 := b.O.(*Deque)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return compareItems(x.items, y.items, op)
	}
	t.Num[BinAdd] = func(a, b Value) (Value, *Exc) {
		x, ok1 := a.O.(*Deque)
		y, ok2 := b.O.(*Deque)
		if !ok1 || !ok2 {
			return Null, TypeErrorf("can only concatenate deque (not \"%s\") to deque", b.TypeName())
		}
		r, e := x.copyOf(a)
		if e != nil {
			return Null, e
		}
		return r, dequeOf(r).extend(NewList(y.items...), false)
	}
	t.INum[BinAdd] = func(a, b Value) (Value, *Exc) { return a, dequeOf(a).extend(b, false) }

	m := func(name string, min, max int, f func(d *Deque, self Value, args []Value) (Value, *Exc)) {
		t.Method(name, func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount(name, args, kw, min, max); e != nil {
				return Null, e
			}
			return f(dequeOf(self), self, args)
		})
	}
	m("append", 1, 1, func(d *Deque, _ Value, a []Value) (Value, *Exc) { d.push(a[0], false); return None, nil })
	m("appendleft", 1, 1, func(d *Deque, _ Value, a []Value) (Value, *Exc) { d.push(a[0], true); return None, nil })
	m("extend", 1, 1, func(d *Deque, _ Value, a []Value) (Value, *Exc) { return None, d.extend(a[0], false) })
	m("extendleft", 1, 1, func(d *Deque, _ Value, a []Value) (Value, *Exc) { return None, d.extend(a[0], true) })
	pop := func(left bool) func(d *Deque, _ Value, a []Value) (Value, *Exc) {
		return func(d *Deque, _ Value, a []Value) (Value, *Exc) {
			if len(d.items) == 0 {
				return Null, Errorf(ExcIndexError, "pop from an empty deque")
			}
			d.version++
			var v Value
			if left {
				v = d.items[0]
				d.items[0] = Null
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
	m("clear", 0, 0, func(d *Deque, _ Value, a []Value) (Value, *Exc) { d.items = nil; d.version++; return None, nil })
	m("copy", 0, 0, func(d *Deque, self Value, a []Value) (Value, *Exc) { return d.copyOf(self) })
	m("__copy__", 0, 0, func(d *Deque, self Value, a []Value) (Value, *Exc) { return d.copyOf(self) })
	m("count", 1, 1, func(d *Deque, _ Value, a []Value) (Value, *Exc) { return CountItems(d.items, a[0]) })
	m("reverse", 0, 0, func(d *Deque, _ Value, a []Value) (Value, *Exc) {
		for i, j := 0, len(d.items)-1; i < j; i, j = i+1, j-1 {
			d.items[i], d.items[j] = d.items[j], d.items[i]
		}
		d.version++
		return None, nil
	})
	m("rotate", 0, 1, func(d *Deque, _ Value, a []Value) (Value, *Exc) {
		n := int64(1)
		if len(a) == 1 {
			var e *Exc
			if n, e = IndexOf(a[0]); e != nil {
				return Null, e
			}
		}
		l := int64(len(d.items))
		if l <= 1 {
			return None, nil
		}
		n = ((n % l) + l) % l
		d.items = append(append([]Value(nil), d.items[l-n:]...), d.items[:l-n]...)
		d.version++
		return None, nil
	})
	m("remove", 1, 1, func(d *Deque, _ Value, a []Value) (Value, *Exc) {
		for i, x := range d.items {
			eq, e := EqBool(x, a[0])
			if e != nil {
				return Null, e
			}
			if eq {
				d.items = append(d.items[:i:i], d.items[i+1:]...)
				d.version++
				return None, nil
			}
		}
		return Null, ValueErrorf("%s not in deque", ReprOrErr(a[0]))
	})
	m("index", 1, 3, func(d *Deque, _ Value, a []Value) (Value, *Exc) {
		r, e := IndexItems("index", d.items, a, nil)
		if e != nil && e.Class == ExcValueError {
			return Null, ValueErrorf("%s is not in deque", ReprOrErr(a[0]))
		}
		return r, e
	})
	m("insert", 2, 2, func(d *Deque, _ Value, a []Value) (Value, *Exc) {
		if d.maxlen >= 0 && len(d.items) >= d.maxlen {
			return Null, Errorf(ExcIndexError, "deque already at its maximum size")
		}
		i, e := IndexOf(a[0])
		if e != nil {
			return Null, e
		}
		n := int64(len(d.items))
		if i < 0 {
			i += n
		}
		i = max(0, min(i, n))
		d.items = append(d.items[:i:i], append([]Value{a[1]}, d.items[i:]...)...)
		d.version++
		return None, nil
	})
	t.Getter("maxlen", func(self Value) (Value, *Exc) {
		if n := dequeOf(self).maxlen; n >= 0 {
			return Int(int64(n)), nil
		}
		return None, nil
	})
	t.ClassMethod("__class_getitem__", func(cls Value, args []Value, kw []string) (Value, *Exc) {
		return GenericAlias(cls, args)
	})
	dequeIterType.Module = "collections"
	dequeIterType.Iter = func(o Value) (Value, *Exc) { return o, nil }
	dequeIterType.Next = func(it Value) (Value, bool, *Exc) { return it.O.(*GoIter).Next() }

	mod := DefineModule("collections")
	mod.Set("deque", Obj(DequeType))
	mod.Set("defaultdict", Obj(DefaultDictType))
	mod.Set("Counter", Obj(CounterType))
	mod.Set("OrderedDict", Obj(OrderedDictType))
	mod.Fn("namedtuple", Namedtuple)
}

var dequeIterType = NewType("_deque_iterator", ObjectType)

// compareItems is sequence rich comparison (lists, tuples, deques).
func compareItems(x, y []Value, op CompareOp) (Value, *Exc) {
	if (op == OpEq || op == OpNe) && len(x) != len(y) {
		return Bool(op == OpNe), nil
	}
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, e := EqBool(x[i], y[i])
		if e != nil {
			return Null, e
		}
		if !eq {
			if op == OpEq {
				return False, nil
			}
			if op == OpNe {
				return True, nil
			}
			return RichCompare(x[i], y[i], op)
		}
	}
	return Bool(CmpResult(len(x)-len(y), op)), nil
}
