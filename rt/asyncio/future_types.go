package asyncio

import "github.com/py2goasync/py2goasync/rt"

// Python-visible methods of Future, Task, _GatheringFuture and Handle.

var (
	FutureType          = rt.NewType("Future", rt.ObjectType)
	TaskType            = rt.NewType("Task", FutureType)
	GatheringFutureType = rt.NewType("_GatheringFuture", FutureType)
	HandleType          = rt.NewType("Handle", rt.ObjectType)
	TimerHandleType     = rt.NewType("TimerHandle", HandleType)
)

func (h *Handle) Type() *rt.Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

func futOf(v rt.Value) *Future {
	f, _ := asFuture(v)
	return f
}

func noArgs(name string, fn func(f *Future) (rt.Value, *rt.Exc)) rt.NativeFunc {
	return func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount(name, args, kw, 0, 0); e != nil {
			return rt.Null, e
		}
		return fn(futOf(self))
	}
}

func msgArg(name string, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs(name, args, kw, []string{"msg"}, 0)
	if e != nil {
		return rt.Null, e
	}
	if a[0].IsNull() {
		return rt.None, nil
	}
	return a[0], nil
}

// taskOf returns the *Task the value holds.
func taskOf(v rt.Value) *Task { return v.O.(*Task) }

func init() {
	FutureType.Module = "_asyncio"
	TaskType.Module = "_asyncio"
	GatheringFutureType.Module = "asyncio.tasks"
	HandleType.Module = "asyncio.events"
	TimerHandleType.Module = "asyncio.events"

	FutureType.New = futureNew
	TaskType.New = taskNew
	for _, t := range []*rt.Type{FutureType, TaskType, GatheringFutureType} {
		t.Repr = futureRepr
	}
	F := FutureType
	F.Method("result", noArgs("result", futureResult))
	F.Method("exception", noArgs("exception", futureException))
	F.Method("done", noArgs("done", futureDone))
	F.Method("cancelled", noArgs("cancelled", futureCancelled))
	F.Method("get_loop", noArgs("get_loop", futureGetLoop))
	F.Method("cancel", futureCancel)
	F.Method("set_result", futureSetResult)
	F.Method("set_exception", futureSetException)
	F.Method("add_done_callback", futureAddDoneCallback)
	F.Method("remove_done_callback", futureRemoveDoneCallback)
	F.Method("__await__", futureAwait)
	F.Method("__iter__", futureIterDunder)
	F.GetSet("_asyncio_future_blocking", futureAsyncioFutureBlocking, futureSetAsyncioFutureBlocking)
	F.Getter("_loop", futureLoop)
	F.Getter("_state", futureState)

	T := TaskType
	T.Hash = taskHash
	T.Method("get_name", taskGetName)
	T.Method("set_name", taskSetName)
	T.Method("get_coro", taskGetCoro)
	T.Method("cancelling", taskCancelling)
	T.Method("uncancel", taskUncancel)
	T.Method("get_stack", taskGetStack)

	HandleType.Repr = handleRepr
	HandleType.Method("cancel", handleCancel)
	HandleType.Method("cancelled", handleCancelled)
	TimerHandleType.Method("when", timerHandleWhen)

	futureIterType.Iter = futureIterIter
	futureIterType.Next = futureIterNext
}

// futureNew is the New hook (__new__) of Future.
func futureNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("Future", args, kw, []string{"loop"}, 0)
	if e != nil {
		return rt.Null, e
	}
	var l *Loop
	if lo, ok := a[0].O.(*Loop); ok && a[0].K == rt.KObj {
		l = lo
	} else if l, e = getEventLoop(); e != nil {
		return rt.Null, e
	}
	return rt.Obj(newFuture(l)), nil
}

// taskNew is the New hook (__new__) of Task.
func taskNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("Task", args, kw, []string{"coro", "loop", "name", "context"}, 1)
	if e != nil {
		return rt.Null, e
	}
	var l *Loop
	if lo, ok := a[1].O.(*Loop); ok && a[1].K == rt.KObj {
		l = lo
	} else if l, e = getEventLoop(); e != nil {
		return rt.Null, e
	}
	t, e := newTask(l, a[0], a[2])
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(t), nil
}

// futureRepr is the Repr hook (__repr__) of Future (and Task, _GatheringFuture).
func futureRepr(v rt.Value) (string, *rt.Exc) { return futOf(v).repr(), nil }

// taskHash is the Hash hook (__hash__) of Task.
func taskHash(v rt.Value) (int64, *rt.Exc) { return int64(v.O.(*Task).seq), nil }

// handleRepr is the Repr hook (__repr__) of Handle.
func handleRepr(v rt.Value) (string, *rt.Exc) {
	h := v.O.(*Handle)
	info := []string{}
	if h.cancelled {
		info = append(info, "cancelled")
	}
	if h.timer {
		info = append(info, "when="+rt.ReprOrErr(rt.Float(h.when)))
	}
	if h.fn != nil {
		info = append(info, h.cbName)
	}
	s := "<" + h.Type().Name
	for _, x := range info {
		s += " " + x
	}
	return s + ">", nil
}

// futureIterIter is the Iter hook (__iter__) of FutureIter.
func futureIterIter(o rt.Value) (rt.Value, *rt.Exc) { return o, nil }

