package rt

// The set and frozenset types: hooks and methods.

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		t := t
		t.Repr = setRepr
		t.Len = setLen
		t.Contains = setContains
		t.Iter = setIterHook
		t.Compare = setCompare
		binop := func(f func(a, b *Set) (*Set, *Exc)) func(a, b Value) (Value, *Exc) {
			return func(a, b Value) (Value, *Exc) {
				x, ok1 := asSet(a)
				y, ok2 := asSet(b)
				if !ok1 || !ok2 {
					return NotImplemented, nil
				}
				r, e := f(x, y)
				if e != nil {
					return Null, e
				}
				return Obj(r), nil
			}
		}
		t.Num[BinOr] = binop(func(a, b *Set) (*Set, *Exc) {
			r := a.copySet(a.frozen)
			return r, r.merge(b)
		})
		t.Num[BinAnd] = binop(func(a, b *Set) (*Set, *Exc) { return a.intersection(Obj(b)) })
		t.Num[BinSub] = binop(func(a, b *Set) (*Set, *Exc) { return a.difference(Obj(b)) })
		t.Num[BinXor] = binop(func(a, b *Set) (*Set, *Exc) {
			r := b.copySet(a.frozen)
			return r, r.symDiffUpdate(a)
		})
		multi := func(name string, f func(acc *Set, other Value) (*Set, *Exc)) {
			t.Method(name, func(s Value, args []Value, kw []string) (Value, *Exc) {
				if e := NoKwargs(name, kw); e != nil {
					return Null, e
				}
				acc := s.O.(*Set).copySet(s.O.(*Set).frozen)
				if name == "intersection" || name == "difference" {
					acc = s.O.(*Set)
				}
				var e *Exc
				for _, o := range args {
					if acc, e = f(acc, o); e != nil {
						return Null, e
					}
				}
				if acc == s.O.(*Set) {
					acc = acc.copySet(acc.frozen)
				}
				return Obj(acc), nil
			})
		}
		multi("union", setUnion)
		multi("intersection", setIntersection)
		multi("difference", setDifference)
		t.Method("symmetric_difference", setSymmetricDifference)
		t.Method("issubset", setIssubset)
		t.Method("issuperset", setIssuperset)
		t.Method("isdisjoint", setIsdisjoint)
		t.Method("copy", setCopy)
		t.ClassMethod("__class_getitem__", setClassGetitem)
	}
	SetType.SetDict("__hash__", None)
	FrozenSetType.Hash = frozensetHash
	SetType.New = setNew
	SetType.Init = setInit
	FrozenSetType.New = frozensetNew
	st := SetType
	st.Method("add", setAdd)
	st.Method("discard", setDiscard)
	st.Method("remove", setRemove)
	st.Method("pop", setPop)
	st.Method("clear", setClear)
	st.Method("update", setUpdate)
	st.Method("intersection_update", setIntersectionUpdate)
	st.Method("difference_update", setDifferenceUpdate)
	st.Method("symmetric_difference_update", setSymmetricDifferenceUpdate)
	inplace := func(op BinOp, name string) {
		st.INum[op] = func(a, b Value) (Value, *Exc) {
			if _, ok := asSet(b); !ok {
				return NotImplemented, nil
			}
			_, e := CallMethod(a, name, []Value{b}, nil)
			return a, e
		}
	}
	inplace(BinOr, "update")
	inplace(BinAnd, "intersection_update")
	inplace(BinSub, "difference_update")
	inplace(BinXor, "symmetric_difference_update")

	SetIterType.Iter = selfIter
	SetIterType.Next = setIteratorNext
}

// setLen is the Len hook (__len__) of set (and frozenset).
func setLen(v Value) (int, *Exc) { return v.O.(*Set).used, nil }

// setContains is the Contains hook (__contains__) of set (and frozenset).
func setContains(o, k Value) (bool, *Exc) { return o.O.(*Set).Contains(k) }

// setIterHook is the Iter hook (__iter__) of set (and frozenset).
func setIterHook(o Value) (Value, *Exc) {
	s := o.O.(*Set)
	return Obj(&setIter{s: s, n: s.used}), nil
}

