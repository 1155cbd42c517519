package rt

import (
	"sort"
	"strings"
)

// defaultdict, Counter and OrderedDict: native subclasses of dict whose
// instances are *Dict with cls set (dict's hooks then apply, and
// dictMissing calls their __missing__).

var (
	DefaultDictType = NewType("defaultdict", DictType)
	CounterType     = NewType("Counter", DictType)
	OrderedDictType = NewType("OrderedDict", DictType)
)

// The default factory lives in the instance dict under a key no
// attribute name can spell.
const ddFactoryKey = "\x00default_factory"

func ddFactory(d *Dict) Value {
	if d.Attrs != nil {
		if v, ok := d.Attrs.GetStr(ddFactoryKey); ok {
			return v
		}
	}
	return None
}

func dictNewSub(cls *Type, args []Value, kw []string) (Value, *Exc) {
	return Obj(&Dict{Cls: cls}), nil
}

func isCounter(v Value) bool {
	d, ok := v.O.(*Dict)
	return v.K == KObj && ok && d.Type().IsSubtype(CounterType)
}

// counterGet is self.get(k, 0).
func counterGet(d *Dict, k Value) (Value, *Exc) {
	v, ok, e := d.Get(k)
	if e != nil || ok {
		return v, e
	}
	return Int(0), nil
}

// counterUpdate is Counter.update (sign 1) and Counter.subtract (-1).
func counterUpdate(self Value, name string, args []Value, kw []string, sign int64) *Exc {
	d := self.O.(*Dict)
	npos := len(args) - len(kw)
	if npos > 1 {
		return TypeErrorf("expected at most 1 argument, got %d", npos)
	}
	add := func(k, n Value) *Exc {
		cur, e := counterGet(d, k)
		if e != nil {
			return e
		}
		var r Value
		if sign > 0 {
			r, e = Add(cur, n)
		} else {
			r, e = Sub(cur, n)
		}
		if e != nil {
			return e
		}
		return SetItem(self, k, r)
	}
	if npos == 1 && !args[0].IsNone() {
		if src, ok := args[0].O.(*Dict); ok && args[0].K == KObj {
			if sign > 0 && d.Used == 0 && !isCounter(args[0]) {
				if e := DictUpdateArg(d, args[0]); e != nil {
					return e
				}
			} else {
				ks, vs := DictItemsOf(src)
				for i := range ks {
					if e := add(ks[i], vs[i]); e != nil {
						return e
					}
				}
			}
		} else if e := ForEach(args[0], func(k Value) *Exc { return add(k, Int(1)) }); e != nil {
			return e
		}
	}
	for i, k := range kw {
		if e := add(Str(k), args[npos+i]); e != nil {
			return e
		}
	}
	return nil
}

// mostCommon is sorted(items, key=count, reverse=True): a stable sort,
// so equal counts keep insertion order as in CPython.
func mostCommon(d *Dict) ([]Value, *Exc) {
	ks, vs := DictItemsOf(d)
	idx := make([]int, len(ks))
	for i := range idx {
		idx[i] = i
	}
	var exc *Exc
	sort.SliceStable(idx, func(i, j int) bool {
		if exc != nil {
			return false
		}
		lt, e := CompareBool(vs[idx[j]], vs[idx[i]], OpLt)
		if e != nil {
			exc = e
		}
		return lt
	})
	out := make([]Value, len(ks))
	for i, j := range idx {
		out[i] = NewTuple(ks[j], vs[j])
	}
	return out, exc
}

// counterBinop builds Counter() from self and other per CPython's
// __add__/__sub__/__or__/__and__ (only positive counts kept).
func counterBinop(a, b Value, op func(x, y Value) (Value, *Exc), otherOnly func(y Value) (Value, bool, *Exc)) (Value, *Exc) {
	if !isCounter(a) || !isCounter(b) {
		return NotImplemented, nil
	}
	x, y := a.O.(*Dict), b.O.(*Dict)
	r := &Dict{Cls: CounterType}
	ks, vs := DictItemsOf(x)
	for i, k := range ks {
		o, e := counterGet(y, k)
		if e != nil {
			return Null, e
		}
		n, e := op(vs[i], o)
		if e != nil {
			return Null, e
		}
		if pos, e := CompareBool(n, Int(0), OpGt); e != nil {
			return Null, e
		} else if pos {
			if e := r.Set(k, n); e != nil {
				return Null, e
			}
		}
	}
	ks, vs = DictItemsOf(y)
	for i, k := range ks {
		if _, in, _ := x.Get(k); in {
			continue
		}
		n, keep, e := otherOnly(vs[i])
		if e != nil {
			return Null, e
		}
		if keep {
			if e := r.Set(k, n); e != nil {
				return Null, e
			}
		}
	}
	return Obj(r), nil
}

