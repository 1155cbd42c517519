package rt

// itertools' combinatoric and filtering iterators (groupby, accumulate,
// product, combinations, permutations, zip_longest, takewhile, ...) with
// the C module's semantics: pools are taken eagerly where CPython's
// constructors tuple() their arguments, the rest is lazy. batched is 3.12
// and deliberately absent (AttributeError, as python3.11).

// newItertoolsType makes an iterator type of the itertools module whose
// instances are goIters.
func newItertoolsType(name string) *Type {
	t := NewType(name, ObjectType)
	t.Module = "itertools"
	t.Iter = func(o Value) (Value, *Exc) { return o, nil }
	t.Next = func(it Value) (Value, bool, *Exc) { return it.O.(*GoIter).Next() }
	t.Repr = func(v Value) (string, *Exc) {
		return "<itertools." + name + " object at " + AddrOf(v) + ">", nil
	}
	return t
}

var (
	groupbyType      = newItertoolsType("groupby")
	grouperType      = newItertoolsType("_grouper")
	accumulateType   = newItertoolsType("accumulate")
	productType      = newItertoolsType("product")
	combinationsType = newItertoolsType("combinations")
	cwrType          = newItertoolsType("combinations_with_replacement")
	permutationsType = newItertoolsType("permutations")
	zipLongestType   = newItertoolsType("zip_longest")
	takewhileType    = newItertoolsType("takewhile")
	dropwhileType    = newItertoolsType("dropwhile")
	pairwiseType     = newItertoolsType("pairwise")
	starmapType      = newItertoolsType("starmap")
	compressType     = newItertoolsType("compress")
	filterfalseType  = newItertoolsType("filterfalse")
	teeType          = newItertoolsType("_tee")
)

// groupbyState is itertools.groupby's object: the current grouper owns
// the shared iterator until groupby advances (CPython's currgrouper).
type groupbyState struct {
	it, key         Value
	tgtkey, currkey Value
	currvalue       Value
	currgrouper     *GoIter
	exhausted       bool
}

// step is groupby_step: fetch the next value and its key.
func (g *groupbyState) step() (bool, *Exc) {
	v, ok, e := Next(g.it)
	if e != nil || !ok {
		return false, e
	}
	k := v
	if !g.key.IsNull() && !g.key.IsNone() {
		if k, e = Call(g.key, []Value{v}, nil); e != nil {
			return false, e
		}
	}
	g.currvalue, g.currkey = v, k
	return true, nil
}

func (g *groupbyState) next() (Value, bool, *Exc) {
	g.currgrouper = nil
	for {
		if g.currkey.IsNull() {
			// fetch the first value
		} else if g.tgtkey.IsNull() {
			break
		} else {
			eq, e := EqBool(g.tgtkey, g.currkey)
			if e != nil {
				return Null, false, e
			}
			if !eq {
				break
			}
		}
		ok, e := g.step()
		if e != nil || !ok {
			return Null, false, e
		}
	}
	g.tgtkey = g.currkey
	tgt := g.tgtkey
	gr := &GoIter{Typ: grouperType}
	gr.Next = func() (Value, bool, *Exc) {
		if g.currgrouper != gr {
			return Null, false, nil
		}
		if g.currvalue.IsNull() {
			ok, e := g.step()
			if e != nil || !ok {
				return Null, false, e
			}
		}
		eq, e := EqBool(tgt, g.currkey)
		if e != nil || !eq {
			return Null, false, e
		}
		v := g.currvalue
		g.currvalue = Null
		return v, true, nil
	}
	g.currgrouper = gr
	return NewTuple(g.currkey, Obj(gr)), true, nil
}

// tupleOf returns the items of an iterable as CPython's PySequence_Tuple.
func tupleOf(v Value) ([]Value, *Exc) { return IterValues(v) }

// rArg is the r argument of combinations/permutations.
func rArg(v Value) (int, *Exc) {
	iv, e := Index(v)
	if e != nil {
		return 0, e
	}
	if iv.I < 0 {
		return 0, ValueErrorf("r must be non-negative")
	}
	return int(iv.I), nil
}

// indexTuple builds the tuple of pool items at the given indices.
func indexTuple(pool []Value, idx []int) Value {
	out := make([]Value, len(idx))
	for i, j := range idx {
		out[i] = pool[j]
	}
	return NewTuple(out...)
}

