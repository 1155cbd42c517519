package asyncio

import "github.com/py2goasync/py2goasync/rt"

// runners.py (asyncio.run), the event loop policy (get_event_loop,
// set_event_loop, new_event_loop) and executors (run_in_executor,
// to_thread).

// getEventLoop is events.get_event_loop (3.11.7: the running loop, else
// the policy's loop, created on first use in the main thread; no
// deprecation warning in this version).
func getEventLoop() (*Loop, *rt.Exc) {
	t := rt.CurrentThread()
	if l := runningLoop(); l != nil {
		return l, nil
	}
	if t.PolicyLoop == nil && !t.PolicySet && rt.IsMainThread(t) {
		setEventLoop(newLoop())
	}
	if t.PolicyLoop == nil {
		return nil, rt.ExcMsg(rt.ExcRuntimeError, "There is no current event loop in thread '"+t.Name+"'.")
	}
	return t.PolicyLoop.(*Loop), nil
}

func setEventLoop(l *Loop) {
	rt.CurrentThread().PolicySet = true
	if l == nil {
		rt.CurrentThread().PolicyLoop = nil // not a nil *Loop: policy == nil must hold
		return
	}
	rt.CurrentThread().PolicyLoop = l
}

// runningLoop is the running thread's running loop, nil if none.
func runningLoop() *Loop {
	l, _ := rt.CurrentThread().RunningLoop.(*Loop)
	return l
}

// asyncioRun is asyncio.run(main) with runners.Runner's setup and
// teardown.
func asyncioRun(main rt.Value, debug rt.Value) (rt.Value, *rt.Exc) {
	if rt.CurrentThread().RunningLoop != nil {
		// CPython leaves main unstarted: the never-awaited warning follows.
		e := rt.ExcMsg(rt.ExcRuntimeError, "asyncio.run() cannot be called from a running event loop")
		rt.AddTraceback(e, codeRun, 186)
		return rt.Null, e
	}
	if !isCoroutine(main) {
		return rt.Null, rt.ExcMsg(rt.ExcValueError, "a coroutine was expected, got "+rt.ReprOrErr(main))
	}
	l := newLoop()
	if debug.K == rt.KBool {
		l.debug = debug.I != 0
	}
	setEventLoop(l)
	defer func() {
		// Runner.close
		cancelAllTasks(l)
		l.runUntilComplete(l.shutdownAsyncgens())
		l.runUntilComplete(l.shutdownDefaultExecutor())
		setEventLoop(nil)
		l.close()
	}()
	task, e := l.createTask(main, rt.Null)
	if e != nil {
		return rt.Null, e
	}
	r, e := l.runUntilComplete(rt.Obj(task))
	if e != nil {
		rt.AddTraceback(e, codeRunnerRun, 118)
		rt.AddTraceback(e, codeRun, 190)
	}
	return r, e
}

// cancelAllTasks is runners._cancel_all_tasks.
func cancelAllTasks(l *Loop) {
	toCancel := l.allTasks()
	if len(toCancel) == 0 {
		return
	}
	vals := make([]rt.Value, len(toCancel))
	for i, t := range toCancel {
		t.cancel(rt.Null)
		vals[i] = rt.Obj(t)
	}
	g, e := gather(vals, true)
	if e != nil {
		return
	}
	l.runUntilComplete(rt.Obj(g))
	for _, t := range toCancel {
		if t.state == futCancelled {
			continue
		}
		if t.exc != nil {
			l.callExceptionHandler("unhandled exception during asyncio.run() shutdown", t.exc, nil, &t.Future)
		}
	}
}

var (
	codeShutdownAG   = asyncioCode("BaseEventLoop.shutdown_asyncgens", "base_events.py", 539, rt.CoroutineCode)
	codeShutdownExec = asyncioCode("BaseEventLoop.shutdown_default_executor", "base_events.py", 562, rt.CoroutineCode)
)

func (l *Loop) shutdownAsyncgens() rt.Value {
	return rt.NewGenerator(codeShutdownAG, func() (rt.Value, *rt.Exc) {
		l.agShutdown = true
		closing := rt.AsyncGenAcloses(l)
		if len(closing) == 0 {
			return rt.None, nil
		}
		g, e := gather(closing, true)
		if e != nil {
			return rt.Null, e
		}
		setLine(553)
		res, e := g.await()
		if e != nil {
			return rt.Null, e
		}
		_ = res
		return rt.None, nil
	})
}

func (l *Loop) shutdownDefaultExecutor() rt.Value {
	return rt.NewGenerator(codeShutdownExec, func() (rt.Value, *rt.Exc) {
		l.execShutdown = true
		if l.defaultExec == nil {
			return rt.None, nil
		}
		fut := newFuture(l)
		ex := l.defaultExec
		ex.Shutdown(true)
		// The joining thread reports with call_soon_threadsafe.
		l.callSoonThreadsafe(func() *rt.Exc { fut.setResult(rt.None); return nil }, "Future.set_result(None)")
		setLine(573)
		_, e := fut.await()
		return rt.None, e
	})
}

// runInExecutor is loop.run_in_executor(None or executor, fn, *args).
func (l *Loop) runInExecutor(ex *rt.Executor, fn rt.Value, args []rt.Value) (*Future, *rt.Exc) {
	if e := l.checkClosed(); e != nil {
		return nil, e
	}
	if ex == nil {
		if l.execShutdown {
			return nil, rt.ExcMsg(rt.ExcRuntimeError, "Executor shutdown has been called")
		}
		if l.defaultExec == nil {
			l.defaultExec = rt.NewExecutor(0)
			l.defaultExec.NamePrefix = "asyncio" // its threads are asyncio_0, asyncio_1, ...
		}
		ex = l.defaultExec
	}
	fut := newFuture(l)
	ex.Submit(func() (rt.Value, *rt.Exc) { return rt.Call(fn, args, nil) }, func(v rt.Value, e *rt.Exc) {
		if l.closed {
			return
		}
		l.callSoonThreadsafe(func() *rt.Exc {
			if fut.state == futCancelled {
				return nil
			}
			if e != nil {
				fut.setException(e)
			} else {
				fut.setResult(v)
			}
			return nil
		}, "_chain_future.<locals>._set_state")
	})
	return fut, nil
}

// toThread is the coroutine of asyncio.to_thread(fn, *args, **kwargs).
func toThread(fn rt.Value, args []rt.Value, kwnames []string) rt.Value {
	return rt.NewGenerator(codeToThread, func() (rt.Value, *rt.Exc) {
		l, e := getRunningLoop()
		if e != nil {
			return rt.Null, e
		}
		ctx := rt.CurrentThread().Context().Copy() // functools.partial(ctx.run, func, ...)
		call := rt.NewBuiltin("partial", func([]rt.Value, []string) (rt.Value, *rt.Exc) {
			var r rt.Value
			e := ctx.RunIn(func() *rt.Exc {
				var e *rt.Exc
				r, e = rt.Call(fn, args, kwnames)
				return e
			})
			return r, e
		})
		fut, e := l.runInExecutor(nil, call, nil)
		if e != nil {
			return rt.Null, e
		}
		setLine(25)
		return fut.await()
	})
}