// setNew is the New hook (__new__) of set.
func setNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	s := newSetObj()
	if cls != SetType {
		s.cls = cls
	}
	return Obj(s), nil
}

// setInit is the Init hook (__init__) of set.
func setInit(self Value, args []Value, kw []string) *Exc {
	if e := ArgCount("set", args, kw, 0, 1); e != nil {
		return e
	}
	s := self.O.(*Set)
	s.clear()
	if len(args) == 1 {
		return s.update(args[0])
	}
	return nil
}

// frozensetNew is the New hook (__new__) of frozenset.
func frozensetNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("frozenset", args, kw, 0, 1); e != nil {
		return Null, e
	}
	s := newSetObj()
	s.frozen = true
	if cls != FrozenSetType {
		s.cls = cls
	}
	if len(args) == 1 {
		if o, ok := asSet(args[0]); ok && o.frozen && o.cls == nil && cls == FrozenSetType {
			return args[0], nil
		}
		if e := s.update(args[0]); e != nil {
			return Null, e
		}
	}
	return Obj(s), nil
}

// setIteratorNext is the Next hook (__next__) of set_iterator.
func setIteratorNext(v Value) (Value, bool, *Exc) {
	it := v.O.(*setIter)
	if it.s == nil {
		return Null, false, nil
	}
	if it.s.used != it.n {
		it.n = -1
		return Null, false, Errorf(ExcRuntimeError, "Set changed size during iteration")
	}
	for it.i < len(it.s.table) {
		e := it.s.table[it.i]
		it.i++
		if !e.key.IsNull() {
			return e.key, true, nil
		}
	}
	it.s = nil
	return Null, false, nil
}

// setUnion implements set.union (and frozenset) (through multi).
func setUnion(acc *Set, o Value) (*Set, *Exc) { return acc, acc.update(o) }

// setIntersection implements set.intersection (and frozenset) (through multi).
func setIntersection(acc *Set, o Value) (*Set, *Exc) { return acc.intersection(o) }

// setDifference implements set.difference (and frozenset) (through multi).
func setDifference(acc *Set, o Value) (*Set, *Exc) { return acc.difference(o) }

// setMethodOwner names the class that defines a method shared by set and
// frozenset, as CPython's messages do ("frozenset.issubset() takes ...").
func setMethodOwner(s Value) string {
	if s.O.(*Set).frozen {
		return "frozenset"
	}
	return "set"
}

// setSymmetricDifference is set.symmetric_difference (and frozenset).
func setSymmetricDifference(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount(setMethodOwner(s)+".symmetric_difference", args, kw, 1, 1); e != nil {
		return Null, e
	}
	o, e := toSetOperand(args[0])
	if e != nil {
		return Null, e
	}
	r := o.copySet(s.O.(*Set).frozen)
	return Obj(r), r.symDiffUpdate(s.O.(*Set))
}

// setIssubset is set.issubset (and frozenset).
func setIssubset(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount(setMethodOwner(s)+".issubset", args, kw, 1, 1); e != nil {
		return Null, e
	}
	o, e := toSetOperand(args[0])
	if e != nil {
		return Null, e
	}
	r, e := s.O.(*Set).isSubset(o)
	return Bool(r), e
}

// setIssuperset is set.issuperset (and frozenset).
func setIssuperset(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount(setMethodOwner(s)+".issuperset", args, kw, 1, 1); e != nil {
		return Null, e
	}
	o, e := toSetOperand(args[0])
	if e != nil {
		return Null, e
	}
	r, e := o.isSubset(s.O.(*Set))
	return Bool(r), e
}

// setIsdisjoint is set.isdisjoint (and frozenset).
func setIsdisjoint(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount(setMethodOwner(s)+".isdisjoint", args, kw, 1, 1); e != nil {
		return Null, e
	}
	r, e := s.O.(*Set).intersection(args[0])
	if e != nil {
		return Null, e
	}
	return Bool(r.used == 0), nil
}

// setCopy is set.copy (and frozenset).
func setCopy(s Value, args []Value, kw []string) (Value, *Exc) {
	if s.O.(*Set).frozen {
		return s, nil
	}
	return Obj(s.O.(*Set).copySet(false)), nil
}

