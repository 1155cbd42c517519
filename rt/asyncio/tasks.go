package asyncio

import (
	"github.com/py2goasync/py2goasync/rt"
	pyconcurrent "github.com/py2goasync/py2goasync/rt/lib/concurrent"
)

// tasks.py's functions: sleep, gather, shield, wait_for, wait,
// as_completed, ensure_future. The async ones are native coroutines whose
// bodies follow tasks.py line by line (their awaits are rt.Await calls),
// so scheduling is CPython's.

func asyncioCode(name, file string, line int, kind rt.CodeKind) *rt.Code {
	return &rt.Code{Name: name, Qualname: name, Filename: rt.PylibDir + "/asyncio/" + file, Line: line, Kind: kind, Module: "asyncio"}
}

var (
	codeSleep      = asyncioCode("sleep", "tasks.py", 637, rt.CoroutineCode)
	codeSleep0     = asyncioCode("__sleep0", "tasks.py", 626, rt.GeneratorCode)
	codeWaitFor    = asyncioCode("wait_for", "tasks.py", 426, rt.CoroutineCode)
	codeWait       = asyncioCode("wait", "tasks.py", 384, rt.CoroutineCode)
	codeWaitInner  = asyncioCode("_wait", "tasks.py", 515, rt.CoroutineCode)
	codeCancelWait = asyncioCode("_cancel_and_wait", "tasks.py", 556, rt.CoroutineCode)
	codeWaitForOne = asyncioCode("as_completed.<locals>._wait_for_one", "tasks.py", 605, rt.CoroutineCode)
	codeAsCompl    = asyncioCode("as_completed", "tasks.py", 571, rt.GeneratorCode)
	codeToThread   = asyncioCode("to_thread", "threads.py", 12, rt.CoroutineCode)
)

func init() {
	codeWaitForOne.Name = "_wait_for_one"
}

// setLine records where a native coroutine is suspended (Task reprs).
func setLine(n int) { rt.CurrentLine(n) }

// getRunningLoop is events.get_running_loop.
func getRunningLoop() (*Loop, *rt.Exc) {
	if l := runningLoop(); l != nil {
		return l, nil
	}
	return nil, rt.ExcMsg(rt.ExcRuntimeError, "no running event loop")
}

// sleep0 is tasks.__sleep0: one bare yield, which Task.__step answers by
// rescheduling itself with call_soon.
func sleep0() *rt.Exc {
	d := rt.CurrentDriver()
	if d == nil {
		return rt.ExcMsg(rt.ExcRuntimeError, "await outside a coroutine")
	}
	_, e := d.Suspend(rt.None)
	return e
}

// asyncioSleep returns the coroutine object of asyncio.sleep(delay, result).
func asyncioSleep(delay, result rt.Value) rt.Value {
	return rt.NewGenerator(codeSleep, func() (rt.Value, *rt.Exc) {
		le, e := rt.Le(delay, rt.Int(0))
		if e != nil {
			return rt.Null, e
		}
		nonPos, e := rt.Truth(le)
		if e != nil {
			return rt.Null, e
		}
		if nonPos {
			setLine(640)
			if e := sleep0(); e != nil {
				return rt.Null, e
			}
			return result, nil
		}
		l, e := getRunningLoop()
		if e != nil {
			return rt.Null, e
		}
		d, e := rt.FloatArg(delay)
		if e != nil {
			return rt.Null, e
		}
		fut := newFuture(l)
		h, e := l.callLater(d, func() *rt.Exc { setResultUnlessCancelled(fut, result); return nil }, "_set_result_unless_cancelled")
		if e != nil {
			return rt.Null, e
		}
		h.cbName = "futures._set_result_unless_cancelled"
		setLine(649)
		r, e := fut.await()
		h.cancel()
		return r, e
	})
}

// isCoroutine is coroutines.iscoroutine.
func isCoroutine(v rt.Value) bool {
	g, ok := v.O.(*rt.Generator)
	return v.K == rt.KObj && ok && g.Kind == rt.CoroutineCode
}