func positive(v Value) (Value, bool, *Exc) {
	p, e := CompareBool(v, Int(0), OpGt)
	return v, p, e
}

func init() {
	dd := DefaultDictType
	dd.Module = "collections"
	dd.CName = "collections.defaultdict"
	dd.New = dictNewSub
	dd.Init = func(self Value, args []Value, kw []string) *Exc {
		d := self.O.(*Dict)
		f := None
		if len(args) > len(kw) {
			f = args[0]
			if !f.IsNone() && !IsCallable(f) {
				return TypeErrorf("first argument must be callable or None")
			}
			args = args[1:]
		}
		d.InstDict().SetStr(ddFactoryKey, f)
		return DictUpdateCall(d, "defaultdict", args, kw)
	}
	dd.Repr = func(v Value) (string, *Exc) {
		fr, e := ToRepr(ddFactory(v.O.(*Dict)))
		if e != nil {
			return "", e
		}
		ds, e := DictRepr(v)
		if e != nil {
			return "", e
		}
		return v.Type().Name + "(" + fr + ", " + ds + ")", nil
	}
	dd.Method("__missing__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("__missing__", args, kw, 1, 1); e != nil {
			return Null, e
		}
		f := ddFactory(self.O.(*Dict))
		if f.IsNone() {
			return Null, KeyErrorOf(args[0])
		}
		v, e := Call(f, nil, nil)
		if e != nil {
			return Null, e
		}
		return v, SetItem(self, args[0], v)
	})
	ddCopy := func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Call(Obj(self.Type()), []Value{ddFactory(self.O.(*Dict)), self}, nil)
	}
	dd.Method("copy", ddCopy)
	dd.Method("__copy__", ddCopy)
	dd.GetSet("default_factory", func(self Value) (Value, *Exc) { return ddFactory(self.O.(*Dict)), nil },
		func(self, v Value) *Exc {
			if v.IsNull() {
				v = None
			}
			self.O.(*Dict).InstDict().SetStr(ddFactoryKey, v)
			return nil
		})

	c := CounterType
	c.Module = "collections"
	c.New = dictNewSub
	c.Init = func(self Value, args []Value, kw []string) *Exc {
		return counterUpdate(self, "Counter", args, kw, 1)
	}
	c.Repr = func(v Value) (string, *Exc) {
		d := v.O.(*Dict)
		name := v.Type().Name
		if d.Used == 0 {
			return name + "()", nil
		}
		items, e := mostCommon(d)
		if e != nil {
			if !e.Class.IsSubtype(ExcTypeError) {
				return "", e
			}
			s, e := DictRepr(v)
			return name + "(" + s + ")", e
		}
		tmp := NewDictObj()
		for _, it := range items {
			kv := it.O.(*Tuple).Items
			tmp.Set(kv[0], kv[1])
		}
		s, e := DictRepr(Obj(tmp))
		return name + "(" + s + ")", e
	}
	c.Method("__missing__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Int(0), ArgCount("__missing__", args, kw, 1, 1)
	})
	c.Method("update", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return None, counterUpdate(self, "update", args, kw, 1)
	})
	c.Method("subtract", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return None, counterUpdate(self, "subtract", args, kw, -1)
	})
	c.Method("most_common", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("most_common", args, kw, []string{"n"}, 0)
		if e != nil {
			return Null, e
		}
		items, e := mostCommon(self.O.(*Dict))
		if e != nil {
			return Null, e
		}
		if !a[0].IsNull() && !a[0].IsNone() {
			n, e := IndexOf(a[0])
			if e != nil {
				return Null, e
			}
			n = max(0, min(n, int64(len(items))))
			items = items[:n]
		}
		return NewList(items...), nil
	})
	c.Method("elements", func(self Value, args []Value, kw []string) (Value, *Exc) {
		var out []Value
		ks, vs := DictItemsOf(self.O.(*Dict))
		for i, k := range ks {
			n, e := IndexOf(vs[i])
			if e != nil {
				return Null, e
			}
			for ; n > 0; n-- {
				out = append(out, k)
			}
		}
		return Iter(NewList(out...))
	})
	c.Method("total", func(self Value, args []Value, kw []string) (Value, *Exc) {
		acc := Int(0)
		_, vs := DictItemsOf(self.O.(*Dict))
		for _, v := range vs {
			var e *Exc
			if acc, e = Add(acc, v); e != nil {
				return Null, e
			}
		}
		return acc, nil
	})
	c.Method("copy", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Call(Obj(self.Type()), []Value{self}, nil)
	})
	c.SetItem = func(o, k, v Value) *Exc {
		if v.IsNull() { // del c[k] ignores a missing key
			_, _, e := o.O.(*Dict).Delete(k)
			return e
		}
		return o.O.(*Dict).Set(k, v)
	}
	c.Compare = func(a, b Value, op CompareOp) (Value, *Exc) {
		if (op != OpEq && op != OpNe) || !isCounter(a) || !isCounter(b) {
			return DictType.Compare(a, b, op)
		}
		// Missing elements count as zero (3.10+).
		for _, pair := range [][2]*Dict{{a.O.(*Dict), b.O.(*Dict)}, {b.O.(*Dict), a.O.(*Dict)}} {
			ks, vs := DictItemsOf(pair[0])
			for i, k := range ks {
				o, e := counterGet(pair[1], k)
				if e != nil {
					return Null, e
				}
				eq, e := EqBool(vs[i], o)
				if e != nil {
					return Null, e
				}
				if !eq {
					return Bool(op == OpNe), nil
				}
			}
		}
		return Bool(op == OpEq), nil
	}
	c.Num[BinAdd] = func(a, b Value) (Value, *Exc) { return counterBinop(a, b, Add, positive) }
	c.Num[BinSub] = func(a, b Value) (Value, *Exc) {
		return counterBinop(a, b, Sub, func(y Value) (Value, bool, *Exc) {
			neg, e := CompareBool(y, Int(0), OpLt)
			if e != nil || !neg {
				return Null, false, e
			}
			r, e := Sub(Int(0), y)
			return r, true, e
		})
	}
	pick := func(op CompareOp) func(x, y Value) (Value, *Exc) {
		return func(x, y Value) (Value, *Exc) {
			if b, e := CompareBool(x, y, op); e != nil || b {
				return y, e
			}
			return x, nil
		}
	}
	c.Num[BinOr] = func(a, b Value) (Value, *Exc) { return counterBinop(a, b, pick(OpLt), positive) }
	c.Num[BinAnd] = func(a, b Value) (Value, *Exc) {
		return counterBinop(a, b, pick(OpGt), func(Value) (Value, bool, *Exc) { return Null, false, nil })
	}

	o := OrderedDictType
	o.Module = "collections"
	o.CName = "collections.OrderedDict"
	o.New = dictNewSub
	o.Repr = func(v Value) (string, *Exc) {
		d := v.O.(*Dict)
		name := v.Type().Name
		if d.Used == 0 {
			return name + "()", nil
		}
		if !ReprEnter(d) {
			return "...", nil
		}
		defer ReprLeave(d)
		ks, vs := DictItemsOf(d)
		parts := make([]string, len(ks))
		for i := range ks {
			s, e := ToRepr(NewTuple(ks[i], vs[i]))
			if e != nil {
				return "", e
			}
			parts[i] = s
		}
		return name + "([" + strings.Join(parts, ", ") + "])", nil
	}
	o.Compare = func(a, b Value, op CompareOp) (Value, *Exc) {
		x, ok1 := a.O.(*Dict)
		y, ok2 := b.O.(*Dict)
		if (op == OpEq || op == OpNe) && ok1 && ok2 && x.Type().IsSubtype(OrderedDictType) && y.Type().IsSubtype(OrderedDictType) {
			xk, xv := DictItemsOf(x)
			yk, yv := DictItemsOf(y)
			r, e := compareItems(append(xk, xv...), append(yk, yv...), OpEq)
			if e != nil || len(xk) != len(yk) {
				return Bool(op == OpNe), e
			}
			if op == OpNe {
				return Not(r)
			}
			return r, nil
		}
		return DictType.Compare(a, b, op)
	}
	o.Method("move_to_end", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("move_to_end", args, kw, []string{"key", "last"}, 1)
		if e != nil {
			return Null, e
		}
		d := self.O.(*Dict)
		v, ok, e := d.Get(a[0])
		if e != nil {
			return Null, e
		}
		if !ok {
			return Null, KeyErrorOf(a[0])
		}
		last := true
		if !a[1].IsNull() {
			if last, e = Truth(a[1]); e != nil {
				return Null, e
			}
		}
		d.Delete(a[0])
		if last {
			return None, d.Set(a[0], v)
		}
		ks, vs := DictItemsOf(d)
		d.Clear()
		d.Set(a[0], v)
		for i := range ks {
			d.Set(ks[i], vs[i])
		}
		return None, nil
	})
	o.Method("popitem", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("popitem", args, kw, []string{"last"}, 0)
		if e != nil {
			return Null, e
		}
		d := self.O.(*Dict)
		if d.Used == 0 {
			return Null, Errorf(ExcKeyError, "dictionary is empty")
		}
		last := true
		if !a[0].IsNull() {
			if last, e = Truth(a[0]); e != nil {
				return Null, e
			}
		}
		ks, vs := DictItemsOf(d)
		i := 0
		if last {
			i = len(ks) - 1
		}
		d.Delete(ks[i])
		return NewTuple(ks[i], vs[i]), nil
	})
	o.Method("copy", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Call(Obj(self.Type()), []Value{self}, nil)
	})
}
