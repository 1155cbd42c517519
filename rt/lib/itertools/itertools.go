package itertools

import "github.com/py2goasync/py2goasync/rt"

// itertools: repeat, count, cycle, chain, islice — lazy iterators as
// native objects. And inspect's predicates.

var (
	repeatType = rt.NewType("repeat", rt.ObjectType)
	countType  = rt.NewType("count", rt.ObjectType)
	cycleType  = rt.NewType("cycle", rt.ObjectType)
	ChainType  = rt.NewType("chain", rt.ObjectType)
	isliceType = rt.NewType("islice", rt.ObjectType)
)

func init() {
	for _, t := range []*rt.Type{repeatType, countType, cycleType, ChainType, isliceType} {
		t.Module = "itertools"
		t.Iter = repeatIter
		t.Next = repeatNext
		t.Repr = repeatRepr
	}
	repeatType.New = repeatNew
	countType.New = countNew
	cycleType.New = cycleNew
	ChainType.New = chainNew
	ChainType.ClassMethod("from_iterable", chainFromIterable)
	isliceType.New = isliceNew
	m := rt.DefineModule("itertools")
	for _, t := range []*rt.Type{repeatType, countType, cycleType, ChainType, isliceType} {
		m.Set(t.Name, rt.Obj(t))
	}
	initItertoolsMore(m)

}

// repeatIter is the Iter hook (__iter__) of repeat (and count, cycle, chain, islice).
func repeatIter(o rt.Value) (rt.Value, *rt.Exc) { return o, nil }

// repeatNext is the Next hook (__next__) of repeat (and count, cycle, chain, islice).
func repeatNext(it rt.Value) (rt.Value, bool, *rt.Exc) { return it.O.(*rt.GoIter).Next() }

// repeatRepr is the Repr hook (__repr__) of repeat (and count, cycle, chain, islice).
func repeatRepr(v rt.Value) (string, *rt.Exc) {
	g := v.O.(*rt.GoIter)
	if g.Repr != nil {
		return g.Repr(), nil
	}
	return "<itertools." + g.Typ.Name + " object at " + rt.AddrOf(v) + ">", nil
}

// repeatNew is the New hook (__new__) of repeat.
func repeatNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("repeat", args, kw, []string{"object", "times"}, 1)
	if e != nil {
		return rt.Null, e
	}
	obj := a[0]
	n := int64(-1)
	if !a[1].IsNull() {
		iv, e := rt.Index(a[1])
		if e != nil {
			return rt.Null, e
		}
		n = iv.I
		if n < 0 {
			n = 0
		}
	}
	g := &rt.GoIter{Typ: repeatType}
	g.Next = func() (rt.Value, bool, *rt.Exc) {
		if n == 0 {
			return rt.Null, false, nil
		}
		if n > 0 {
			n--
		}
		return obj, true, nil
	}
	g.Repr = func() string {
		if n < 0 {
			return "repeat(" + rt.ReprOrErr(obj) + ")"
		}
		return "repeat(" + rt.ReprOrErr(obj) + ", " + rt.Itoa(int(n)) + ")"
	}
	return rt.Obj(g), nil
}

// countNew is the New hook (__new__) of count.
func countNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("count", args, kw, []string{"start", "step"}, 0)
	if e != nil {
		return rt.Null, e
	}
	cur, step := a[0], a[1]
	if cur.IsNull() {
		cur = rt.Int(0)
	}
	if step.IsNull() {
		step = rt.Int(1)
	}
	g := &rt.GoIter{Typ: countType}
	g.Next = func() (rt.Value, bool, *rt.Exc) {
		v := cur
		n, e := rt.Add(cur, step)
		if e != nil {
			return rt.Null, false, e
		}
		cur = n
		return v, true, nil
	}
	g.Repr = func() string {
		if step.K == rt.KInt && step.I == 1 {
			return "count(" + rt.ReprOrErr(cur) + ")"
		}
		return "count(" + rt.ReprOrErr(cur) + ", " + rt.ReprOrErr(step) + ")"
	}
	return rt.Obj(g), nil
}

