package collections

import (
	"sort"
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// defaultdict, Counter and OrderedDict: native subclasses of dict whose
// instances are *Dict with cls set (dict's hooks then apply, and
// dictMissing calls their __missing__).

var (
	DefaultDictType = rt.NewType("defaultdict", rt.DictType)
	CounterType     = rt.NewType("Counter", rt.DictType)
	OrderedDictType = rt.NewType("OrderedDict", rt.DictType)
)

// The default factory lives in the instance dict under a key no
// attribute name can spell.
const ddFactoryKey = "\x00default_factory"

func ddFactory(d *rt.Dict) rt.Value {
	if v, ok := d.InstAttr(ddFactoryKey); ok {
		return v
	}
	return rt.None
}

func dictNewSub(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(rt.NewDictOfClass(cls)), nil
}

func isCounter(v rt.Value) bool {
	d, ok := v.O.(*rt.Dict)
	return v.K == rt.KObj && ok && d.Type().IsSubtype(CounterType)
}

// counterGet is self.get(k, 0).
func counterGet(d *rt.Dict, k rt.Value) (rt.Value, *rt.Exc) {
	v, ok, e := d.Get(k)
	if e != nil || ok {
		return v, e
	}
	return rt.Int(0), nil
}

// counterUpdate is Counter.update (sign 1) and Counter.subtract (-1).
func counterUpdate(self rt.Value, name string, args []rt.Value, kw []string, sign int64) *rt.Exc {
	d := self.O.(*rt.Dict)
	npos := len(args) - len(kw)
	if npos > 1 {
		return rt.TypeErrorf("expected at most 1 argument, got %d", npos)
	}
	add := func(k, n rt.Value) *rt.Exc {
		cur, e := counterGet(d, k)
		if e != nil {
			return e
		}
		var r rt.Value
		if sign > 0 {
			r, e = rt.Add(cur, n)
		} else {
			r, e = rt.Sub(cur, n)
		}
		if e != nil {
			return e
		}
		return rt.SetItem(self, k, r)
	}
	if npos == 1 && !args[0].IsNone() {
		if src, ok := args[0].O.(*rt.Dict); ok && args[0].K == rt.KObj {
			if sign > 0 && d.Len() == 0 && !isCounter(args[0]) {
				if e := rt.DictUpdateArg(d, args[0]); e != nil {
					return e
				}
			} else {
				ks, vs := rt.DictItemsOf(src)
				for i := range ks {
					if e := add(ks[i], vs[i]); e != nil {
						return e
					}
				}
			}
		} else if e := rt.ForEach(args[0], func(k rt.Value) *rt.Exc { return add(k, rt.Int(1)) }); e != nil {
			return e
		}
	}
	for i, k := range kw {
		if e := add(rt.Str(k), args[npos+i]); e != nil {
			return e
		}
	}
	return nil
}

// mostCommon is sorted(items, key=count, reverse=True): a stable sort,
// so equal counts keep insertion order as in CPython.
func mostCommon(d *rt.Dict) ([]rt.Value, *rt.Exc) {
	ks, vs := rt.DictItemsOf(d)
	idx := make([]int, len(ks))
	for i := range idx {
		idx[i] = i
	}
	var exc *rt.Exc
	sort.SliceStable(idx, func(i, j int) bool {
		if exc != nil {
			return false
		}
		lt, e := rt.CompareBool(vs[idx[j]], vs[idx[i]], rt.OpLt)
		if e != nil {
			exc = e
		}
		return lt
	})
	out := make([]rt.Value, len(ks))
	for i, j := range idx {
		out[i] = rt.NewTuple(ks[j], vs[j])
	}
	return out, exc
}

// counterBinop builds Counter() from self and other per CPython's
// __add__/__sub__/__or__/__and__ (only positive counts kept).
func counterBinop(a, b rt.Value, op func(x, y rt.Value) (rt.Value, *rt.Exc), otherOnly func(y rt.Value) (rt.Value, bool, *rt.Exc)) (rt.Value, *rt.Exc) {
	if !isCounter(a) || !isCounter(b) {
		return rt.NotImplemented, nil
	}
	x, y := a.O.(*rt.Dict), b.O.(*rt.Dict)
	r := rt.NewDictOfClass(CounterType)
	ks, vs := rt.DictItemsOf(x)
	for i, k := range ks {
		o, e := counterGet(y, k)
		if e != nil {
			return rt.Null, e
		}
		n, e := op(vs[i], o)
		if e != nil {
			return rt.Null, e
		}
		if pos, e := rt.CompareBool(n, rt.Int(0), rt.OpGt); e != nil {
			return rt.Null, e
		} else if pos {
			if e := r.Set(k, n); e != nil {
				return rt.Null, e
			}
		}
	}
	ks, vs = rt.DictItemsOf(y)
	for i, k := range ks {
		if _, in, _ := x.Get(k); in {
			continue
		}
		n, keep, e := otherOnly(vs[i])
		if e != nil {
			return rt.Null, e
		}
		if keep {
			if e := r.Set(k, n); e != nil {
				return rt.Null, e
			}
		}
	}
	return rt.Obj(r), nil
}

func positive(v rt.Value) (rt.Value, bool, *rt.Exc) {
	p, e := rt.CompareBool(v, rt.Int(0), rt.OpGt)
	return v, p, e
}

func init() {
	dd := DefaultDictType
	dd.Module = "collections"
	dd.CName = "collections.defaultdict"
	dd.New = dictNewSub
	dd.Init = defaultdictInit
	dd.Repr = defaultdictRepr
	dd.Method("__missing__", defaultdictMissing)
	ddCopy := func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		return rt.Call(rt.Obj(self.Type()), []rt.Value{ddFactory(self.O.(*rt.Dict)), self}, nil)
	}
	dd.Method("copy", ddCopy)
	dd.Method("__copy__", ddCopy)
	dd.GetSet("default_factory", defaultdictDefaultFactory, defaultdictSetDefaultFactory)

	c := CounterType
	c.Module = "collections"
	c.New = dictNewSub
	c.Init = counterInit
	c.Repr = counterRepr
	c.Method("__missing__", counterMissing)
	c.Method("update", counterUpdateMethod)
	c.Method("subtract", counterSubtract)
	c.Method("most_common", counterMostCommon)
	c.Method("elements", counterElements)
	c.Method("total", counterTotal)
	c.Method("copy", counterCopy)
	c.SetItem = counterSetItem
	c.Compare = counterCompare
	c.Num[rt.BinAdd] = counterAdd
	c.Num[rt.BinSub] = counterSub
	pick := func(op rt.CompareOp) func(x, y rt.Value) (rt.Value, *rt.Exc) {
		return func(x, y rt.Value) (rt.Value, *rt.Exc) {
			if b, e := rt.CompareBool(x, y, op); e != nil || b {
				return y, e
			}
			return x, nil
		}
	}
	c.Num[rt.BinOr] = func(a, b rt.Value) (rt.Value, *rt.Exc) { return counterBinop(a, b, pick(rt.OpLt), positive) }
	c.Num[rt.BinAnd] = func(a, b rt.Value) (rt.Value, *rt.Exc) {
		return counterBinop(a, b, pick(rt.OpGt), func(rt.Value) (rt.Value, bool, *rt.Exc) { return rt.Null, false, nil })
	}

	o := OrderedDictType
	o.Module = "collections"
	o.CName = "collections.OrderedDict"
	o.New = dictNewSub
	o.Repr = orderedDictRepr
	o.Compare = orderedDictCompare
	o.Method("move_to_end", orderedDictMoveToEnd)
	o.Method("popitem", orderedDictPopitem)
	o.Method("copy", orderedDictCopy)
}