// futureIterNext is the Next hook (__next__) of FutureIter.
func futureIterNext(it rt.Value) (rt.Value, bool, *rt.Exc) {
	fi := it.O.(*futureIter)
	if fi.f == nil {
		return rt.Null, false, nil
	}
	f := fi.f
	if !f.done() && !fi.yielded {
		fi.yielded = true
		f.blocking = true
		return f.value(), true, nil
	}
	fi.f = nil
	if !f.done() {
		return rt.Null, false, rt.ExcMsg(rt.ExcRuntimeError, "await wasn't used with future")
	}
	r, e := f.result()
	if e != nil {
		return rt.Null, false, e
	}
	return rt.Null, false, rt.StopIterationOf(r)
}

// futureResult is Future.result.
func futureResult(f *Future) (rt.Value, *rt.Exc) { return f.result() }

// futureException is Future.exception.
func futureException(f *Future) (rt.Value, *rt.Exc) {
	e, err := f.exception()
	if err != nil {
		return rt.Null, err
	}
	if e == nil {
		return rt.None, nil
	}
	return rt.ExcValue(e), nil
}

// futureDone is Future.done.
func futureDone(f *Future) (rt.Value, *rt.Exc) { return rt.Bool(f.done()), nil }

// futureCancelled is Future.cancelled.
func futureCancelled(f *Future) (rt.Value, *rt.Exc) { return rt.Bool(f.state == futCancelled), nil }

// futureGetLoop is Future.get_loop.
func futureGetLoop(f *Future) (rt.Value, *rt.Exc) { return rt.Obj(f.loop), nil }

// futureCancel is Future.cancel.
func futureCancel(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	msg, e := msgArg("cancel", args, kw)
	if e != nil {
		return rt.Null, e
	}
	return rt.Bool(futOf(self).cancel(msg)), nil
}

// futureSetResult is Future.set_result.
func futureSetResult(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("set_result", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	f := futOf(self)
	if f.task != nil {
		return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "Task does not support set_result operation")
	}
	return rt.None, f.setResult(args[0])
}

// futureSetException is Future.set_exception.
func futureSetException(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("set_exception", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	f := futOf(self)
	if f.task != nil {
		return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "Task does not support set_exception operation")
	}
	ex := rt.ExcFromThrowArgs(args[:1])
	if ex.Class == rt.ExcTypeError && !rt.IsExcInstance(ex, rt.ExcTypeError) {
		return rt.Null, ex
	}
	return rt.None, f.setException(ex)
}

// futureAddDoneCallback is Future.add_done_callback.
func futureAddDoneCallback(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("add_done_callback", args, kw, []string{"fn", "context"}, 1)
	if e != nil {
		return rt.Null, e
	}
	futOf(self).addCallback(&futCallback{py: a[0], ctx: rt.CurrentThread().Context().Copy()})
	return rt.None, nil
}

// futureRemoveDoneCallback is Future.remove_done_callback.
func futureRemoveDoneCallback(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("remove_done_callback", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	n, e := futOf(self).removePyCallback(args[0])
	if e != nil {
		return rt.Null, e
	}
	return rt.Int(int64(n)), nil
}

// futureAwait is Future.__await__.
func futureAwait(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(&futureIter{f: futOf(self)}), nil
}

// futureIterDunder is Future.__iter__.
func futureIterDunder(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(&futureIter{f: futOf(self)}), nil
}

// futureAsyncioFutureBlocking is Future._asyncio_future_blocking.
func futureAsyncioFutureBlocking(v rt.Value) (rt.Value, *rt.Exc) {
	return rt.Bool(futOf(v).blocking), nil
}

// futureSetAsyncioFutureBlocking is the setter of Future._asyncio_future_blocking.
func futureSetAsyncioFutureBlocking(v, x rt.Value) *rt.Exc {
	t, e := rt.Truth(x)
	if e != nil {
		return e
	}
	futOf(v).blocking = t
	return nil
}

// futureLoop is Future._loop.
func futureLoop(v rt.Value) (rt.Value, *rt.Exc) { return rt.Obj(futOf(v).loop), nil }

// futureState is Future._state.
func futureState(v rt.Value) (rt.Value, *rt.Exc) { return rt.Str(futStateName[futOf(v).state]), nil }

// taskGetName is Task.get_name.
func taskGetName(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return taskOf(self).name, nil
}

// taskSetName is Task.set_name.
func taskSetName(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("set_name", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	s, e := rt.ToStr(args[0])
	if e != nil {
		return rt.Null, e
	}
	taskOf(self).name = rt.Str(s)
	return rt.None, nil
}

// taskGetCoro is Task.get_coro.
func taskGetCoro(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return taskOf(self).coro, nil
}

// taskCancelling is Task.cancelling.
func taskCancelling(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Int(int64(taskOf(self).numCancels)), nil
}

// taskUncancel is Task.uncancel.
func taskUncancel(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Int(int64(taskOf(self).uncancel())), nil
}

// taskGetStack is Task.get_stack.
func taskGetStack(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.NewList(), nil
}

// handleCancel is Handle.cancel.
func handleCancel(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	self.O.(*Handle).cancel()
	return rt.None, nil
}

// handleCancelled is Handle.cancelled.
func handleCancelled(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Bool(self.O.(*Handle).cancelled), nil
}

// timerHandleWhen is TimerHandle.when.
func timerHandleWhen(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Float(self.O.(*Handle).when), nil
}

// futureIter is Future.__await__()'s iterator (for classes whose __await__
// delegates to a future).
type futureIter struct {
	f       *Future
	yielded bool
}

// YieldFromNative implements rt's NativeAwaitIterator: yield from
// fut.__await__().
func (it *futureIter) YieldFromNative() (rt.Value, *rt.Exc) { return it.f.await() }

var futureIterType = rt.NewType("FutureIter", rt.ObjectType)

func (*futureIter) Type() *rt.Type { return futureIterType }
