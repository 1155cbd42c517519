package rt

// contextlib.ExitStack and AsyncExitStack: exit callbacks run in LIFO
// order with CPython's __exit__ logic (a callback returning true
// suppresses the exception; one raising replaces it, with the previous
// exception as its __context__).

var (
	exitStackType      = NewType("ExitStack", ObjectType)
	asyncExitStackType = NewType("AsyncExitStack", ObjectType)
	codeAESExit        = ctxCode("AsyncExitStack.__aexit__", 696)
	codeAESEnter       = ctxCode("AsyncExitStack.enter_async_context", 637)
)

type exitCB struct {
	fn    Value // called with (typ, val, tb)
	async bool  // its result is awaited
}

type exitStack struct {
	typ   *Type
	cbs   []exitCB
	attrs *Dict
}

func (s *exitStack) Type() *Type { return s.typ }
func (s *exitStack) InstDict() *Dict {
	if s.attrs == nil {
		s.attrs = NewStrDict()
	}
	return s.attrs
}

// unwind runs the callbacks; await is non-nil in an async context.
func (s *exitStack) unwind(args []Value, await func(Value) (Value, *Exc)) (Value, *Exc) {
	details := []Value{None, None, None}
	copy(details, args)
	received := !details[0].IsNone()
	suppressed := false
	var pending *Exc
	for len(s.cbs) > 0 {
		cb := s.cbs[len(s.cbs)-1]
		s.cbs = s.cbs[:len(s.cbs)-1]
		r, e := Call(cb.fn, details, nil)
		if e == nil && cb.async {
			r, e = await(r)
		}
		if e == nil {
			if t, e2 := Truth(r); e2 != nil {
				e = e2
			} else if t {
				suppressed = true
				pending = nil
				details = []Value{None, None, None}
				continue
			} else {
				continue
			}
		}
		if old := details[1]; !old.IsNone() && !Is(ExcValue(e), old) {
			e.Context = old
		}
		pending = e
		details = []Value{Obj(e.Class), ExcValue(e), None}
	}
	if pending != nil {
		return Null, pending
	}
	return Bool(received && suppressed), nil
}

func init() {
	for _, t := range []*Type{exitStackType, asyncExitStackType} {
		t := t
		t.Module = "contextlib"
		t.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount(t.Name, args, kw, 0, 0); e != nil {
				return Null, e
			}
			return Obj(&exitStack{typ: cls}), nil
		}
		t.Init = func(Value, []Value, []string) *Exc { return nil }
		t.Method("enter_context", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("enter_context", args, kw, 1, 1); e != nil {
				return Null, e
			}
			exit, v, e := WithEnter(args[0])
			if e != nil {
				return Null, e
			}
			s := self.O.(*exitStack)
			s.cbs = append(s.cbs, exitCB{fn: exit})
			return v, nil
		})
		t.Method("push", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("push", args, kw, 1, 1); e != nil {
				return Null, e
			}
			fn := args[0]
			if ex, e := LookupSpecial(fn, "__exit__"); e == nil && !ex.IsNull() {
				fn = ex
			}
			s := self.O.(*exitStack)
			s.cbs = append(s.cbs, exitCB{fn: fn})
			return args[0], nil
		})
		t.Method("callback", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if len(args)-len(kw) < 1 {
				return Null, TypeErrorf("descriptor 'callback' of 'ExitStack' object needs an argument")
			}
			fn, rest := args[0], append([]Value(nil), args[1:]...)
			names := append([]string(nil), kw...)
			wrapper := NewBuiltin("_exit_wrapper", func([]Value, []string) (Value, *Exc) {
				_, e := Call(fn, rest, names)
				return None, e
			})
			s := self.O.(*exitStack)
			s.cbs = append(s.cbs, exitCB{fn: wrapper})
			return fn, nil
		})
		t.Method("pop_all", func(self Value, args []Value, kw []string) (Value, *Exc) {
			s := self.O.(*exitStack)
			n := &exitStack{typ: s.typ, cbs: s.cbs}
			s.cbs = nil
			return Obj(n), nil
		})
		t.Method("close", func(self Value, args []Value, kw []string) (Value, *Exc) {
			_, e := self.O.(*exitStack).unwind(nil, nil)
			return None, e
		})
	}
	exitStackType.Method("__enter__", func(self Value, args []Value, kw []string) (Value, *Exc) { return self, nil })
	exitStackType.Method("__exit__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return self.O.(*exitStack).unwind(args, nil)
	})

	a := asyncExitStackType
	a.Method("__aenter__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return NewNativeCoro(codeNullA, func() (Value, *Exc) { return self, nil }), nil
	})
	a.Method("__aexit__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		args = append([]Value(nil), args...)
		return NewNativeCoro(codeAESExit, func() (Value, *Exc) {
			return self.O.(*exitStack).unwind(args, Await)
		}), nil
	})
	a.Method("aclose", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return NewNativeCoro(codeAESExit, func() (Value, *Exc) {
			_, e := self.O.(*exitStack).unwind(nil, Await)
			return None, e
		}), nil
	})
	a.Method("enter_async_context", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("enter_async_context", args, kw, 1, 1); e != nil {
			return Null, e
		}
		cm := args[0]
		return NewNativeCoro(codeAESEnter, func() (Value, *Exc) {
			exit, aw, e := AsyncWithEnter(cm)
			if e != nil {
				return Null, e
			}
			v, e := Await(aw)
			if e != nil {
				return Null, e
			}
			s := self.O.(*exitStack)
			s.cbs = append(s.cbs, exitCB{fn: exit, async: true})
			return v, nil
		}), nil
	})
	a.Method("push_async_exit", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("push_async_exit", args, kw, 1, 1); e != nil {
			return Null, e
		}
		fn := args[0]
		if ex, e := LookupSpecial(fn, "__aexit__"); e == nil && !ex.IsNull() {
			fn = ex
		}
		s := self.O.(*exitStack)
		s.cbs = append(s.cbs, exitCB{fn: fn, async: true})
		return args[0], nil
	})
	a.Method("push_async_callback", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if len(args)-len(kw) < 1 {
			return Null, TypeErrorf("descriptor 'push_async_callback' of 'AsyncExitStack' object needs an argument")
		}
		fn, rest := args[0], append([]Value(nil), args[1:]...)
		names := append([]string(nil), kw...)
		wrapper := NewBuiltin("_exit_wrapper", func([]Value, []string) (Value, *Exc) {
			aw, e := Call(fn, rest, names)
			if e != nil {
				return Null, e
			}
			return NewNativeCoro(codeAESExit, func() (Value, *Exc) {
				_, e := Await(aw)
				return None, e
			}), nil
		})
		s := self.O.(*exitStack)
		s.cbs = append(s.cbs, exitCB{fn: wrapper, async: true})
		return fn, nil
	})
}