// defaultdictInit is the Init hook (__init__) of defaultdict.
func defaultdictInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc {
	d := self.O.(*rt.Dict)
	f := rt.None
	if len(args) > len(kw) {
		f = args[0]
		if !f.IsNone() && !rt.IsCallable(f) {
			return rt.TypeErrorf("first argument must be callable or None")
		}
		args = args[1:]
	}
	d.InstDict().SetStr(ddFactoryKey, f)
	return rt.DictUpdateCall(d, "defaultdict", args, kw)
}

// defaultdictRepr is the Repr hook (__repr__) of defaultdict.
func defaultdictRepr(v rt.Value) (string, *rt.Exc) {
	fr, e := rt.ToRepr(ddFactory(v.O.(*rt.Dict)))
	if e != nil {
		return "", e
	}
	ds, e := rt.DictRepr(v)
	if e != nil {
		return "", e
	}
	return v.Type().Name + "(" + fr + ", " + ds + ")", nil
}

// counterInit is the Init hook (__init__) of Counter.
func counterInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc {
	return counterUpdate(self, "Counter", args, kw, 1)
}

// counterRepr is the Repr hook (__repr__) of Counter.
func counterRepr(v rt.Value) (string, *rt.Exc) {
	d := v.O.(*rt.Dict)
	name := v.Type().Name
	if d.Len() == 0 {
		return name + "()", nil
	}
	items, e := mostCommon(d)
	if e != nil {
		if !e.Class.IsSubtype(rt.ExcTypeError) {
			return "", e
		}
		s, e := rt.DictRepr(v)
		return name + "(" + s + ")", e
	}
	tmp := rt.NewDictObj()
	for _, it := range items {
		kv := it.O.(*rt.Tuple).Items
		tmp.Set(kv[0], kv[1])
	}
	s, e := rt.DictRepr(rt.Obj(tmp))
	return name + "(" + s + ")", e
}