// setClassGetitem is set.__class_getitem__ (and frozenset).
func setClassGetitem(cls Value, args []Value, kw []string) (Value, *Exc) {
	return GenericAlias(cls, args)
}

// setAdd is set.add.
func setAdd(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("set.add", args, kw, 1, 1); e != nil {
		return Null, e
	}
	return None, s.O.(*Set).Add(args[0])
}

// setDiscard is set.discard.
func setDiscard(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("set.discard", args, kw, 1, 1); e != nil {
		return Null, e
	}
	_, e := s.O.(*Set).Discard(args[0])
	return None, e
}

// setRemove is set.remove.
func setRemove(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("set.remove", args, kw, 1, 1); e != nil {
		return Null, e
	}
	ok, e := s.O.(*Set).Discard(args[0])
	if e != nil {
		return Null, e
	}
	if !ok {
		return Null, KeyErrorOf(args[0])
	}
	return None, nil
}

// setPop is set.pop.
func setPop(s Value, args []Value, kw []string) (Value, *Exc) {
	so := s.O.(*Set)
	if so.used == 0 {
		return Null, Errorf(ExcKeyError, "pop from an empty set")
	}
	i := so.finger & (len(so.table) - 1)
	for so.table[i].key.IsNull() {
		i++
		if i >= len(so.table) {
			i = 0
		}
	}
	k := so.table[i].key
	so.table[i] = setEntry{dummy: true, hash: -1}
	so.used--
	so.finger = i + 1
	return k, nil
}

// setClear is set.clear.
func setClear(s Value, args []Value, kw []string) (Value, *Exc) {
	s.O.(*Set).clear()
	return None, nil
}

// setUpdate is set.update.
func setUpdate(s Value, args []Value, kw []string) (Value, *Exc) {
	for _, a := range args {
		if e := s.O.(*Set).update(a); e != nil {
			return Null, e
		}
	}
	return None, NoKwargs("update", kw)
}

// setIntersectionUpdate is set.intersection_update.
func setIntersectionUpdate(s Value, args []Value, kw []string) (Value, *Exc) {
	so := s.O.(*Set)
	for _, a := range args {
		r, e := so.intersection(a)
		if e != nil {
			return Null, e
		}
		*so = Set{table: r.table, fill: r.fill, used: r.used, id: so.id}
	}
	return None, nil
}

// setDifferenceUpdate is set.difference_update.
func setDifferenceUpdate(s Value, args []Value, kw []string) (Value, *Exc) {
	so := s.O.(*Set)
	for _, a := range args {
		if o, ok := asSet(a); ok && o == so {
			so.clear()
			continue
		}
		if e := ForEach(a, func(k Value) *Exc { _, e := so.Discard(k); return e }); e != nil {
			return Null, e
		}
	}
	return None, nil
}

// setSymmetricDifferenceUpdate is set.symmetric_difference_update.
func setSymmetricDifferenceUpdate(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("set.symmetric_difference_update", args, kw, 1, 1); e != nil {
		return Null, e
	}
	o, e := toSetOperand(args[0])
	if e != nil {
		return Null, e
	}
	return None, s.O.(*Set).symDiffUpdate(o)
}

func setCompare(a, b Value, op CompareOp) (Value, *Exc) {
	x := a.O.(*Set)
	y, ok := asSet(b)
	if !ok {
		return NotImplemented, nil
	}
	switch op {
	case OpEq, OpNe:
		if x.used != y.used {
			return Bool(op == OpNe), nil
		}
		r, e := x.isSubset(y)
		return Bool(r == (op == OpEq)), e
	case OpLe:
		r, e := x.isSubset(y)
		return Bool(r), e
	case OpGe:
		r, e := y.isSubset(x)
		return Bool(r), e
	case OpLt:
		if x.used >= y.used {
			return False, nil
		}
		r, e := x.isSubset(y)
		return Bool(r), e
	}
	if y.used >= x.used {
		return False, nil
	}
	r, e := y.isSubset(x)
	return Bool(r), e
}
