package rt

// BaseExceptionGroup's split, subgroup and derive, and the matching step
// of except* (ExcGroupSplit) for codegen.

// egMatcher is the condition of split/subgroup: an exception type, a
// tuple of them, or a predicate.
type egMatcher func(e *Exc) (bool, *Exc)

func makeEGMatcher(cond Value) (egMatcher, *Exc) {
	if t, ok := cond.O.(*Type); ok && cond.K == KObj && t.isExc {
		return func(e *Exc) (bool, *Exc) { return e.Class.IsSubtype(t), nil }, nil
	}
	if tup, ok := cond.O.(*Tuple); ok && cond.K == KObj {
		for _, x := range tup.Items {
			if t, ok := x.O.(*Type); !ok || x.K != KObj || !t.isExc {
				return nil, TypeErrorf("expected a function, exception type or tuple of exception types")
			}
		}
		return func(e *Exc) (bool, *Exc) {
			for _, x := range tup.Items {
				if e.Class.IsSubtype(x.O.(*Type)) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	}
	if IsCallable(cond) {
		return func(e *Exc) (bool, *Exc) {
			r, err := Call(cond, []Value{Obj(e)}, nil)
			if err != nil {
				return false, err
			}
			return Truth(r)
		}, nil
	}
	return nil, TypeErrorf("expected a function, exception type or tuple of exception types")
}

// egDerive is eg.derive(excs) plus the copying of __traceback__,
// __cause__, __context__ and __notes__ that split/subgroup do.
func egDerive(eg *Exc, excs []Value) (*Exc, *Exc) {
	r, e := CallMethod(Obj(eg), "derive", []Value{NewList(excs...)}, nil)
	if e != nil {
		return nil, e
	}
	ne, ok := r.O.(*Exc)
	if !ok || !ne.Class.IsSubtype(ExcBaseExceptionGroup) {
		return nil, TypeErrorf("derive must return an instance of BaseExceptionGroup")
	}
	ne.Traceback = eg.Traceback
	ne.Cause, ne.Context, ne.SuppressContext = eg.Cause, eg.Context, eg.SuppressContext
	if notes, ok := eg.InstDict().GetStr("__notes__"); ok {
		ne.InstDict().SetStr("__notes__", notes)
	}
	return ne, nil
}

// egSplit splits e into the part matching and the rest (nil when empty),
// keeping the nesting structure.
func egSplit(e *Exc, match egMatcher, wantRest bool) (m, rest *Exc, err *Exc) {
	ok, err := match(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	members, isGroup := groupMembers(e)
	if !isGroup {
		return nil, e, nil
	}
	var ms, rs []Value
	for _, x := range members {
		sub, okx := x.O.(*Exc)
		if !okx {
			continue
		}
		a, b, err := egSplit(sub, match, wantRest)
		if err != nil {
			return nil, nil, err
		}
		if a != nil {
			ms = append(ms, Obj(a))
		}
		if b != nil && wantRest {
			rs = append(rs, Obj(b))
		}
	}
	if len(ms) > 0 {
		if m, err = egDerive(e, ms); err != nil {
			return nil, nil, err
		}
	}
	if len(rs) > 0 {
		if rest, err = egDerive(e, rs); err != nil {
			return nil, nil, err
		}
	}
	return m, rest, nil
}

// ExcGroupSplit is the matching step of `except* cls:` for the exception
// being handled: match is what the handler sees (a naked exception is
// wrapped in an ExceptionGroup with an empty message, as CPython does), rest what remains
// for the next handlers (nil when nothing).
func ExcGroupSplit(e *Exc, cls Value) (match, rest *Exc, err *Exc) {
	check := func(v Value) *Exc {
		t, ok := v.O.(*Type)
		if !ok || v.K != KObj || !t.isExc {
			return TypeErrorf("catching classes that do not inherit from BaseException is not allowed")
		}
		if t.IsSubtype(ExcBaseExceptionGroup) {
			return TypeErrorf("catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if tup, ok := cls.O.(*Tuple); ok && cls.K == KObj {
		for _, x := range tup.Items {
			if err := check(x); err != nil {
				return nil, nil, err
			}
		}
	} else if err := check(cls); err != nil {
		return nil, nil, err
	}
	m, _ := makeEGMatcher(cls)
	if _, isGroup := groupMembers(e); !isGroup {
		ok, err := m(e)
		if err != nil || !ok {
			return nil, e, err
		}
		// exception_group_match packs the naked exception in a tuple:
		// the group's repr shows (e,), not [e].
		g, err := Call(Obj(ExcBaseExceptionGroup), []Value{Str(""), NewTuple(Obj(e))}, nil)
		if err != nil {
			return nil, nil, err
		}
		ge := g.O.(*Exc)
		ge.Traceback = e.Traceback
		return ge, nil, nil
	}
	return egSplit(e, m, true)
}

func init() {
	g := ExcBaseExceptionGroup
	g.Method("derive", baseExceptionGroupDerive)
	g.Method("split", baseExceptionGroupSplit)
	g.Method("subgroup", baseExceptionGroupSubgroup)
}

// baseExceptionGroupDerive is BaseExceptionGroup.derive.
func baseExceptionGroupDerive(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("derive", args, kw, 1, 1); e != nil {
		return Null, e
	}
	msg, _ := self.O.(*Exc).InstDict().GetStr("message")
	return Call(Obj(ExcBaseExceptionGroup), []Value{msg, args[0]}, nil)
}

// baseExceptionGroupSplit is BaseExceptionGroup.split.
func baseExceptionGroupSplit(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("split", args, kw, 1, 1); e != nil {
		return Null, e
	}
	m, e := makeEGMatcher(args[0])
	if e != nil {
		return Null, e
	}
	a, b, e := egSplit(self.O.(*Exc), m, true)
	if e != nil {
		return Null, e
	}
	return NewTuple(excOrNone(a), excOrNone(b)), nil
}

// baseExceptionGroupSubgroup is BaseExceptionGroup.subgroup.
func baseExceptionGroupSubgroup(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("subgroup", args, kw, 1, 1); e != nil {
		return Null, e
	}
	m, e := makeEGMatcher(args[0])
	if e != nil {
		return Null, e
	}
	a, _, e := egSplit(self.O.(*Exc), m, false)
	if e != nil {
		return Null, e
	}
	return excOrNone(a), nil
}

func excOrNone(e *Exc) Value {
	if e == nil {
		return None
	}
	return Obj(e)
}

// leaves adds the non-group exceptions inside e to set.
func leaves(e *Exc, set map[*Exc]bool) {
	if members, ok := groupMembers(e); ok {
		for _, m := range members {
			if x, ok := m.O.(*Exc); ok {
				leaves(x, set)
			}
		}
		return
	}
	set[e] = true
}

// ExcGroupReraise is the last step of try/except* (CPython's
// _PyExc_PrepReraiseStar): orig is the exception that entered the try;
// excs are, in order, what each except* handler raised or re-raised
// (nil when it finished normally) and, last, the unmatched rest (nil if
// none). It returns the exception to propagate, or nil. Re-raised parts
// keep orig's structure; new exceptions are grouped with them in
// ExceptionGroup("", [...]) when there are two or more.
func ExcGroupReraise(orig *Exc, excs []*Exc) *Exc {
	if len(excs) == 0 {
		return nil
	}
	if _, isGroup := groupMembers(orig); !isGroup {
		// A naked exception was wrapped: one handler at most ran.
		for _, e := range excs {
			if e != nil {
				return e
			}
		}
		return nil
	}
	origLeaves := map[*Exc]bool{}
	leaves(orig, origLeaves)
	keep := map[*Exc]bool{}
	var raised []Value
	for _, e := range excs {
		if e == nil {
			continue
		}
		ls := map[*Exc]bool{}
		leaves(e, ls)
		reraise := false
		for l := range ls {
			if origLeaves[l] {
				reraise = true
				break
			}
		}
		if reraise {
			for l := range ls {
				keep[l] = true
			}
		} else {
			raised = append(raised, Obj(e))
		}
	}
	var reraised *Exc
	if len(keep) > 0 {
		m, _, err := egSplit(orig, func(e *Exc) (bool, *Exc) { return keep[e], nil }, false)
		if err != nil {
			return err
		}
		reraised = m
	}
	if reraised != nil {
		raised = append(raised, Obj(reraised))
	}
	switch len(raised) {
	case 0:
		return nil
	case 1:
		// _PyExc_PrepReraiseStar groups only two or more: a single
		// exception (raised or re-raised) propagates alone.
		return raised[0].O.(*Exc)
	}
	g, err := Call(Obj(ExcBaseExceptionGroup), []Value{Str(""), NewList(raised...)}, nil)
	if err != nil {
		return err
	}
	return g.O.(*Exc)
}
