package rt

// tasks.py's functions: sleep, gather, shield, wait_for, wait,
// as_completed, ensure_future. The async ones are native coroutines whose
// bodies follow tasks.py line by line (their awaits are rt.Await calls),
// so scheduling is CPython's.

func asyncioCode(name, file string, line int, kind CodeKind) *Code {
	return &Code{Name: name, Qualname: name, Filename: PylibDir + "/asyncio/" + file, Line: line, Kind: kind, Module: "asyncio"}
}

var (
	codeSleep      = asyncioCode("sleep", "tasks.py", 637, CoroutineCode)
	codeSleep0     = asyncioCode("__sleep0", "tasks.py", 626, GeneratorCode)
	codeWaitFor    = asyncioCode("wait_for", "tasks.py", 426, CoroutineCode)
	codeWait       = asyncioCode("wait", "tasks.py", 384, CoroutineCode)
	codeWaitInner  = asyncioCode("_wait", "tasks.py", 515, CoroutineCode)
	codeCancelWait = asyncioCode("_cancel_and_wait", "tasks.py", 556, CoroutineCode)
	codeWaitForOne = asyncioCode("as_completed.<locals>._wait_for_one", "tasks.py", 605, CoroutineCode)
	codeAsCompl    = asyncioCode("as_completed", "tasks.py", 571, GeneratorCode)
	codeToThread   = asyncioCode("to_thread", "threads.py", 12, CoroutineCode)
)

func init() {
	codeWaitForOne.Name = "_wait_for_one"
}

// setLine records where a native coroutine is suspended (Task reprs).
func setLine(n int) { CurrentLine(n) }

// getRunningLoop is events.get_running_loop.
func getRunningLoop() (*Loop, *Exc) {
	if l := runningLoop(); l != nil {
		return l, nil
	}
	return nil, ExcMsg(ExcRuntimeError, "no running event loop")
}

// sleep0 is tasks.__sleep0: one bare yield, which Task.__step answers by
// rescheduling itself with call_soon.
func sleep0() *Exc {
	d := CurrentDriver()
	if d == nil {
		return ExcMsg(ExcRuntimeError, "await outside a coroutine")
	}
	_, e := d.Suspend(None)
	return e
}

// asyncioSleep returns the coroutine object of asyncio.sleep(delay, result).
func asyncioSleep(delay, result Value) Value {
	return NewGenerator(codeSleep, func() (Value, *Exc) {
		le, e := Le(delay, Int(0))
		if e != nil {
			return Null, e
		}
		nonPos, e := Truth(le)
		if e != nil {
			return Null, e
		}
		if nonPos {
			setLine(640)
			if e := sleep0(); e != nil {
				return Null, e
			}
			return result, nil
		}
		l, e := getRunningLoop()
		if e != nil {
			return Null, e
		}
		d, e := FloatArg(delay)
		if e != nil {
			return Null, e
		}
		fut := newFuture(l)
		h, e := l.callLater(d, func() *Exc { setResultUnlessCancelled(fut, result); return nil }, "_set_result_unless_cancelled")
		if e != nil {
			return Null, e
		}
		h.cbName = "futures._set_result_unless_cancelled"
		setLine(649)
		r, e := fut.await()
		h.cancel()
		return r, e
	})
}

// isCoroutine is coroutines.iscoroutine.
func isCoroutine(v Value) bool {
	g, ok := v.O.(*Generator)
	return v.K == KObj && ok && g.Kind == CoroutineCode
}

