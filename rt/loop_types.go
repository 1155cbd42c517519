package rt

// The Python-visible event loop object (_UnixSelectorEventLoop).

var LoopType = NewType("_UnixSelectorEventLoop", ObjectType)

func (l *Loop) Type() *Type { return LoopType }

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// pyCallback wraps a Python callable and its arguments as a Handle
// callback; the name is _format_callback's text.
func pyCallback(fn Value, args []Value) (func() *Exc, string) {
	name := formatCallbackName(fn, args)
	ctx := CurrentThread().Context().Copy() // Handle(context=None): contextvars.copy_context()
	return func() *Exc {
		return ctx.RunIn(func() *Exc {
			_, e := Call(fn, args, nil)
			return e
		})
	}, name
}

func formatCallbackName(fn Value, args []Value) string {
	s := ""
	if q, e := GetAttr(fn, "__qualname__"); e == nil {
		s, _ = AsStr(q)
	} else if n, e := GetAttr(fn, "__name__"); e == nil {
		s, _ = AsStr(n)
	} else {
		s = ReprOrErr(fn)
	}
	s += "("
	for i, a := range args {
		if i > 0 {
			s += ", "
		}
		s += reprlibRepr(a)
	}
	s += ")"
	if f, ok := fn.O.(*Function); ok && fn.K == KObj {
		s += " at " + AbsFilename(f.Code.Filename) + ":" + Itoa(f.Code.Line)
	}
	return s
}

func loopOf(v Value) *Loop { return v.O.(*Loop) }

func init() {
	LoopType.Module = "asyncio.unix_events"
	L := LoopType
	L.Repr = func(v Value) (string, *Exc) {
		l := loopOf(v)
		return "<_UnixSelectorEventLoop running=" + pyBool(l.running) + " closed=" + pyBool(l.closed) + " debug=" + pyBool(l.debug) + ">", nil
	}
	simple := func(name string, fn func(l *Loop) (Value, *Exc)) {
		L.Method(name, func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount(name, args, kw, 0, 0); e != nil {
				return Null, e
			}
			return fn(loopOf(self))
		})
	}
	simple("run_forever", func(l *Loop) (Value, *Exc) { return None, l.runForever() })
	simple("stop", func(l *Loop) (Value, *Exc) { l.stop(); return None, nil })
	simple("close", func(l *Loop) (Value, *Exc) { return None, l.close() })
	simple("is_running", func(l *Loop) (Value, *Exc) { return Bool(l.running), nil })
	simple("is_closed", func(l *Loop) (Value, *Exc) { return Bool(l.closed), nil })
	simple("time", func(l *Loop) (Value, *Exc) { return Float(l.time()), nil })
	simple("get_debug", func(l *Loop) (Value, *Exc) { return Bool(l.debug), nil })
	simple("create_future", func(l *Loop) (Value, *Exc) { return Obj(newFuture(l)), nil })
	simple("shutdown_asyncgens", func(l *Loop) (Value, *Exc) { return l.shutdownAsyncgens(), nil })
	simple("shutdown_default_executor", func(l *Loop) (Value, *Exc) { return l.shutdownDefaultExecutor(), nil })
	simple("get_exception_handler", func(l *Loop) (Value, *Exc) {
		if l.excHandler.IsNull() {
			return None, nil
		}
		return l.excHandler, nil
	})
	L.Method("set_exception_handler", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("set_exception_handler", args, kw, 1, 1); e != nil {
			return Null, e
		}
		loopOf(self).excHandler = args[0]
		return None, nil
	})
	L.Method("set_debug", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("set_debug", args, kw, 1, 1); e != nil {
			return Null, e
		}
		t, e := Truth(args[0])
		if e != nil {
			return Null, e
		}
		loopOf(self).debug = t
		return None, nil
	})
	L.Method("run_until_complete", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("run_until_complete", args, kw, 1, 1); e != nil {
			return Null, e
		}
		return loopOf(self).runUntilComplete(args[0])
	})
	L.Method("create_task", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
		if e != nil {
			return Null, e
		}
		t, e := loopOf(self).createTask(a[0], a[1])
		if e != nil {
			return Null, e
		}
		return Obj(t), nil
	})
	schedule := func(name string, timed, abs bool) {
		L.Method(name, func(self Value, args []Value, kw []string) (Value, *Exc) {
			n := len(args) - len(kw)
			for _, k := range kw {
				if k != "context" {
					return Null, TypeErrorf("%s() got an unexpected keyword argument '%s'", name, k)
				}
			}
			min := 1
			if timed {
				min = 2
			}
			if n < min {
				return Null, TypeErrorf("%s() missing required argument", name)
			}
			l := loopOf(self)
			var t float64
			if timed {
				var e *Exc
				if t, e = FloatArg(args[0]); e != nil {
					return Null, e
				}
				args = args[1:]
				n--
			}
			fn, cbArgs := args[0], append([]Value(nil), args[1:n]...)
			if fn.Type().Call == nil {
				return Null, TypeErrorf("a callable object is expected by %s(), got %s", name, ReprOrErr(fn))
			}
			run, desc := pyCallback(fn, cbArgs)
			var h *Handle
			var e *Exc
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
				return Null, e
			}
			h.cbValue = fn
			return Obj(h), nil
		})
	}
	schedule("call_soon", false, false)
	schedule("call_soon_threadsafe", false, false)
	schedule("call_later", true, false)
	schedule("call_at", true, true)
	L.Method("run_in_executor", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := NoKwargs("run_in_executor", kw); e != nil {
			return Null, e
		}
		if len(args) < 2 {
			return Null, TypeErrorf("run_in_executor() missing required arguments")
		}
		var ex *Executor
		if !args[0].IsNone() {
			ex, _ = args[0].O.(*Executor)
		}
		f, e := loopOf(self).runInExecutor(ex, args[1], append([]Value(nil), args[2:]...))
		if e != nil {
			return Null, e
		}
		return Obj(f), nil
	})
}