// counterSetItem is the SetItem hook (__setitem__, __delitem__) of Counter.
func counterSetItem(o, k, v rt.Value) *rt.Exc {
	if v.IsNull() { // del c[k] ignores a missing key
		_, _, e := o.O.(*rt.Dict).Delete(k)
		return e
	}
	return o.O.(*rt.Dict).Set(k, v)
}

// counterCompare is the Compare hook (rich comparison) of Counter.
func counterCompare(a, b rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	if (op != rt.OpEq && op != rt.OpNe) || !isCounter(a) || !isCounter(b) {
		return rt.DictType.Compare(a, b, op)
	}
	// Missing elements count as zero (3.10+).
	for _, pair := range [][2]*rt.Dict{{a.O.(*rt.Dict), b.O.(*rt.Dict)}, {b.O.(*rt.Dict), a.O.(*rt.Dict)}} {
		ks, vs := rt.DictItemsOf(pair[0])
		for i, k := range ks {
			o, e := counterGet(pair[1], k)
			if e != nil {
				return rt.Null, e
			}
			eq, e := rt.EqBool(vs[i], o)
			if e != nil {
				return rt.Null, e
			}
			if !eq {
				return rt.Bool(op == rt.OpNe), nil
			}
		}
	}
	return rt.Bool(op == rt.OpEq), nil
}

// counterAdd is the Num[BinAdd] hook (__add__) of Counter.
func counterAdd(a, b rt.Value) (rt.Value, *rt.Exc) { return counterBinop(a, b, rt.Add, positive) }

// counterSub is the Num[BinSub] hook (__sub__) of Counter.
func counterSub(a, b rt.Value) (rt.Value, *rt.Exc) {
	return counterBinop(a, b, rt.Sub, func(y rt.Value) (rt.Value, bool, *rt.Exc) {
		neg, e := rt.CompareBool(y, rt.Int(0), rt.OpLt)
		if e != nil || !neg {
			return rt.Null, false, e
		}
		r, e := rt.Sub(rt.Int(0), y)
		return r, true, e
	})
}

// orderedDictRepr is the Repr hook (__repr__) of OrderedDict.
func orderedDictRepr(v rt.Value) (string, *rt.Exc) {
	d := v.O.(*rt.Dict)
	name := v.Type().Name
	if d.Len() == 0 {
		return name + "()", nil
	}
	if !rt.ReprEnter(d) {
		return "...", nil
	}
	defer rt.ReprLeave(d)
	ks, vs := rt.DictItemsOf(d)
	parts := make([]string, len(ks))
	for i := range ks {
		s, e := rt.ToRepr(rt.NewTuple(ks[i], vs[i]))
		if e != nil {
			return "", e
		}
		parts[i] = s
	}
	return name + "([" + strings.Join(parts, ", ") + "])", nil
}

// orderedDictCompare is the Compare hook (rich comparison) of OrderedDict.
func orderedDictCompare(a, b rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	x, ok1 := a.O.(*rt.Dict)
	y, ok2 := b.O.(*rt.Dict)
	if (op == rt.OpEq || op == rt.OpNe) && ok1 && ok2 && x.Type().IsSubtype(OrderedDictType) && y.Type().IsSubtype(OrderedDictType) {
		xk, xv := rt.DictItemsOf(x)
		yk, yv := rt.DictItemsOf(y)
		r, e := compareItems(append(xk, xv...), append(yk, yv...), rt.OpEq)
		if e != nil || len(xk) != len(yk) {
			return rt.Bool(op == rt.OpNe), e
		}
		if op == rt.OpNe {
			return rt.Not(r)
		}
		return r, nil
	}
	return rt.DictType.Compare(a, b, op)
}

