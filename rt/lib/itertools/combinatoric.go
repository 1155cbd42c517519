package itertools

import "github.com/py2goasync/py2goasync/rt"

// itertools' combinatoric and filtering iterators (groupby, accumulate,
// product, combinations, permutations, zip_longest, takewhile, ...) with
// the C module's semantics: pools are taken eagerly where CPython's
// constructors tuple() their arguments, the rest is lazy. batched is 3.12
// and deliberately absent (AttributeError, as python3.11).

// newItertoolsType makes an iterator type of the itertools module whose
// instances are goIters.
func newItertoolsType(name string) *rt.Type {
	t := rt.NewType(name, rt.ObjectType)
	t.Module = "itertools"
	t.Iter = func(o rt.Value) (rt.Value, *rt.Exc) { return o, nil }
	t.Next = func(it rt.Value) (rt.Value, bool, *rt.Exc) { return it.O.(*rt.GoIter).Next() }
	t.Repr = func(v rt.Value) (string, *rt.Exc) {
		return "<itertools." + name + " object at " + rt.AddrOf(v) + ">", nil
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
	it, key         rt.Value
	tgtkey, currkey rt.Value
	currvalue       rt.Value
	currgrouper     *rt.GoIter
	exhausted       bool
}

// step is groupby_step: fetch the next value and its key.
func (g *groupbyState) step() (bool, *rt.Exc) {
	v, ok, e := rt.Next(g.it)
	if e != nil || !ok {
		return false, e
	}
	k := v
	if !g.key.IsNull() && !g.key.IsNone() {
		if k, e = rt.Call(g.key, []rt.Value{v}, nil); e != nil {
			return false, e
		}
	}
	g.currvalue, g.currkey = v, k
	return true, nil
}

func (g *groupbyState) next() (rt.Value, bool, *rt.Exc) {
	g.currgrouper = nil
	for {
		if g.currkey.IsNull() {
			// fetch the first value
		} else if g.tgtkey.IsNull() {
			break
		} else {
			eq, e := rt.EqBool(g.tgtkey, g.currkey)
			if e != nil {
				return rt.Null, false, e
			}
			if !eq {
				break
			}
		}
		ok, e := g.step()
		if e != nil || !ok {
			return rt.Null, false, e
		}
	}
	g.tgtkey = g.currkey
	tgt := g.tgtkey
	gr := &rt.GoIter{Typ: grouperType}
	gr.Next = func() (rt.Value, bool, *rt.Exc) {
		if g.currgrouper != gr {
			return rt.Null, false, nil
		}
		if g.currvalue.IsNull() {
			ok, e := g.step()
			if e != nil || !ok {
				return rt.Null, false, e
			}
		}
		eq, e := rt.EqBool(tgt, g.currkey)
		if e != nil || !eq {
			return rt.Null, false, e
		}
		v := g.currvalue
		g.currvalue = rt.Null
		return v, true, nil
	}
	g.currgrouper = gr
	return rt.NewTuple(g.currkey, rt.Obj(gr)), true, nil
}

// tupleOf returns the items of an iterable as CPython's PySequence_Tuple.
func tupleOf(v rt.Value) ([]rt.Value, *rt.Exc) { return rt.IterValues(v) }

// rArg is the r argument of combinations/permutations.
func rArg(v rt.Value) (int, *rt.Exc) {
	iv, e := rt.Index(v)
	if e != nil {
		return 0, e
	}
	if iv.I < 0 {
		return 0, rt.ValueErrorf("r must be non-negative")
	}
	return int(iv.I), nil
}

// indexTuple builds the tuple of pool items at the given indices.
func indexTuple(pool []rt.Value, idx []int) rt.Value {
	out := make([]rt.Value, len(idx))
	for i, j := range idx {
		out[i] = pool[j]
	}
	return rt.NewTuple(out...)
}

// callTruth is bool(pred(v)); takewhile and dropwhile call pred even
// when it is None (a TypeError, as in CPython).
func callTruth(pred, v rt.Value) (bool, *rt.Exc) {
	r, e := rt.Call(pred, []rt.Value{v}, nil)
	if e != nil {
		return false, e
	}
	return rt.Truth(r)
}

// predTruth is filterfalse's test: a None predicate means bool(v).
func predTruth(pred, v rt.Value) (bool, *rt.Exc) {
	if pred.IsNone() {
		return rt.Truth(v)
	}
	return callTruth(pred, v)
}

func initItertoolsMore(m *rt.NativeModule) {
	groupbyType.New = groupbyNew
	accumulateType.New = accumulateNew
	productType.New = productNew
	combo := func(t *rt.Type, name string, repl bool) {
		t.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs(name, args, kw, []string{"iterable", "r"}, 2)
			if e != nil {
				return rt.Null, e
			}
			pool, e := tupleOf(a[0])
			if e != nil {
				return rt.Null, e
			}
			r, e := rArg(a[1])
			if e != nil {
				return rt.Null, e
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
			return rt.NewGoIter(t, func() (rt.Value, bool, *rt.Exc) {
				if done {
					return rt.Null, false, nil
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
						return rt.Null, false, nil
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
	permutationsType.New = permutationsNew
	zipLongestType.New = zipLongestNew
	predIter := func(t *rt.Type, name string, body func(pred, it rt.Value) func() (rt.Value, bool, *rt.Exc)) {
		t.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.NoKwargs(name, kw); e != nil {
				return rt.Null, e
			}
			if len(args) != 2 {
				return rt.Null, rt.TypeErrorf("%s expected 2 arguments, got %d", name, len(args))
			}
			it, e := rt.Iter(args[1])
			if e != nil {
				return rt.Null, e
			}
			return rt.NewGoIter(t, body(args[0], it)), nil
		}
	}
	predIter(takewhileType, "takewhile", takewhileTakewhile)
	predIter(dropwhileType, "dropwhile", dropwhileDropwhile)
	predIter(filterfalseType, "filterfalse", filterfalseFilterfalse)
	predIter(starmapType, "starmap", starmapStarmap)
	compressType.New = compressNew
	pairwiseType.New = pairwiseNew
	teeType.New = teeNew
	m.Fn("tee", itertoolsTee)
	for _, t := range []*rt.Type{groupbyType, accumulateType, productType, combinationsType, cwrType,
		permutationsType, zipLongestType, takewhileType, dropwhileType, pairwiseType, starmapType,
		compressType, filterfalseType, teeType} {
		if t.Name != "_tee" {
			m.Set(t.Name, rt.Obj(t))
		}
	}
	m.Set("_grouper", rt.Obj(grouperType))
	m.Set("_tee", rt.Obj(teeType))
}

// groupbyNew is the New hook (__new__) of groupby.
func groupbyNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("groupby", args, kw, []string{"iterable", "key"}, 1)
	if e != nil {
		return rt.Null, e
	}
	it, e := rt.Iter(a[0])
	if e != nil {
		return rt.Null, e
	}
	g := &groupbyState{it: it, key: a[1]}
	return rt.NewGoIter(groupbyType, g.next), nil
}

// accumulateNew is the New hook (__new__) of accumulate.
func accumulateNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("accumulate", args, kw, []string{"iterable", "func", "initial"}, 1)
	if e != nil {
		return rt.Null, e
	}
	// initial is keyword-only in CPython's signature.
	if len(args)-len(kw) > 2 {
		return rt.Null, rt.TypeErrorf("accumulate() takes at most 2 positional arguments (%d given)", len(args)-len(kw))
	}
	it, e := rt.Iter(a[0])
	if e != nil {
		return rt.Null, e
	}
	fn, total, initial := a[1], rt.Null, a[2]
	if initial.IsNone() {
		initial = rt.Null
	}
	return rt.NewGoIter(accumulateType, func() (rt.Value, bool, *rt.Exc) {
		if !initial.IsNull() {
			total, initial = initial, rt.Null
			return total, true, nil
		}
		v, ok, e := rt.Next(it)
		if e != nil || !ok {
			return rt.Null, false, e
		}
		switch {
		case total.IsNull():
			total = v
		case fn.IsNull() || fn.IsNone():
			if total, e = rt.Add(total, v); e != nil {
				return rt.Null, false, e
			}
		default:
			if total, e = rt.Call(fn, []rt.Value{total, v}, nil); e != nil {
				return rt.Null, false, e
			}
		}
		return total, true, nil
	}), nil
}

// productNew is the New hook (__new__) of product.
func productNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	npos := len(args) - len(kw)
	repeat := 1
	for i, k := range kw {
		if k != "repeat" {
			return rt.Null, rt.TypeErrorf("'%s' is an invalid keyword argument for product()", k)
		}
		iv, e := rt.Index(args[npos+i])
		if e != nil {
			return rt.Null, e
		}
		if iv.I < 0 {
			return rt.Null, rt.ValueErrorf("repeat argument cannot be negative")
		}
		repeat = int(iv.I)
	}
	var pools [][]rt.Value
	for _, a := range args[:npos] {
		p, e := tupleOf(a)
		if e != nil {
			return rt.Null, e
		}
		pools = append(pools, p)
	}
	var all [][]rt.Value
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
	return rt.NewGoIter(productType, func() (rt.Value, bool, *rt.Exc) {
		if done {
			return rt.Null, false, nil
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
				return rt.Null, false, nil
			}
		}
		first = false
		out := make([]rt.Value, len(all))
		for i, p := range all {
			out[i] = p[idx[i]]
		}
		return rt.NewTuple(out...), true, nil
	}), nil
}

// permutationsNew is the New hook (__new__) of permutations.
func permutationsNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("permutations", args, kw, []string{"iterable", "r"}, 1)
	if e != nil {
		return rt.Null, e
	}
	pool, e := tupleOf(a[0])
	if e != nil {
		return rt.Null, e
	}
	n := len(pool)
	r := n
	if !a[1].IsNull() && !a[1].IsNone() {
		if r, e = rArg(a[1]); e != nil {
			return rt.Null, e
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
	return rt.NewGoIter(permutationsType, func() (rt.Value, bool, *rt.Exc) {
		if done {
			return rt.Null, false, nil
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
				return rt.Null, false, nil
			}
		}
		first = false
		return indexTuple(pool, indices[:r]), true, nil
	}), nil
}

// zipLongestNew is the New hook (__new__) of zip_longest.
func zipLongestNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	npos := len(args) - len(kw)
	fill := rt.None
	for i, k := range kw {
		if k != "fillvalue" {
			return rt.Null, rt.TypeErrorf("zip_longest() got an unexpected keyword argument")
		}
		fill = args[npos+i]
	}
	its := make([]rt.Value, npos)
	for i, a := range args[:npos] {
		it, e := rt.Iter(a)
		if e != nil {
			return rt.Null, e
		}
		its[i] = it
	}
	active := npos
	return rt.NewGoIter(zipLongestType, func() (rt.Value, bool, *rt.Exc) {
		if len(its) == 0 || active == 0 {
			return rt.Null, false, nil
		}
		out := make([]rt.Value, len(its))
		for i, it := range its {
			if it.IsNull() {
				out[i] = fill
				continue
			}
			v, ok, e := rt.Next(it)
			if e != nil {
				return rt.Null, false, e
			}
			if !ok {
				active--
				if active == 0 {
					return rt.Null, false, nil
				}
				its[i] = rt.Null
				v = fill
			}
			out[i] = v
		}
		return rt.NewTuple(out...), true, nil
	}), nil
}

