package rt

// The with/async-with helpers of docs/rt-api.md ("with, async with, async
// for"): CPython 3.11's BEFORE_WITH / BEFORE_ASYNC_WITH and the exit call.

func withLookup(mgr Value, enter, exit, what string) (Value, Value, *Exc) {
	en, e := LookupSpecial(mgr, enter)
	if e != nil {
		return Null, Null, e
	}
	if en.IsNull() {
		return Null, Null, TypeErrorf("'%s' object does not support the %s protocol", mgr.TypeName(), what)
	}
	ex, e := LookupSpecial(mgr, exit)
	if e != nil {
		return Null, Null, e
	}
	if ex.IsNull() {
		return Null, Null, TypeErrorf("'%s' object does not support the %s protocol (missed %s method)", mgr.TypeName(), what, exit)
	}
	return en, ex, nil
}

// withEnter looks up the enter and exit methods and calls enter: what
// WithEnter and AsyncWithEnter share.
func withEnter(mgr Value, enter, exit, what string) (Value, Value, *Exc) {
	en, ex, e := withLookup(mgr, enter, exit, what)
	if e != nil {
		return Null, Null, e
	}
	v, e := Call(en, nil, nil)
	if e != nil {
		return Null, Null, e
	}
	return ex, v, nil
}

// WithEnter looks up __enter__/__exit__ and calls __enter__.
func WithEnter(mgr Value) (exit, value Value, exc *Exc) {
	return withEnter(mgr, "__enter__", "__exit__", "context manager")
}

// AsyncWithEnter looks up __aenter__/__aexit__ and calls __aenter__; the
// caller awaits the result.
func AsyncWithEnter(mgr Value) (exit, awaitable Value, exc *Exc) {
	return withEnter(mgr, "__aenter__", "__aexit__", "asynchronous context manager")
}

// WithExit calls exit(None, None, None), or exit(type(e), e, tb) when the
// block raised e.
func WithExit(exit Value, e *Exc) (Value, *Exc) {
	if e == nil {
		return Call(exit, []Value{None, None, None}, nil)
	}
	return Call(exit, []Value{Obj(e.Class), ExcValue(e), None}, nil)
}
