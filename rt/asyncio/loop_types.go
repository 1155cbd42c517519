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
	L.Repr = loopRepr
	simple := func(name string, fn func(l *Loop) (rt.Value, *rt.Exc)) {
		L.Method(name, func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, 0, 0); e != nil {
				return rt.Null, e
			}
			return fn(loopOf(self))
		})
	}
	simple("run_forever", loopRunForever)
	simple("stop", loopStop)
	simple("close", loopClose)
	simple("is_running", loopIsRunning)
	simple("is_closed", loopIsClosed)
	simple("time", loopTime)
	simple("get_debug", loopGetDebug)
	simple("create_future", loopCreateFuture)
	simple("shutdown_asyncgens", loopShutdownAsyncgens)
	simple("shutdown_default_executor", loopShutdownDefaultExecutor)
	simple("get_exception_handler", loopGetExceptionHandler)
	L.Method("set_exception_handler", loopSetExceptionHandler)
	L.Method("set_debug", loopSetDebug)
	L.Method("run_until_complete", loopRunUntilComplete)
	L.Method("create_task", loopCreateTask)
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
	L.Method("run_in_executor", loopRunInExecutor)
}

// loopRepr is the Repr hook (__repr__) of _UnixSelectorEventLoop.
func loopRepr(v rt.Value) (string, *rt.Exc) {
	l := loopOf(v)
	return "<_UnixSelectorEventLoop running=" + pyBool(l.running) + " closed=" + pyBool(l.closed) + " debug=" + pyBool(l.debug) + ">", nil
}

// loopRunForever implements _UnixSelectorEventLoop.run_forever (through simple).
func loopRunForever(l *Loop) (rt.Value, *rt.Exc) { return rt.None, l.runForever() }

// loopStop implements _UnixSelectorEventLoop.stop (through simple).
func loopStop(l *Loop) (rt.Value, *rt.Exc) { l.stop(); return rt.None, nil }

// loopClose implements _UnixSelectorEventLoop.close (through simple).
func loopClose(l *Loop) (rt.Value, *rt.Exc) { return rt.None, l.close() }

// loopIsRunning implements _UnixSelectorEventLoop.is_running (through simple).
func loopIsRunning(l *Loop) (rt.Value, *rt.Exc) { return rt.Bool(l.running), nil }

// loopIsClosed implements _UnixSelectorEventLoop.is_closed (through simple).
func loopIsClosed(l *Loop) (rt.Value, *rt.Exc) { return rt.Bool(l.closed), nil }

// loopTime implements _UnixSelectorEventLoop.time (through simple).
func loopTime(l *Loop) (rt.Value, *rt.Exc) { return rt.Float(l.time()), nil }

// loopGetDebug implements _UnixSelectorEventLoop.get_debug (through simple).
func loopGetDebug(l *Loop) (rt.Value, *rt.Exc) { return rt.Bool(l.debug), nil }

// loopCreateFuture implements _UnixSelectorEventLoop.create_future (through simple).
func loopCreateFuture(l *Loop) (rt.Value, *rt.Exc) { return rt.Obj(newFuture(l)), nil }

// loopShutdownAsyncgens implements _UnixSelectorEventLoop.shutdown_asyncgens (through simple).
func loopShutdownAsyncgens(l *Loop) (rt.Value, *rt.Exc) { return l.shutdownAsyncgens(), nil }

// loopShutdownDefaultExecutor implements _UnixSelectorEventLoop.shutdown_default_executor (through simple).
func loopShutdownDefaultExecutor(l *Loop) (rt.Value, *rt.Exc) {
	return l.shutdownDefaultExecutor(), nil
}

// loopGetExceptionHandler implements _UnixSelectorEventLoop.get_exception_handler (through simple).
func loopGetExceptionHandler(l *Loop) (rt.Value, *rt.Exc) {
	if l.excHandler.IsNull() {
		return rt.None, nil
	}
	return l.excHandler, nil
}

// loopSetExceptionHandler is _UnixSelectorEventLoop.set_exception_handler.
func loopSetExceptionHandler(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("set_exception_handler", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	loopOf(self).excHandler = args[0]
	return rt.None, nil
}

// loopSetDebug is _UnixSelectorEventLoop.set_debug.
func loopSetDebug(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("set_debug", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	t, e := rt.Truth(args[0])
	if e != nil {
		return rt.Null, e
	}
	loopOf(self).debug = t
	return rt.None, nil
}

// loopRunUntilComplete is _UnixSelectorEventLoop.run_until_complete.
func loopRunUntilComplete(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("run_until_complete", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return loopOf(self).runUntilComplete(args[0])
}

// loopCreateTask is _UnixSelectorEventLoop.create_task.
func loopCreateTask(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
	if e != nil {
		return rt.Null, e
	}
	t, e := loopOf(self).createTask(a[0], a[1])
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(t), nil
}

// loopRunInExecutor is _UnixSelectorEventLoop.run_in_executor.
func loopRunInExecutor(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
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
}