// compressNew is the New hook (__new__) of compress.
func compressNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("compress", args, kw, []string{"data", "selectors"}, 2)
	if e != nil {
		return rt.Null, e
	}
	data, e := rt.Iter(a[0])
	if e != nil {
		return rt.Null, e
	}
	sel, e := rt.Iter(a[1])
	if e != nil {
		return rt.Null, e
	}
	return rt.NewGoIter(compressType, func() (rt.Value, bool, *rt.Exc) {
		for {
			v, ok, e := rt.Next(data)
			if e != nil || !ok {
				return rt.Null, false, e
			}
			s, ok, e := rt.Next(sel)
			if e != nil || !ok {
				return rt.Null, false, e
			}
			t, e := rt.Truth(s)
			if e != nil {
				return rt.Null, false, e
			}
			if t {
				return v, true, nil
			}
		}
	}), nil
}

// pairwiseNew is the New hook (__new__) of pairwise.
func pairwiseNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.NoKwargs("pairwise", kw); e != nil {
		return rt.Null, e
	}
	if len(args) != 1 {
		return rt.Null, rt.TypeErrorf("pairwise expected 1 argument, got %d", len(args))
	}
	it, e := rt.Iter(args[0])
	if e != nil {
		return rt.Null, e
	}
	var old rt.Value
	done := false
	return rt.NewGoIter(pairwiseType, func() (rt.Value, bool, *rt.Exc) {
		if done {
			return rt.Null, false, nil
		}
		if old.IsNull() {
			v, ok, e := rt.Next(it)
			if e != nil || !ok {
				done = true
				return rt.Null, false, e
			}
			old = v
		}
		v, ok, e := rt.Next(it)
		if e != nil || !ok {
			done = true
			return rt.Null, false, e
		}
		p := rt.NewTuple(old, v)
		old = v
		return p, true, nil
	}), nil
}

