package contextlib

import "github.com/py2goasync/py2goasync/rt"

// contextlib.ExitStack and AsyncExitStack: exit callbacks run in LIFO
// order with CPython's __exit__ logic (a callback returning true
// suppresses the exception; one raising replaces it, with the previous
// exception as its __context__).

var (
	exitStackType      = rt.NewType("ExitStack", rt.ObjectType)
	asyncExitStackType = rt.NewType("AsyncExitStack", rt.ObjectType)
	codeAESExit        = ctxCode("AsyncExitStack.__aexit__", 696)
	codeAESEnter       = ctxCode("AsyncExitStack.enter_async_context", 637)
)

type exitCB struct {
	fn    rt.Value // called with (typ, val, tb)
	async bool     // its result is awaited
}

type exitStack struct {
	typ   *rt.Type
	cbs   []exitCB
	attrs *rt.Dict
}

func (s *exitStack) Type() *rt.Type { return s.typ }
func (s *exitStack) InstDict() *rt.Dict {
	if s.attrs == nil {
		s.attrs = rt.NewStrDict()
	}
	return s.attrs
}

// unwind runs the callbacks; await is non-nil in an async context.
func (s *exitStack) unwind(args []rt.Value, await func(rt.Value) (rt.Value, *rt.Exc)) (rt.Value, *rt.Exc) {
	details := []rt.Value{rt.None, rt.None, rt.None}
	copy(details, args)
	received := !details[0].IsNone()
	suppressed := false
	var pending *rt.Exc
	for len(s.cbs) > 0 {
		cb := s.cbs[len(s.cbs)-1]
		s.cbs = s.cbs[:len(s.cbs)-1]
		r, e := rt.Call(cb.fn, details, nil)
		if e == nil && cb.async {
			r, e = await(r)
		}
		if e == nil {
			if t, e2 := rt.Truth(r); e2 != nil {
				e = e2
			} else if t {
				suppressed = true
				pending = nil
				details = []rt.Value{rt.None, rt.None, rt.None}
				continue
			} else {
				continue
			}
		}
		if old := details[1]; !old.IsNone() && !rt.Is(rt.ExcValue(e), old) {
			e.Context = old
		}
		pending = e
		details = []rt.Value{rt.Obj(e.Class), rt.ExcValue(e), rt.None}
	}
	if pending != nil {
		return rt.Null, pending
	}
	return rt.Bool(received && suppressed), nil
}

func init() {
	for _, t := range []*rt.Type{exitStackType, asyncExitStackType} {
		t := t
		t.Module = "contextlib"
		t.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(t.Name, args, kw, 0, 0); e != nil {
				return rt.Null, e
			}
			return rt.Obj(&exitStack{typ: cls}), nil
		}
		t.Init = exitStackInit
		t.Method("enter_context", exitStackEnterContext)
		t.Method("push", exitStackPush)
		t.Method("callback", exitStackCallback)
		t.Method("pop_all", exitStackPopAll)
		t.Method("close", exitStackClose)
	}
	exitStackType.Method("__enter__", exitStackEnter)
	exitStackType.Method("__exit__", exitStackExit)

	a := asyncExitStackType
	a.Method("__aenter__", asyncExitStackAenter)
	a.Method("__aexit__", asyncExitStackAexit)
	a.Method("aclose", asyncExitStackAclose)
	a.Method("enter_async_context", asyncExitStackEnterAsyncContext)
	a.Method("push_async_exit", asyncExitStackPushAsyncExit)
	a.Method("push_async_callback", asyncExitStackPushAsyncCallback)
}

// exitStackInit is the Init hook (__init__) of ExitStack (and AsyncExitStack).
func exitStackInit(rt.Value, []rt.Value, []string) *rt.Exc { return nil }