// cycleNew is the New hook (__new__) of cycle.
func cycleNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("cycle", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	it, e := rt.Iter(args[0])
	if e != nil {
		return rt.Null, e
	}
	var saved []rt.Value
	i := -1
	return rt.NewGoIter(cycleType, func() (rt.Value, bool, *rt.Exc) {
		if i < 0 {
			v, ok, e := rt.Next(it)
			if e != nil {
				return rt.Null, false, e
			}
			if ok {
				saved = append(saved, v)
				return v, true, nil
			}
			if len(saved) == 0 {
				return rt.Null, false, nil
			}
			i = 0
		}
		v := saved[i]
		i = (i + 1) % len(saved)
		return v, true, nil
	}), nil
}

// chainNew is the New hook (__new__) of chain.
func chainNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.NoKwargs("chain", kw); e != nil {
		return rt.Null, e
	}
	srcs := append([]rt.Value(nil), args...)
	return chainOf(func() (rt.Value, bool, *rt.Exc) {
		if len(srcs) == 0 {
			return rt.Null, false, nil
		}
		s := srcs[0]
		srcs = srcs[1:]
		return s, true, nil
	}), nil
}

// isliceNew is the New hook (__new__) of islice.
func isliceNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("islice", args, kw, 2, 4); e != nil {
		return rt.Null, e
	}
	it, e := rt.Iter(args[0])
	if e != nil {
		return rt.Null, e
	}
	start, stop, step := int64(0), int64(-1), int64(1)
	idx := func(v rt.Value, what string) (int64, *rt.Exc) {
		iv, e := rt.Index(v)
		if e != nil || iv.I < 0 {
			return 0, rt.ValueErrorf("%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
		}
		return iv.I, nil
	}
	if len(args) == 2 {
		if !args[1].IsNone() {
			if stop, e = idx(args[1], "Stop"); e != nil {
				return rt.Null, e
			}
		}
	} else {
		if !args[1].IsNone() {
			if start, e = idx(args[1], "Indices"); e != nil {
				return rt.Null, e
			}
		}
		if !args[2].IsNone() {
			if stop, e = idx(args[2], "Stop"); e != nil {
				return rt.Null, e
			}
		}
		if len(args) == 4 && !args[3].IsNone() {
			if step, e = idx(args[3], "Step"); e != nil {
				return rt.Null, e
			}
			if step == 0 {
				return rt.Null, rt.ValueErrorf("Step for islice() must be a positive integer or None.")
			}
		}
	}
	var pos int64
	next := start
	return rt.NewGoIter(isliceType, func() (rt.Value, bool, *rt.Exc) {
		if stop >= 0 && next >= stop {
			return rt.Null, false, nil
		}
		for {
			v, ok, e := rt.Next(it)
			if e != nil || !ok {
				return rt.Null, false, e
			}
			p := pos
			pos++
			if p == next {
				next += step
				return v, true, nil
			}
		}
	}), nil
}

// chainFromIterable is chain.from_iterable.
func chainFromIterable(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("from_iterable", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	outer, e := rt.Iter(args[0])
	if e != nil {
		return rt.Null, e
	}
	return chainOf(func() (rt.Value, bool, *rt.Exc) { return rt.Next(outer) }), nil
}

// chainOf flattens the iterables next produces.
func chainOf(nextSrc func() (rt.Value, bool, *rt.Exc)) rt.Value {
	var cur rt.Value
	return rt.NewGoIter(ChainType, func() (rt.Value, bool, *rt.Exc) {
		for {
			if cur.IsNull() {
				s, ok, e := nextSrc()
				if e != nil || !ok {
					return rt.Null, false, e
				}
				if cur, e = rt.Iter(s); e != nil {
					return rt.Null, false, e
				}
			}
			v, ok, e := rt.Next(cur)
			if e != nil {
				return rt.Null, false, e
			}
			if ok {
				return v, true, nil
			}
			cur = rt.Null
		}
	})
}
