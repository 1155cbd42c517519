package rt

// runners.py (asyncio.run), the event loop policy (get_event_loop,
// set_event_loop, new_event_loop) and executors (run_in_executor,
// to_thread).

// getEventLoop is events.get_event_loop (3.11.7: the running loop, else
// the policy's loop, created on first use in the main thread; no
// deprecation warning in this version).
func getEventLoop() (*Loop, *Exc) {
	t := CurrentThread()
	if l := runningLoop(); l != nil {
		return l, nil
	}
	if t.PolicyLoop == nil && !t.PolicySet && IsMainThread(t) {
		setEventLoop(newLoop())
	}
	if t.PolicyLoop == nil {
		return nil, ExcMsg(ExcRuntimeError, "There is no current event loop in thread '"+t.Name+"'.")
	}
	return t.PolicyLoop.(*Loop), nil
}

func setEventLoop(l *Loop) {
	CurrentThread().PolicySet = true
	if l == nil {
		CurrentThread().PolicyLoop = nil // not a nil *Loop: policy == nil must hold
		return
	}
	CurrentThread().PolicyLoop = l
}

// runningLoop is the running thread's running loop, nil if none.
func runningLoop() *Loop {
	l, _ := CurrentThread().RunningLoop.(*Loop)
	return l
}

// asyncioRun is asyncio.run(main) with runners.Runner's setup and
// teardown.
func asyncioRun(main Value, debug Value) (Value, *Exc) {
	if CurrentThread().RunningLoop != nil {
		// CPython leaves main unstarted: the never-awaited warning follows.
		e := ExcMsg(ExcRuntimeError, "asyncio.run() cannot be called from a running event loop")
		AddTraceback(e, codeRun, 186)
		return Null, e
	}
	if !isCoroutine(main) {
		return Null, ExcMsg(ExcValueError, "a coroutine was expected, got "+ReprOrErr(main))
	}
	l := newLoop()
	if debug.K == KBool {
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
	task, e := l.createTask(main, Null)
	if e != nil {
		return Null, e
	}
	r, e := l.runUntilComplete(Obj(task))
	if e != nil {
		AddTraceback(e, codeRunnerRun, 118)
		AddTraceback(e, codeRun, 190)
	}
	return r, e
}

// cancelAllTasks is runners._cancel_all_tasks.
func cancelAllTasks(l *Loop) {
	toCancel := l.allTasks()
	if len(toCancel) == 0 {
		return
	}
	vals := make([]Value, len(toCancel))
	for i, t := range toCancel {
		t.cancel(Null)
		vals[i] = Obj(t)
	}
	g, e := gather(vals, true)
	if e != nil {
		return
	}
	l.runUntilComplete(Obj(g))
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
	codeShutdownAG   = asyncioCode("BaseEventLoop.shutdown_asyncgens", "base_events.py", 539, CoroutineCode)
	codeShutdownExec = asyncioCode("BaseEventLoop.shutdown_default_executor", "base_events.py", 562, CoroutineCode)
)

func (l *Loop) shutdownAsyncgens() Value {
	return NewGenerator(codeShutdownAG, func() (Value, *Exc) {
		l.agShutdown = true
		closing := AsyncGenAcloses(l)
		if len(closing) == 0 {
			return None, nil
		}
		g, e := gather(closing, true)
		if e != nil {
			return Null, e
		}
		setLine(553)
		res, e := g.await()
		if e != nil {
			return Null, e
		}
		_ = res
		return None, nil
	})
}

func (l *Loop) shutdownDefaultExecutor() Value {
	return NewGenerator(codeShutdownExec, func() (Value, *Exc) {
		l.execShutdown = true
		if l.defaultExec == nil {
			return None, nil
		}
		fut := newFuture(l)
		ex := l.defaultExec
		ex.Shutdown(true)
		// The joining thread reports with call_soon_threadsafe.
		l.callSoonThreadsafe(func() *Exc { fut.setResult(None); return nil }, "Future.set_result(None)")
		setLine(573)
		_, e := fut.await()
		return None, e
	})
}

// runInExecutor is loop.run_in_executor(None or executor, fn, *args).
func (l *Loop) runInExecutor(ex *Executor, fn Value, args []Value) (*Future, *Exc) {
	if e := l.checkClosed(); e != nil {
		return nil, e
	}
	if ex == nil {
		if l.execShutdown {
			return nil, ExcMsg(ExcRuntimeError, "Executor shutdown has been called")
		}
		if l.defaultExec == nil {
			l.defaultExec = NewExecutor(0)
		}
		ex = l.defaultExec
	}
	fut := newFuture(l)
	ex.Submit(func() (Value, *Exc) { return Call(fn, args, nil) }, func(v Value, e *Exc) {
		if l.closed {
			return
		}
		l.callSoonThreadsafe(func() *Exc {
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
func toThread(fn Value, args []Value, kwnames []string) Value {
	return NewGenerator(codeToThread, func() (Value, *Exc) {
		l, e := getRunningLoop()
		if e != nil {
			return Null, e
		}
		ctx := CurrentThread().Context().Copy() // functools.partial(ctx.run, func, ...)
		call := NewBuiltin("partial", func([]Value, []string) (Value, *Exc) {
			var r Value
			e := ctx.RunIn(func() *Exc {
				var e *Exc
				r, e = Call(fn, args, kwnames)
				return e
			})
			return r, e
		})
		fut, e := l.runInExecutor(nil, call, nil)
		if e != nil {
			return Null, e
		}
		setLine(25)
		return fut.await()
	})
}