// exitStackEnterContext is ExitStack.enter_context (and AsyncExitStack).
func exitStackEnterContext(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("enter_context", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	exit, v, e := rt.WithEnter(args[0])
	if e != nil {
		return rt.Null, e
	}
	s := self.O.(*exitStack)
	s.cbs = append(s.cbs, exitCB{fn: exit})
	return v, nil
}

// exitStackPush is ExitStack.push (and AsyncExitStack).
func exitStackPush(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("push", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	fn := args[0]
	if ex, e := rt.LookupSpecial(fn, "__exit__"); e == nil && !ex.IsNull() {
		fn = ex
	}
	s := self.O.(*exitStack)
	s.cbs = append(s.cbs, exitCB{fn: fn})
	return args[0], nil
}

// exitStackCallback is ExitStack.callback (and AsyncExitStack).
func exitStackCallback(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) < 1 {
		return rt.Null, rt.TypeErrorf("descriptor 'callback' of 'ExitStack' object needs an argument")
	}
	fn, rest := args[0], append([]rt.Value(nil), args[1:]...)
	names := append([]string(nil), kw...)
	wrapper := rt.NewBuiltin("_exit_wrapper", func([]rt.Value, []string) (rt.Value, *rt.Exc) {
		_, e := rt.Call(fn, rest, names)
		return rt.None, e
	})
	s := self.O.(*exitStack)
	s.cbs = append(s.cbs, exitCB{fn: wrapper})
	return fn, nil
}

// exitStackPopAll is ExitStack.pop_all (and AsyncExitStack).
func exitStackPopAll(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	s := self.O.(*exitStack)
	n := &exitStack{typ: s.typ, cbs: s.cbs}
	s.cbs = nil
	return rt.Obj(n), nil
}

// exitStackClose is ExitStack.close (and AsyncExitStack).
func exitStackClose(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	_, e := self.O.(*exitStack).unwind(nil, nil)
	return rt.None, e
}

// exitStackEnter is ExitStack.__enter__.
func exitStackEnter(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return self, nil
}

// exitStackExit is ExitStack.__exit__.
func exitStackExit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return self.O.(*exitStack).unwind(args, nil)
}

// asyncExitStackAenter is AsyncExitStack.__aenter__.
func asyncExitStackAenter(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.NewNativeCoro(codeNullA, func() (rt.Value, *rt.Exc) { return self, nil }), nil
}

// asyncExitStackAexit is AsyncExitStack.__aexit__.
func asyncExitStackAexit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	args = append([]rt.Value(nil), args...)
	return rt.NewNativeCoro(codeAESExit, func() (rt.Value, *rt.Exc) {
		return self.O.(*exitStack).unwind(args, rt.Await)
	}), nil
}

// asyncExitStackAclose is AsyncExitStack.aclose.
func asyncExitStackAclose(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.NewNativeCoro(codeAESExit, func() (rt.Value, *rt.Exc) {
		_, e := self.O.(*exitStack).unwind(nil, rt.Await)
		return rt.None, e
	}), nil
}

// asyncExitStackEnterAsyncContext is AsyncExitStack.enter_async_context.
func asyncExitStackEnterAsyncContext(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("enter_async_context", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	cm := args[0]
	return rt.NewNativeCoro(codeAESEnter, func() (rt.Value, *rt.Exc) {
		exit, aw, e := rt.AsyncWithEnter(cm)
		if e != nil {
			return rt.Null, e
		}
		v, e := rt.Await(aw)
		if e != nil {
			return rt.Null, e
		}
		s := self.O.(*exitStack)
		s.cbs = append(s.cbs, exitCB{fn: exit, async: true})
		return v, nil
	}), nil
}

// asyncExitStackPushAsyncExit is AsyncExitStack.push_async_exit.
func asyncExitStackPushAsyncExit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("push_async_exit", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	fn := args[0]
	if ex, e := rt.LookupSpecial(fn, "__aexit__"); e == nil && !ex.IsNull() {
		fn = ex
	}
	s := self.O.(*exitStack)
	s.cbs = append(s.cbs, exitCB{fn: fn, async: true})
	return args[0], nil
}

// asyncExitStackPushAsyncCallback is AsyncExitStack.push_async_callback.
func asyncExitStackPushAsyncCallback(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) < 1 {
		return rt.Null, rt.TypeErrorf("descriptor 'push_async_callback' of 'AsyncExitStack' object needs an argument")
	}
	fn, rest := args[0], append([]rt.Value(nil), args[1:]...)
	names := append([]string(nil), kw...)
	wrapper := rt.NewBuiltin("_exit_wrapper", func([]rt.Value, []string) (rt.Value, *rt.Exc) {
		aw, e := rt.Call(fn, rest, names)
		if e != nil {
			return rt.Null, e
		}
		return rt.NewNativeCoro(codeAESExit, func() (rt.Value, *rt.Exc) {
			_, e := rt.Await(aw)
			return rt.None, e
		}), nil
	})
	s := self.O.(*exitStack)
	s.cbs = append(s.cbs, exitCB{fn: wrapper, async: true})
	return fn, nil
}
