package rt

// itertools: repeat, count, cycle, chain, islice — lazy iterators as
// native objects. And inspect's predicates.

var (
	repeatType = NewType("repeat", ObjectType)
	countType  = NewType("count", ObjectType)
	cycleType  = NewType("cycle", ObjectType)
	ChainType  = NewType("chain", ObjectType)
	isliceType = NewType("islice", ObjectType)
)

func init() {
	for _, t := range []*Type{repeatType, countType, cycleType, ChainType, isliceType} {
		t.Module = "itertools"
		t.Iter = func(o Value) (Value, *Exc) { return o, nil }
		t.Next = func(it Value) (Value, bool, *Exc) { return it.O.(*GoIter).Next() }
		t.Repr = func(v Value) (string, *Exc) {
			g := v.O.(*GoIter)
			if g.Repr != nil {
				return g.Repr(), nil
			}
			return "<itertools." + g.Typ.Name + " object at " + AddrOf(v) + ">", nil
		}
	}
	repeatType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("repeat", args, kw, []string{"object", "times"}, 1)
		if e != nil {
			return Null, e
		}
		obj := a[0]
		n := int64(-1)
		if !a[1].IsNull() {
			iv, e := Index(a[1])
			if e != nil {
				return Null, e
			}
			n = iv.I
			if n < 0 {
				n = 0
			}
		}
		g := &GoIter{Typ: repeatType}
		g.Next = func() (Value, bool, *Exc) {
			if n == 0 {
				return Null, false, nil
			}
			if n > 0 {
				n--
			}
			return obj, true, nil
		}
		g.Repr = func() string {
			if n < 0 {
				return "repeat(" + ReprOrErr(obj) + ")"
			}
			return "repeat(" + ReprOrErr(obj) + ", " + Itoa(int(n)) + ")"
		}
		return Obj(g), nil
	}
	countType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("count", args, kw, []string{"start", "step"}, 0)
		if e != nil {
			return Null, e
		}
		cur, step := a[0], a[1]
		if cur.IsNull() {
			cur = Int(0)
		}
		if step.IsNull() {
			step = Int(1)
		}
		g := &GoIter{Typ: countType}
		g.Next = func() (Value, bool, *Exc) {
			v := cur
			n, e := Add(cur, step)
			if e != nil {
				return Null, false, e
			}
			cur = n
			return v, true, nil
		}
		g.Repr = func() string {
			if step.K == KInt && step.I == 1 {
				return "count(" + ReprOrErr(cur) + ")"
			}
			return "count(" + ReprOrErr(cur) + ", " + ReprOrErr(step) + ")"
		}
		return Obj(g), nil
	}
	cycleType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("cycle", args, kw, 1, 1); e != nil {
			return Null, e
		}
		it, e := Iter(args[0])
		if e != nil {
			return Null, e
		}
		var saved []Value
		i := -1
		return NewGoIter(cycleType, func() (Value, bool, *Exc) {
			if i < 0 {
				v, ok, e := Next(it)
				if e != nil {
					return Null, false, e
				}
				if ok {
					saved = append(saved, v)
					return v, true, nil
				}
				if len(saved) == 0 {
					return Null, false, nil
				}
				i = 0
			}
			v := saved[i]
			i = (i + 1) % len(saved)
			return v, true, nil
		}), nil
	}
	ChainType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if e := NoKwargs("chain", kw); e != nil {
			return Null, e
		}
		srcs := append([]Value(nil), args...)
		return chainOf(func() (Value, bool, *Exc) {
			if len(srcs) == 0 {
				return Null, false, nil
			}
			s := srcs[0]
			srcs = srcs[1:]
			return s, true, nil
		}), nil
	}
	ChainType.ClassMethod("from_iterable", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("from_iterable", args, kw, 1, 1); e != nil {
			return Null, e
		}
		outer, e := Iter(args[0])
		if e != nil {
			return Null, e
		}
		return chainOf(func() (Value, bool, *Exc) { return Next(outer) }), nil
	})
	isliceType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("islice", args, kw, 2, 4); e != nil {
			return Null, e
		}
		it, e := Iter(args[0])
		if e != nil {
			return Null, e
		}
		start, stop, step := int64(0), int64(-1), int64(1)
		idx := func(v Value, what string) (int64, *Exc) {
			iv, e := Index(v)
			if e != nil || iv.I < 0 {
				return 0, ValueErrorf("%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
			}
			return iv.I, nil
		}
		if len(args) == 2 {
			if !args[1].IsNone() {
				if stop, e = idx(args[1], "Stop"); e != nil {
					return Null, e
				}
			}
		} else {
			if !args[1].IsNone() {
				if start, e = idx(args[1], "Indices"); e != nil {
					return Null, e
				}
			}
			if !args[2].IsNone() {
				if stop, e = idx(args[2], "Stop"); e != nil {
					return Null, e
				}
			}
			if len(args) == 4 && !args[3].IsNone() {
				if step, e = idx(args[3], "Step"); e != nil {
					return Null, e
				}
				if step == 0 {
					return Null, ValueErrorf("Step for islice() must be a positive integer or None.")
				}
			}
		}
		var pos int64
		next := start
		return NewGoIter(isliceType, func() (Value, bool, *Exc) {
			if stop >= 0 && next >= stop {
				return Null, false, nil
			}
			for {
				v, ok, e := Next(it)
				if e != nil || !ok {
					return Null, false, e
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
	m := DefineModule("itertools")
	for _, t := range []*Type{repeatType, countType, cycleType, ChainType, isliceType} {
		m.Set(t.Name, Obj(t))
	}
	initItertoolsMore(m)

}

// chainOf flattens the iterables next produces.
func chainOf(nextSrc func() (Value, bool, *Exc)) Value {
	var cur Value
	return NewGoIter(ChainType, func() (Value, bool, *Exc) {
		for {
			if cur.IsNull() {
				s, ok, e := nextSrc()
				if e != nil || !ok {
					return Null, false, e
				}
				if cur, e = Iter(s); e != nil {
					return Null, false, e
				}
			}
			v, ok, e := Next(cur)
			if e != nil {
				return Null, false, e
			}
			if ok {
				return v, true, nil
			}
			cur = Null
		}
	})
}