// teeNew is the New hook (__new__) of _tee.
func teeNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Null, rt.TypeErrorf("cannot create 'itertools._tee' instances")
}

// takewhileTakewhile implements takewhile.takewhile (through predIter).
func takewhileTakewhile(pred, it rt.Value) func() (rt.Value, bool, *rt.Exc) {
	stop := false
	return func() (rt.Value, bool, *rt.Exc) {
		if stop {
			return rt.Null, false, nil
		}
		v, ok, e := rt.Next(it)
		if e != nil || !ok {
			return rt.Null, false, e
		}
		t, e := callTruth(pred, v)
		if e != nil {
			return rt.Null, false, e
		}
		if !t {
			stop = true
			return rt.Null, false, nil
		}
		return v, true, nil
	}
}

// dropwhileDropwhile implements dropwhile.dropwhile (through predIter).
func dropwhileDropwhile(pred, it rt.Value) func() (rt.Value, bool, *rt.Exc) {
	dropping := true
	return func() (rt.Value, bool, *rt.Exc) {
		for {
			v, ok, e := rt.Next(it)
			if e != nil || !ok {
				return rt.Null, false, e
			}
			if !dropping {
				return v, true, nil
			}
			t, e := callTruth(pred, v)
			if e != nil {
				return rt.Null, false, e
			}
			if !t {
				dropping = false
				return v, true, nil
			}
		}
	}
}