// defaultdictMissing is defaultdict.__missing__.
func defaultdictMissing(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("__missing__", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	f := ddFactory(self.O.(*rt.Dict))
	if f.IsNone() {
		return rt.Null, rt.KeyErrorOf(args[0])
	}
	v, e := rt.Call(f, nil, nil)
	if e != nil {
		return rt.Null, e
	}
	return v, rt.SetItem(self, args[0], v)
}

// defaultdictDefaultFactory is defaultdict.default_factory.
func defaultdictDefaultFactory(self rt.Value) (rt.Value, *rt.Exc) {
	return ddFactory(self.O.(*rt.Dict)), nil
}

// defaultdictSetDefaultFactory is the setter of defaultdict.default_factory.
func defaultdictSetDefaultFactory(self, v rt.Value) *rt.Exc {
	if v.IsNull() {
		v = rt.None
	}
	self.O.(*rt.Dict).InstDict().SetStr(ddFactoryKey, v)
	return nil
}

// counterMissing is Counter.__missing__.
func counterMissing(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Int(0), rt.ArgCount("__missing__", args, kw, 1, 1)
}

// counterUpdateMethod is Counter.update.
func counterUpdateMethod(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.None, counterUpdate(self, "update", args, kw, 1)
}

// counterSubtract is Counter.subtract.
func counterSubtract(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.None, counterUpdate(self, "subtract", args, kw, -1)
}

// counterMostCommon is Counter.most_common.
func counterMostCommon(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("most_common", args, kw, []string{"n"}, 0)
	if e != nil {
		return rt.Null, e
	}
	items, e := mostCommon(self.O.(*rt.Dict))
	if e != nil {
		return rt.Null, e
	}
	if !a[0].IsNull() && !a[0].IsNone() {
		n, e := rt.IndexOf(a[0])
		if e != nil {
			return rt.Null, e
		}
		n = max(0, min(n, int64(len(items))))
		items = items[:n]
	}
	return rt.NewList(items...), nil
}

// counterElements is Counter.elements.
func counterElements(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	var out []rt.Value
	ks, vs := rt.DictItemsOf(self.O.(*rt.Dict))
	for i, k := range ks {
		n, e := rt.IndexOf(vs[i])
		if e != nil {
			return rt.Null, e
		}
		for ; n > 0; n-- {
			out = append(out, k)
		}
	}
	return rt.Iter(rt.NewList(out...))
}

// counterTotal is Counter.total.
func counterTotal(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	acc := rt.Int(0)
	_, vs := rt.DictItemsOf(self.O.(*rt.Dict))
	for _, v := range vs {
		var e *rt.Exc
		if acc, e = rt.Add(acc, v); e != nil {
			return rt.Null, e
		}
	}
	return acc, nil
}

// counterCopy is Counter.copy.
func counterCopy(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Call(rt.Obj(self.Type()), []rt.Value{self}, nil)
}

// orderedDictMoveToEnd is OrderedDict.move_to_end.
func orderedDictMoveToEnd(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("move_to_end", args, kw, []string{"key", "last"}, 1)
	if e != nil {
		return rt.Null, e
	}
	d := self.O.(*rt.Dict)
	v, ok, e := d.Get(a[0])
	if e != nil {
		return rt.Null, e
	}
	if !ok {
		return rt.Null, rt.KeyErrorOf(a[0])
	}
	last := true
	if !a[1].IsNull() {
		if last, e = rt.Truth(a[1]); e != nil {
			return rt.Null, e
		}
	}
	d.Delete(a[0])
	if last {
		return rt.None, d.Set(a[0], v)
	}
	ks, vs := rt.DictItemsOf(d)
	d.Clear()
	d.Set(a[0], v)
	for i := range ks {
		d.Set(ks[i], vs[i])
	}
	return rt.None, nil
}

// orderedDictPopitem is OrderedDict.popitem.
func orderedDictPopitem(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("popitem", args, kw, []string{"last"}, 0)
	if e != nil {
		return rt.Null, e
	}
	d := self.O.(*rt.Dict)
	if d.Len() == 0 {
		return rt.Null, rt.Errorf(rt.ExcKeyError, "dictionary is empty")
	}
	last := true
	if !a[0].IsNull() {
		if last, e = rt.Truth(a[0]); e != nil {
			return rt.Null, e
		}
	}
	ks, vs := rt.DictItemsOf(d)
	i := 0
	if last {
		i = len(ks) - 1
	}
	d.Delete(ks[i])
	return rt.NewTuple(ks[i], vs[i]), nil
}

// orderedDictCopy is OrderedDict.copy.
func orderedDictCopy(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Call(rt.Obj(self.Type()), []rt.Value{self}, nil)
}