// ensureFuture is tasks._ensure_future (loop nil: the current one).
func ensureFuture(v Value, l *Loop) (*Future, *Exc) {
	if f, ok := asFuture(v); ok {
		if l != nil && f.loop != l {
			return nil, ExcMsg(ExcValueError, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return f, nil
	}
	if !isCoroutine(v) {
		if IsAwaitable(v) {
			inner := v
			v = NewGenerator(asyncioCode("_wrap_awaitable", "tasks.py", 704, CoroutineCode), func() (Value, *Exc) {
				return Await(inner)
			})
			v.O.(*Generator).Started() // not a user coroutine: never warn
		} else {
			return nil, ExcMsg(ExcTypeError, "An asyncio.Future, a coroutine or an awaitable is required")
		}
	}
	if l == nil {
		var e *Exc
		l, e = getEventLoop()
		if e != nil {
			return nil, e
		}
	}
	t, e := l.createTask(v, Null)
	if e != nil {
		return nil, e
	}
	return &t.Future, nil
}

// createTask is loop.create_task.
func (l *Loop) createTask(coro Value, name Value) (*Task, *Exc) {
	if e := l.checkClosed(); e != nil {
		if g, ok := coro.O.(*Generator); ok && coro.K == KObj {
			g.Started() // CPython closes it: no never-awaited warning
		}
		return nil, e
	}
	return newTask(l, coro, name)
}

// gather is tasks.gather.
func gather(args []Value, returnExceptions bool) (*Future, *Exc) {
	if len(args) == 0 {
		l, e := getEventLoop()
		if e != nil {
			return nil, e
		}
		outer := newFuture(l)
		outer.setResult(NewList())
		return outer, nil
	}
	var (
		children  []*Future
		nfuts     int
		nfinished int
		l         *Loop
		outer     *Future
		seen      = map[Object]*Future{}
	)
	doneCB := &futCallback{name: "gather.<locals>._done_callback", src: PylibSource("tasks.py", 764)}
	doneCB.fn = func(fut *Future) *Exc {
		nfinished++
		if outer == nil || outer.done() {
			if fut.state != futCancelled {
				fut.logTraceback = false
			}
			return nil
		}
		if !returnExceptions {
			if fut.state == futCancelled {
				outer.setException(fut.makeCancelledError())
				return nil
			}
			if fut.exc != nil {
				fut.logTraceback = false
				outer.setException(fut.exc)
				return nil
			}
		}
		if nfinished == nfuts {
			results := make([]Value, 0, len(children))
			for _, c := range children {
				var r Value
				if c.state == futCancelled {
					msg := c.cancelMsg
					if msg.IsNull() || msg.IsNone() {
						msg = Str("")
					}
					r = ExcValue(NewExc(ExcCancelledError, msg))
				} else if c.exc != nil {
					c.logTraceback = false
					r = ExcValue(c.exc)
				} else {
					r = c.res
				}
				results = append(results, r)
			}
			if outer.cancelReq {
				outer.setException(fut.makeCancelledError())
			} else {
				outer.setResult(NewList(results...))
			}
		}
		return nil
	}
	for _, a := range args {
		var key Object
		if a.K == KObj {
			key = a.O
		}
		if f, ok := seen[key]; ok && key != nil {
			children = append(children, f)
			continue
		}
		f, e := ensureFuture(a, l)
		if e != nil {
			return nil, e
		}
		if l == nil {
			l = f.loop
		}
		if f.task != nil && !(a.K == KObj && a.O == Object(f.task)) {
			f.task.noLogPending = true
		}
		nfuts++
		if key != nil {
			seen[key] = f
		}
		f.addCallback(doneCB)
		children = append(children, f)
	}
	outer = newFuture(l)
	outer.isGather = true
	outer.gatherChildren = children
	return outer, nil
}

// shield is tasks.shield.
func shield(arg Value) (*Future, *Exc) {
	inner, e := ensureFuture(arg, nil)
	if e != nil {
		return nil, e
	}
	if inner.done() {
		return inner, nil
	}
	outer := newFuture(inner.loop)
	innerCB := &futCallback{name: "shield.<locals>._inner_done_callback", src: PylibSource("tasks.py", 903)}
	innerCB.fn = func(in *Future) *Exc {
		if outer.state == futCancelled {
			if in.state != futCancelled {
				in.logTraceback = false
			}
			return nil
		}
		if in.state == futCancelled {
			outer.cancel(Null)
		} else if in.exc != nil {
			outer.setException(in.exc)
		} else {
			outer.setResult(in.res)
		}
		return nil
	}
	outerCB := &futCallback{name: "shield.<locals>._outer_done_callback", src: PylibSource("tasks.py", 918)}
	outerCB.fn = func(*Future) *Exc {
		if !inner.done() {
			inner.removeCallback(innerCB)
		}
		return nil
	}
	inner.addCallback(innerCB)
	outer.addCallback(outerCB)
	return outer, nil
}

func releaseWaiterCB(waiter *Future) *futCallback {
	return &futCallback{name: "functools.partial(<function _release_waiter at 0x…>)", fn: func(*Future) *Exc {
		if !waiter.done() {
			waiter.setResult(None)
		}
		return nil
	}}
}

// cancelAndWait is tasks._cancel_and_wait, run inline in the caller.
func cancelAndWait(fut *Future, l *Loop) *Exc {
	waiter := newFuture(l)
	cb := releaseWaiterCB(waiter)
	fut.addCallback(cb)
	fut.cancel(Null)
	_, e := waiter.await()
	fut.removeCallback(cb)
	return e
}

// waitFor is the coroutine of tasks.wait_for.
func waitFor(fv Value, timeout Value) Value {
	return NewGenerator(codeWaitFor, func() (Value, *Exc) {
		l, e := getRunningLoop()
		if e != nil {
			return Null, e
		}
		if timeout.IsNull() || timeout.IsNone() {
			setLine(442)
			return Await(fv)
		}
		to, e := FloatArg(timeout)
		if e != nil {
			return Null, e
		}
		if to <= 0 {
			fut, e := ensureFuture(fv, l)
			if e != nil {
				return Null, e
			}
			if fut.done() {
				return fut.result()
			}
			return cancelForTimeout(fut, l, 450)
		}
		waiter := newFuture(l)
		th, e := l.callLater(to, func() *Exc {
			if !waiter.done() {
				waiter.setResult(None)
			}
			return nil
		}, "_release_waiter")
		if e != nil {
			return Null, e
		}
		defer th.cancel()
		cb := releaseWaiterCB(waiter)
		fut, e := ensureFuture(fv, l)
		if e != nil {
			return Null, e
		}
		fut.addCallback(cb)
		setLine(466)
		if _, e := waiter.await(); e != nil {
			if IsExcInstance(e, ExcCancelledError) {
				if fut.done() {
					return fut.result()
				}
				fut.removeCallback(cb)
				if e2 := cancelAndWait(fut, l); e2 != nil {
					return Null, e2
				}
			}
			return Null, e
		}
		if fut.done() {
			return fut.result()
		}
		fut.removeCallback(cb)
		return cancelForTimeout(fut, l, 479)
	})
}

// cancelForTimeout is wait_for's end on a timeout: cancel fut and wait
// for it (suspended at line), then return its result, a CancelledError
// becoming a TimeoutError raised from it.
func cancelForTimeout(fut *Future, l *Loop, line int) (Value, *Exc) {
	setLine(line)
	if e := cancelAndWait(fut, l); e != nil {
		return Null, e
	}
	r, e := fut.result()
	if e != nil && IsExcInstance(e, ExcCancelledError) {
		return Null, timeoutFrom(e)
	}
	return r, e
}

// timeoutFrom is `raise exceptions.TimeoutError() from exc`
// (asyncio.TimeoutError is builtins.TimeoutError in 3.11).
func timeoutFrom(cause *Exc) *Exc {
	t := NewExc(ExcTimeoutError)
	t.Cause = ExcValue(cause)
	t.Context = ExcValue(cause)
	t.SuppressContext = true
	return t
}

// wait is the coroutine of tasks.wait; fs are the (deduplicated)
// futures in the order given, the set order of docs/deterministic.md.
func wait(fs []*Future, timeout Value, returnWhen string) Value {
	return NewGenerator(codeWait, func() (Value, *Exc) {
		l, e := getRunningLoop()
		if e != nil {
			return Null, e
		}
		waiter := newFuture(l)
		var th *Handle
		if !timeout.IsNull() && !timeout.IsNone() {
			to, e := FloatArg(timeout)
			if e != nil {
				return Null, e
			}
			th, _ = l.callLater(to, func() *Exc {
				if !waiter.done() {
					waiter.setResult(None)
				}
				return nil
			}, "_release_waiter")
		}
		counter := len(fs)
		cb := &futCallback{name: "_wait.<locals>._on_completion", src: PylibSource("tasks.py", 531)}
		cb.fn = func(f *Future) *Exc {
			counter--
			if counter <= 0 || returnWhen == FirstCompleted ||
				(returnWhen == FirstException && f.state != futCancelled && f.exc != nil) {
				if th != nil {
					th.cancel()
				}
				if !waiter.done() {
					waiter.setResult(None)
				}
			}
			return nil
		}
		for _, f := range fs {
			f.addCallback(cb)
		}
		setLine(534)
		_, werr := waiter.await()
		if th != nil {
			th.cancel()
		}
		for _, f := range fs {
			f.removeCallback(cb)
		}
		if werr != nil {
			return Null, werr
		}
		var done, pending []Value
		for _, f := range fs {
			if f.done() {
				done = append(done, f.value())
			} else {
				pending = append(pending, f.value())
			}
		}
		ds, e := newOrderedSet(done)
		if e != nil {
			return Null, e
		}
		ps, e := newOrderedSet(pending)
		if e != nil {
			return Null, e
		}
		return NewTuple(ds, ps), nil
	})
}

// asCompleted is tasks.as_completed: a generator of coroutines.
func asCompleted(fsv []Value, timeout Value) (Value, *Exc) {
	l, e := getEventLoop()
	if e != nil {
		return Null, e
	}
	done := newQueue(0)
	var todo []*Future
	seen := map[*Future]bool{}
	for _, v := range fsv {
		f, e := ensureFuture(v, l)
		if e != nil {
			return Null, e
		}
		if !seen[f] {
			seen[f] = true
			todo = append(todo, f)
		}
	}
	var th *Handle
	onCompletion := &futCallback{name: "as_completed.<locals>._on_completion", src: PylibSource("tasks.py", 597)}
	onCompletion.fn = func(f *Future) *Exc {
		if len(todo) == 0 {
			return nil
		}
		for i, t := range todo {
			if t == f {
				todo = append(todo[:i], todo[i+1:]...)
				break
			}
		}
		done.putNowait(f.value())
		if len(todo) == 0 && th != nil {
			th.cancel()
		}
		return nil
	}
	for _, f := range todo {
		f.addCallback(onCompletion)
	}
	if len(todo) > 0 && !timeout.IsNull() && !timeout.IsNone() {
		to, e := FloatArg(timeout)
		if e != nil {
			return Null, e
		}
		th, _ = l.callLater(to, func() *Exc {
			for _, f := range todo {
				f.removeCallback(onCompletion)
				done.putNowait(None)
			}
			todo = nil
			return nil
		}, "as_completed.<locals>._on_timeout")
	}
	n := len(todo)
	gen := NewGenerator(codeAsCompl, func() (Value, *Exc) {
		for i := 0; i < n; i++ {
			one := NewGenerator(codeWaitForOne, func() (Value, *Exc) {
				setLine(606)
				fv, e := Await(done.get())
				if e != nil {
					return Null, e
				}
				if fv.IsNone() {
					return Null, NewExc(ExcTimeoutError)
				}
				f, _ := asFuture(fv)
				return f.result()
			})
			if _, e := Yield(one); e != nil {
				return Null, e
			}
		}
		return None, nil
	})
	return gen, nil
}