// ensureFuture is tasks._ensure_future (loop nil: the current one).
func ensureFuture(v rt.Value, l *Loop) (*Future, *rt.Exc) {
	if f, ok := asFuture(v); ok {
		if l != nil && f.loop != l {
			return nil, rt.ExcMsg(rt.ExcValueError, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return f, nil
	}
	if !isCoroutine(v) {
		if rt.IsAwaitable(v) {
			inner := v
			v = rt.NewGenerator(asyncioCode("_wrap_awaitable", "tasks.py", 704, rt.CoroutineCode), func() (rt.Value, *rt.Exc) {
				return rt.Await(inner)
			})
			v.O.(*rt.Generator).Started() // not a user coroutine: never warn
		} else {
			return nil, rt.ExcMsg(rt.ExcTypeError, "An asyncio.Future, a coroutine or an awaitable is required")
		}
	}
	if l == nil {
		var e *rt.Exc
		l, e = getEventLoop()
		if e != nil {
			return nil, e
		}
	}
	t, e := l.createTask(v, rt.Null)
	if e != nil {
		return nil, e
	}
	return &t.Future, nil
}

// createTask is loop.create_task.
func (l *Loop) createTask(coro rt.Value, name rt.Value) (*Task, *rt.Exc) {
	if e := l.checkClosed(); e != nil {
		if g, ok := coro.O.(*rt.Generator); ok && coro.K == rt.KObj {
			g.Started() // CPython closes it: no never-awaited warning
		}
		return nil, e
	}
	return newTask(l, coro, name)
}

// gather is tasks.gather.
func gather(args []rt.Value, returnExceptions bool) (*Future, *rt.Exc) {
	if len(args) == 0 {
		l, e := getEventLoop()
		if e != nil {
			return nil, e
		}
		outer := newFuture(l)
		outer.setResult(rt.NewList())
		return outer, nil
	}
	var (
		children  []*Future
		nfuts     int
		nfinished int
		l         *Loop
		outer     *Future
		seen      = map[rt.Object]*Future{}
	)
	doneCB := &futCallback{name: "gather.<locals>._done_callback", src: rt.PylibSource("tasks.py", 764)}
	doneCB.fn = func(fut *Future) *rt.Exc {
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
			results := make([]rt.Value, 0, len(children))
			for _, c := range children {
				var r rt.Value
				if c.state == futCancelled {
					msg := c.cancelMsg
					if msg.IsNull() || msg.IsNone() {
						msg = rt.Str("")
					}
					r = rt.ExcValue(rt.NewExc(ExcCancelledError, msg))
				} else if c.exc != nil {
					c.logTraceback = false
					r = rt.ExcValue(c.exc)
				} else {
					r = c.res
				}
				results = append(results, r)
			}
			if outer.cancelReq {
				outer.setException(fut.makeCancelledError())
			} else {
				outer.setResult(rt.NewList(results...))
			}
		}
		return nil
	}
	for _, a := range args {
		var key rt.Object
		if a.K == rt.KObj {
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
		if f.task != nil && !(a.K == rt.KObj && a.O == rt.Object(f.task)) {
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
func shield(arg rt.Value) (*Future, *rt.Exc) {
	inner, e := ensureFuture(arg, nil)
	if e != nil {
		return nil, e
	}
	if inner.done() {
		return inner, nil
	}
	outer := newFuture(inner.loop)
	innerCB := &futCallback{name: "shield.<locals>._inner_done_callback", src: rt.PylibSource("tasks.py", 903)}
	innerCB.fn = func(in *Future) *rt.Exc {
		if outer.state == futCancelled {
			if in.state != futCancelled {
				in.logTraceback = false
			}
			return nil
		}
		if in.state == futCancelled {
			outer.cancel(rt.Null)
		} else if in.exc != nil {
			outer.setException(in.exc)
		} else {
			outer.setResult(in.res)
		}
		return nil
	}
	outerCB := &futCallback{name: "shield.<locals>._outer_done_callback", src: rt.PylibSource("tasks.py", 918)}
	outerCB.fn = func(*Future) *rt.Exc {
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
	return &futCallback{name: "functools.partial(<function _release_waiter at 0x…>)", fn: func(*Future) *rt.Exc {
		if !waiter.done() {
			waiter.setResult(rt.None)
		}
		return nil
	}}
}

// cancelAndWait is tasks._cancel_and_wait, run inline in the caller.
func cancelAndWait(fut *Future, l *Loop) *rt.Exc {
	waiter := newFuture(l)
	cb := releaseWaiterCB(waiter)
	fut.addCallback(cb)
	fut.cancel(rt.Null)
	_, e := waiter.await()
	fut.removeCallback(cb)
	return e
}

// waitFor is the coroutine of tasks.wait_for.
func waitFor(fv rt.Value, timeout rt.Value) rt.Value {
	return rt.NewGenerator(codeWaitFor, func() (rt.Value, *rt.Exc) {
		l, e := getRunningLoop()
		if e != nil {
			return rt.Null, e
		}
		if timeout.IsNull() || timeout.IsNone() {
			setLine(442)
			return rt.Await(fv)
		}
		to, e := rt.FloatArg(timeout)
		if e != nil {
			return rt.Null, e
		}
		if to <= 0 {
			fut, e := ensureFuture(fv, l)
			if e != nil {
				return rt.Null, e
			}
			if fut.done() {
				return fut.result()
			}
			return cancelForTimeout(fut, l, 450)
		}
		waiter := newFuture(l)
		th, e := l.callLater(to, func() *rt.Exc {
			if !waiter.done() {
				waiter.setResult(rt.None)
			}
			return nil
		}, "_release_waiter")
		if e != nil {
			return rt.Null, e
		}
		defer th.cancel()
		cb := releaseWaiterCB(waiter)
		fut, e := ensureFuture(fv, l)
		if e != nil {
			return rt.Null, e
		}
		fut.addCallback(cb)
		setLine(466)
		if _, e := waiter.await(); e != nil {
			if rt.IsExcInstance(e, ExcCancelledError) {
				if fut.done() {
					return fut.result()
				}
				fut.removeCallback(cb)
				if e2 := cancelAndWait(fut, l); e2 != nil {
					return rt.Null, e2
				}
			}
			return rt.Null, e
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
func cancelForTimeout(fut *Future, l *Loop, line int) (rt.Value, *rt.Exc) {
	setLine(line)
	if e := cancelAndWait(fut, l); e != nil {
		return rt.Null, e
	}
	r, e := fut.result()
	if e != nil && rt.IsExcInstance(e, ExcCancelledError) {
		return rt.Null, timeoutFrom(e)
	}
	return r, e
}

// timeoutFrom is `raise exceptions.TimeoutError() from exc`
// (asyncio.TimeoutError is builtins.TimeoutError in 3.11).
func timeoutFrom(cause *rt.Exc) *rt.Exc {
	t := rt.NewExc(rt.ExcTimeoutError)
	t.Cause = rt.ExcValue(cause)
	t.Context = rt.ExcValue(cause)
	t.SuppressContext = true
	return t
}

// wait is the coroutine of tasks.wait; fs are the (deduplicated)
// futures in the order given, the set order of docs/deterministic.md.
func wait(fs []*Future, timeout rt.Value, returnWhen string) rt.Value {
	return rt.NewGenerator(codeWait, func() (rt.Value, *rt.Exc) {
		l, e := getRunningLoop()
		if e != nil {
			return rt.Null, e
		}
		waiter := newFuture(l)
		var th *Handle
		if !timeout.IsNull() && !timeout.IsNone() {
			to, e := rt.FloatArg(timeout)
			if e != nil {
				return rt.Null, e
			}
			th, _ = l.callLater(to, func() *rt.Exc {
				if !waiter.done() {
					waiter.setResult(rt.None)
				}
				return nil
			}, "_release_waiter")
		}
		counter := len(fs)
		cb := &futCallback{name: "_wait.<locals>._on_completion", src: rt.PylibSource("tasks.py", 531)}
		cb.fn = func(f *Future) *rt.Exc {
			counter--
			if counter <= 0 || returnWhen == pyconcurrent.FirstCompleted ||
				(returnWhen == pyconcurrent.FirstException && f.state != futCancelled && f.exc != nil) {
				if th != nil {
					th.cancel()
				}
				if !waiter.done() {
					waiter.setResult(rt.None)
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
			return rt.Null, werr
		}
		var done, pending []rt.Value
		for _, f := range fs {
			if f.done() {
				done = append(done, f.value())
			} else {
				pending = append(pending, f.value())
			}
		}
		ds, e := newOrderedSet(done)
		if e != nil {
			return rt.Null, e
		}
		ps, e := newOrderedSet(pending)
		if e != nil {
			return rt.Null, e
		}
		return rt.NewTuple(ds, ps), nil
	})
}

// asCompleted is tasks.as_completed: a generator of coroutines.
func asCompleted(fsv []rt.Value, timeout rt.Value) (rt.Value, *rt.Exc) {
	l, e := getEventLoop()
	if e != nil {
		return rt.Null, e
	}
	done := newQueue(0)
	var todo []*Future
	seen := map[*Future]bool{}
	for _, v := range fsv {
		f, e := ensureFuture(v, l)
		if e != nil {
			return rt.Null, e
		}
		if !seen[f] {
			seen[f] = true
			todo = append(todo, f)
		}
	}
	var th *Handle
	onCompletion := &futCallback{name: "as_completed.<locals>._on_completion", src: rt.PylibSource("tasks.py", 597)}
	onCompletion.fn = func(f *Future) *rt.Exc {
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
		to, e := rt.FloatArg(timeout)
		if e != nil {
			return rt.Null, e
		}
		th, _ = l.callLater(to, func() *rt.Exc {
			for _, f := range todo {
				f.removeCallback(onCompletion)
				done.putNowait(rt.None)
			}
			todo = nil
			return nil
		}, "as_completed.<locals>._on_timeout")
	}
	n := len(todo)
	gen := rt.NewGenerator(codeAsCompl, func() (rt.Value, *rt.Exc) {
		for i := 0; i < n; i++ {
			one := rt.NewGenerator(codeWaitForOne, func() (rt.Value, *rt.Exc) {
				setLine(606)
				fv, e := rt.Await(done.get())
				if e != nil {
					return rt.Null, e
				}
				if fv.IsNone() {
					return rt.Null, rt.NewExc(rt.ExcTimeoutError)
				}
				f, _ := asFuture(fv)
				return f.result()
			})
			if _, e := rt.Yield(one); e != nil {
				return rt.Null, e
			}
		}
		return rt.None, nil
	})
	return gen, nil
}