// filterfalseFilterfalse implements filterfalse.filterfalse (through predIter).
func filterfalseFilterfalse(pred, it rt.Value) func() (rt.Value, bool, *rt.Exc) {
	return func() (rt.Value, bool, *rt.Exc) {
		for {
			v, ok, e := rt.Next(it)
			if e != nil || !ok {
				return rt.Null, false, e
			}
			t, e := predTruth(pred, v)
			if e != nil {
				return rt.Null, false, e
			}
			if !t {
				return v, true, nil
			}
		}
	}
}

// starmapStarmap implements starmap.starmap (through predIter).
func starmapStarmap(fn, it rt.Value) func() (rt.Value, bool, *rt.Exc) {
	return func() (rt.Value, bool, *rt.Exc) {
		v, ok, e := rt.Next(it)
		if e != nil || !ok {
			return rt.Null, false, e
		}
		a, e := rt.IterValues(v)
		if e != nil {
			return rt.Null, false, e
		}
		r, e := rt.Call(fn, a, nil)
		return r, e == nil, e
	}
}

// itertoolsTee is itertools.tee.
func itertoolsTee(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("tee", args, kw, 1, 2); e != nil {
		return rt.Null, e
	}
	n := 2
	if len(args) == 2 {
		iv, e := rt.Index(args[1])
		if e != nil {
			return rt.Null, e
		}
		if iv.I < 0 {
			return rt.Null, rt.ValueErrorf("n must be >= 0")
		}
		n = int(iv.I)
	}
	it, e := rt.Iter(args[0])
	if e != nil {
		return rt.Null, e
	}
	// one shared buffer; each tee reads from its own position and the
	// consumed prefix is dropped once every tee has passed it.
	buf := &teeBuf{it: it, pos: make([]int, n)}
	out := make([]rt.Value, n)
	for i := range out {
		i := i
		out[i] = rt.NewGoIter(teeType, func() (rt.Value, bool, *rt.Exc) { return buf.next(i) })
	}
	return rt.NewTuple(out...), nil
}

type teeBuf struct {
	it    rt.Value
	items []rt.Value
	base  int   // absolute index of items[0]
	pos   []int // absolute position of each tee
	done  bool
}

func (b *teeBuf) next(i int) (rt.Value, bool, *rt.Exc) {
	p := b.pos[i]
	if p-b.base >= len(b.items) {
		if b.done {
			return rt.Null, false, nil
		}
		v, ok, e := rt.Next(b.it)
		if e != nil {
			return rt.Null, false, e
		}
		if !ok {
			b.done = true
			return rt.Null, false, nil
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
