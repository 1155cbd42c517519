package asyncio

import "github.com/py2goasync/py2goasync/rt"

// The Python-visible event loop object (_UnixSelectorEventLoop).

var LoopType = rt.NewType("_UnixSelectorEventLoop", rt.ObjectType)

func (l *Loop) Type() *rt.Type { return LoopType }

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// pyCallback wraps a Python callable and its arguments as a Handle
// callback; the name is _format_callback's text.
func pyCallback(fn rt.Value, args []rt.Value) (func() *rt.Exc, string) {
	name := formatCallbackName(fn, args)
	ctx := rt.CurrentThread().Context().Copy() // Handle(context=None): contextvars.copy_context()
	return func() *rt.Exc {
		return ctx.RunIn(func() *rt.Exc {
			_, e := rt.Call(fn, args, nil)
			return e
		})
	}, name
}

func formatCallbackName(fn rt.Value, args []rt.Value) string {
	s := ""
	if q, e := rt.GetAttr(fn, "__qualname__"); e == nil {
		s, _ = rt.AsStr(q)
	} else if n, e := rt.GetAttr(fn, "__name__"); e == nil {
		s, _ = rt.AsStr(n)
	} else {
		s = rt.ReprOrErr(fn)
	}
	s += "("
	for i, a := range args {
		if i > 0 {
			s += ", "
		}
		s += reprlibRepr(a)
	}
	s += ")"
	if f, ok := fn.O.(*rt.Function); ok && fn.K == rt.KObj {
		s += " at " + rt.AbsFilename(f.Code.Filename) + ":" + rt.Itoa(f.Code.Line)
	}
	return s
}

func loopOf(v rt.Value) *Loop { return v.O.(*Loop) }

func init() {
	LoopType.Module = "asyncio.unix_events"
	L := LoopType
	L.Repr = func(v rt.Value) (string, *rt.Exc) {
		l := loopOf(v)
		return "<_UnixSelectorEventLoop running=" + pyBool(l.running) + " closed=" + pyBool(l.closed) + " debug=" + pyBool(l.debug) + ">", nil
	}
	simple := func(name string, fn func(l *Loop) (rt.Value, *rt.Exc)) {
		L.Method(name, func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, 0, 0); e != nil {
				return rt.Null, e
			}
			return fn(loopOf(self))
		})
	}
	simple("run_forever", func(l *Loop) (rt.Value, *rt.Exc) { return rt.None, l.runForever() })
	simple("stop", func(l *Loop) (rt.Value, *rt.Exc) { l.stop(); return rt.None, nil })
	simple("close", func(l *Loop) (rt.Value, *rt.Exc) { return rt.None, l.close() })
	simple("is_running", func(l *Loop) (rt.Value, *rt.Exc) { return rt.Bool(l.running), nil })
	simple("is_closed", func(l *Loop) (rt.Value, *rt.Exc) { return rt.Bool(l.closed), nil })
	simple("time", func(l *Loop) (rt.Value, *rt.Exc) { return rt.Float(l.time()), nil })
	simple("get_debug", func(l *Loop) (rt.Value, *rt.Exc) { return rt.Bool(l.debug), nil })
	simple("create_future", func(l *Loop) (rt.Value, *rt.Exc) { return rt.Obj(newFuture(l)), nil })
	simple("shutdown_asyncgens", func(l *Loop) (rt.Value, *rt.Exc) { return l.shutdownAsyncgens(), nil })
	simple("shutdown_default_executor", func(l *Loop) (rt.Value, *rt.Exc) { return l.shutdownDefaultExecutor(), nil })
	simple("get_exception_handler", func(l *Loop) (rt.Value, *rt.Exc) {
		if l.excHandler.IsNull() {
			return rt.None, nil
		}
		return l.excHandler, nil
	})
	L.Method("set_exception_handler", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("set_exception_handler", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		loopOf(self).excHandler = args[0]
		return rt.None, nil
	})
	L.Method("set_debug", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("set_debug", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		t, e := rt.Truth(args[0])
		if e != nil {
			return rt.Null, e
		}
		loopOf(self).debug = t
		return rt.None, nil
	})
	L.Method("run_until_complete", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("run_until_complete", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		return loopOf(self).runUntilComplete(args[0])
	})
	L.Method("create_task", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		a, e := rt.ParseArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
		if e != nil {
			return rt.Null, e
		}
		t, e := loopOf(self).createTask(a[0], a[1])
		if e != nil {
			return rt.Null, e
		}
		return rt.Obj(t), nil
	})
	schedule := func(name string, timed, abs bool) {
		L.Method(name, func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			n := len(args) - len(kw)
			for _, k := range kw {
				if k != "context" {
					return rt.Null, rt.TypeErrorf("%s() got an unexpected keyword argument '%s'", name, k)
				}
			}
			min := 1
			if timed {
				min = 2
			}
			if n < min {
				return rt.Null, rt.TypeErrorf("%s() missing required argument", name)
			}
			l := loopOf(self)
			var t float64
			if timed {
				var e *rt.Exc
				if t, e = rt.FloatArg(args[0]); e != nil {
					return rt.Null, e
				}
				args = args[1:]
				n--
			}
			fn, cbArgs := args[0], append([]rt.Value(nil), args[1:n]...)
			if fn.Type().Call == nil {
				return rt.Null, rt.TypeErrorf("a callable object is expected by %s(), got %s", name, rt.ReprOrErr(fn))
			}
			run, desc := pyCallback(fn, cbArgs)
			var h *Handle
			var e *rt.Exc
			switch {
			case !timed && name == "call_soon_threadsafe":
				if e = l.checkClosed(); e == nil {
					l.callSoonThreadsafe(run, desc)
					h = l.tsq[len(l.tsq)-1]
				}
			case !timed:
				h, e = l.callSoon(run, desc)
			case abs:
				h, e = l.callAt(t, run, desc)
			default:
				h, e = l.callLater(t, run, desc)
			}
			if e != nil {
				return rt.Null, e
			}
			h.cbValue = fn
			return rt.Obj(h), nil
		})
	}
	schedule("call_soon", false, false)
	schedule("call_soon_threadsafe", false, false)
	schedule("call_later", true, false)
	schedule("call_at", true, true)
	L.Method("run_in_executor", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.NoKwargs("run_in_executor", kw); e != nil {
			return rt.Null, e
		}
		if len(args) < 2 {
			return rt.Null, rt.TypeErrorf("run_in_executor() missing required arguments")
		}
		var ex *rt.Executor
		if !args[0].IsNone() {
			ex, _ = args[0].O.(*rt.Executor)
		}
		f, e := loopOf(self).runInExecutor(ex, args[1], append([]rt.Value(nil), args[2:]...))
		if e != nil {
			return rt.Null, e
		}
		return rt.Obj(f), nil
	})
}