func initItertoolsMore(m *NativeModule) {
	groupbyType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("groupby", args, kw, []string{"iterable", "key"}, 1)
		if e != nil {
			return Null, e
		}
		it, e := Iter(a[0])
		if e != nil {
			return Null, e
		}
		g := &groupbyState{it: it, key: a[1]}
		return NewGoIter(groupbyType, g.next), nil
	}
	accumulateType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("accumulate", args, kw, []string{"iterable", "func", "initial"}, 1)
		if e != nil {
			return Null, e
		}
		// initial is keyword-only in CPython's signature.
		if len(args)-len(kw) > 2 {
			return Null, TypeErrorf("accumulate() takes at most 2 positional arguments (%d given)", len(args)-len(kw))
		}
		it, e := Iter(a[0])
		if e != nil {
			return Null, e
		}
		fn, total, initial := a[1], Null, a[2]
		if initial.IsNone() {
			initial = Null
		}
		return NewGoIter(accumulateType, func() (Value, bool, *Exc) {
			if !initial.IsNull() {
				total, initial = initial, Null
				return total, true, nil
			}
			v, ok, e := Next(it)
			if e != nil || !ok {
				return Null, false, e
			}
			switch {
			case total.IsNull():
				total = v
			case fn.IsNull() || fn.IsNone():
				if total, e = Add(total, v); e != nil {
					return Null, false, e
				}
			default:
				if total, e = Call(fn, []Value{total, v}, nil); e != nil {
					return Null, false, e
				}
			}
			return total, true, nil
		}), nil
	}
	productType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		npos := len(args) - len(kw)
		repeat := 1
		for i, k := range kw {
			if k != "repeat" {
				return Null, TypeErrorf("'%s' is an invalid keyword argument for product()", k)
			}
			iv, e := Index(args[npos+i])
			if e != nil {
				return Null, e
			}
			if iv.I < 0 {
				return Null, ValueErrorf("repeat argument cannot be negative")
			}
			repeat = int(iv.I)
		}
		var pools [][]Value
		for _, a := range args[:npos] {
			p, e := tupleOf(a)
			if e != nil {
				return Null, e
			}
			pools = append(pools, p)
		}
		var all [][]Value
		for r := 0; r < repeat; r++ {
			all = append(all, pools...)
		}
		idx := make([]int, len(all))
		first, done := true, false
		for _, p := range all {
			if len(p) == 0 {
				done = true
			}
		}
		return NewGoIter(productType, func() (Value, bool, *Exc) {
			if done {
				return Null, false, nil
			}
			if !first {
				// odometer: advance the rightmost index that can move
				i := len(all) - 1
				for ; i >= 0; i-- {
					idx[i]++
					if idx[i] < len(all[i]) {
						break
					}
					idx[i] = 0
				}
				if i < 0 {
					done = true
					return Null, false, nil
				}
			}
			first = false
			out := make([]Value, len(all))
			for i, p := range all {
				out[i] = p[idx[i]]
			}
			return NewTuple(out...), true, nil
		}), nil
	}
	combo := func(t *Type, name string, repl bool) {
		t.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
			a, e := ParseArgs(name, args, kw, []string{"iterable", "r"}, 2)
			if e != nil {
				return Null, e
			}
			pool, e := tupleOf(a[0])
			if e != nil {
				return Null, e
			}
			r, e := rArg(a[1])
			if e != nil {
				return Null, e
			}
			n := len(pool)
			idx := make([]int, r)
			for i := range idx {
				if !repl {
					idx[i] = i
				}
			}
			first := true
			done := (!repl && r > n) || (repl && n == 0 && r > 0)
			return NewGoIter(t, func() (Value, bool, *Exc) {
				if done {
					return Null, false, nil
				}
				if !first {
					i := r - 1
					if repl {
						for ; i >= 0 && idx[i] == n-1; i-- {
						}
					} else {
						for ; i >= 0 && idx[i] == i+n-r; i-- {
						}
					}
					if i < 0 {
						done = true
						return Null, false, nil
					}
					if repl {
						v := idx[i] + 1
						for j := i; j < r; j++ {
							idx[j] = v
						}
					} else {
						idx[i]++
						for j := i + 1; j < r; j++ {
							idx[j] = idx[j-1] + 1
						}
					}
				}
				first = false
				return indexTuple(pool, idx), true, nil
			}), nil
		}
	}
	combo(combinationsType, "combinations", false)
	combo(cwrType, "combinations_with_replacement", true)
	permutationsType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("permutations", args, kw, []string{"iterable", "r"}, 1)
		if e != nil {
			return Null, e
		}
		pool, e := tupleOf(a[0])
		if e != nil {
			return Null, e
		}
		n := len(pool)
		r := n
		if !a[1].IsNull() && !a[1].IsNone() {
			if r, e = rArg(a[1]); e != nil {
				return Null, e
			}
		}
		// the algorithm of the permutations() docs (indices and cycles)
		indices := make([]int, n)
		for i := range indices {
			indices[i] = i
		}
		cycles := make([]int, r)
		for i := range cycles {
			cycles[i] = n - i
		}
		first, done := true, r > n
		return NewGoIter(permutationsType, func() (Value, bool, *Exc) {
			if done {
				return Null, false, nil
			}
			if !first {
				i := r - 1
				for ; i >= 0; i-- {
					cycles[i]--
					if cycles[i] == 0 {
						x := indices[i]
						copy(indices[i:], indices[i+1:])
						indices[n-1] = x
						cycles[i] = n - i
					} else {
						j := cycles[i]
						indices[i], indices[n-j] = indices[n-j], indices[i]
						break
					}
				}
				if i < 0 {
					done = true
					return Null, false, nil
				}
			}
			first = false
			return indexTuple(pool, indices[:r]), true, nil
		}), nil
	}
	zipLongestType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		npos := len(args) - len(kw)
		fill := None
		for i, k := range kw {
			if k != "fillvalue" {
				return Null, TypeErrorf("zip_longest() got an unexpected keyword argument")
			}
			fill = args[npos+i]
		}
		its := make([]Value, npos)
		for i, a := range args[:npos] {
			it, e := Iter(a)
			if e != nil {
				return Null, e
			}
			its[i] = it
		}
		active := npos
		return NewGoIter(zipLongestType, func() (Value, bool, *Exc) {
			if len(its) == 0 || active == 0 {
				return Null, false, nil
			}
			out := make([]Value, len(its))
			for i, it := range its {
				if it.IsNull() {
					out[i] = fill
					continue
				}
				v, ok, e := Next(it)
				if e != nil {
					return Null, false, e
				}
				if !ok {
					active--
					if active == 0 {
						return Null, false, nil
					}
					its[i] = Null
					v = fill
				}
				out[i] = v
			}
			return NewTuple(out...), true, nil
		}), nil
	}
	predIter := func(t *Type, name string, body func(pred, it Value) func() (Value, bool, *Exc)) {
		t.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
			if e := NoKwargs(name, kw); e != nil {
				return Null, e
			}
			if len(args) != 2 {
				return Null, TypeErrorf("%s expected 2 arguments, got %d", name, len(args))
			}
			it, e := Iter(args[1])
			if e != nil {
				return Null, e
			}
			return NewGoIter(t, body(args[0], it)), nil
		}
	}
	// callTruth is bool(pred(v)); takewhile and dropwhile call pred even
	// when it is None (a TypeError, as in CPython).
	callTruth := func(pred, v Value) (bool, *Exc) {
		r, e := Call(pred, []Value{v}, nil)
		if e != nil {
			return false, e
		}
		return Truth(r)
	}
	// test is filterfalse's: a None predicate means bool(v).
	test := func(pred, v Value) (bool, *Exc) {
		if pred.IsNone() {
			return Truth(v)
		}
		return callTruth(pred, v)
	}
	predIter(takewhileType, "takewhile", func(pred, it Value) func() (Value, bool, *Exc) {
		stop := false
		return func() (Value, bool, *Exc) {
			if stop {
				return Null, false, nil
			}
			v, ok, e := Next(it)
			if e != nil || !ok {
				return Null, false, e
			}
			t, e := callTruth(pred, v)
			if e != nil {
				return Null, false, e
			}
			if !t {
				stop = true
				return Null, false, nil
			}
			return v, true, nil
		}
	})
	predIter(dropwhileType, "dropwhile", func(pred, it Value) func() (Value, bool, *Exc) {
		dropping := true
		return func() (Value, bool, *Exc) {
			for {
				v, ok, e := Next(it)
				if e != nil || !ok {
					return Null, false, e
				}
				if !dropping {
					return v, true, nil
				}
				t, e := callTruth(pred, v)
				if e != nil {
					return Null, false, e
				}
				if !t {
					dropping = false
					return v, true, nil
				}
			}
		}
	})
	predIter(filterfalseType, "filterfalse", func(pred, it Value) func() (Value, bool, *Exc) {
		return func() (Value, bool, *Exc) {
			for {
				v, ok, e := Next(it)
				if e != nil || !ok {
					return Null, false, e
				}
				t, e := test(pred, v)
				if e != nil {
					return Null, false, e
				}
				if !t {
					return v, true, nil
				}
			}
		}
	})
	predIter(starmapType, "starmap", func(fn, it Value) func() (Value, bool, *Exc) {
		return func() (Value, bool, *Exc) {
			v, ok, e := Next(it)
			if e != nil || !ok {
				return Null, false, e
			}
			a, e := IterValues(v)
			if e != nil {
				return Null, false, e
			}
			r, e := Call(fn, a, nil)
			return r, e == nil, e
		}
	})
	compressType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("compress", args, kw, []string{"data", "selectors"}, 2)
		if e != nil {
			return Null, e
		}
		data, e := Iter(a[0])
		if e != nil {
			return Null, e
		}
		sel, e := Iter(a[1])
		if e != nil {
			return Null, e
		}
		return NewGoIter(compressType, func() (Value, bool, *Exc) {
			for {
				v, ok, e := Next(data)
				if e != nil || !ok {
					return Null, false, e
				}
				s, ok, e := Next(sel)
				if e != nil || !ok {
					return Null, false, e
				}
				t, e := Truth(s)
				if e != nil {
					return Null, false, e
				}
				if t {
					return v, true, nil
				}
			}
		}), nil
	}
	pairwiseType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if e := NoKwargs("pairwise", kw); e != nil {
			return Null, e
		}
		if len(args) != 1 {
			return Null, TypeErrorf("pairwise expected 1 argument, got %d", len(args))
		}
		it, e := Iter(args[0])
		if e != nil {
			return Null, e
		}
		var old Value
		done := false
		return NewGoIter(pairwiseType, func() (Value, bool, *Exc) {
			if done {
				return Null, false, nil
			}
			if old.IsNull() {
				v, ok, e := Next(it)
				if e != nil || !ok {
					done = true
					return Null, false, e
				}
				old = v
			}
			v, ok, e := Next(it)
			if e != nil || !ok {
				done = true
				return Null, false, e
			}
			p := NewTuple(old, v)
			old = v
			return p, true, nil
		}), nil
	}
	teeType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		return Null, TypeErrorf("cannot create 'itertools._tee' instances")
	}
	m.Fn("tee", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("tee", args, kw, 1, 2); e != nil {
			return Null, e
		}
		n := 2
		if len(args) == 2 {
			iv, e := Index(args[1])
			if e != nil {
				return Null, e
			}
			if iv.I < 0 {
				return Null, ValueErrorf("n must be >= 0")
			}
			n = int(iv.I)
		}
		it, e := Iter(args[0])
		if e != nil {
			return Null, e
		}
		// one shared buffer; each tee reads from its own position and the
		// consumed prefix is dropped once every tee has passed it.
		buf := &teeBuf{it: it, pos: make([]int, n)}
		out := make([]Value, n)
		for i := range out {
			i := i
			out[i] = NewGoIter(teeType, func() (Value, bool, *Exc) { return buf.next(i) })
		}
		return NewTuple(out...), nil
	})
	for _, t := range []*Type{groupbyType, accumulateType, productType, combinationsType, cwrType,
		permutationsType, zipLongestType, takewhileType, dropwhileType, pairwiseType, starmapType,
		compressType, filterfalseType, teeType} {
		if t.Name != "_tee" {
			m.Set(t.Name, Obj(t))
		}
	}
	m.Set("_grouper", Obj(grouperType))
	m.Set("_tee", Obj(teeType))
}

type teeBuf struct {
	it    Value
	items []Value
	base  int   // absolute index of items[0]
	pos   []int // absolute position of each tee
	done  bool
}

func (b *teeBuf) next(i int) (Value, bool, *Exc) {
	p := b.pos[i]
	if p-b.base >= len(b.items) {
		if b.done {
			return Null, false, nil
		}
		v, ok, e := Next(b.it)
		if e != nil {
			return Null, false, e
		}
		if !ok {
			b.done = true
			return Null, false, nil
		}
		b.items = append(b.items, v)
	}
	v := b.items[p-b.base]
	b.pos[i]++
	min := b.pos[0]
	for _, q := range b.pos {
		if q < min {
			min = q
		}
	}
	if drop := min - b.base; drop > 0 {
		b.items = b.items[drop:]
		b.base = min
	}
	return v, true, nil
}
