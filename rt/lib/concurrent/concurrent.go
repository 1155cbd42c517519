package concurrent

import (
	"github.com/py2goasync/py2goasync/rt"
	pyitertools "github.com/py2goasync/py2goasync/rt/lib/itertools"
)

// concurrent.futures: ThreadPoolExecutor (and ProcessPoolExecutor, run on
// threads: same results, no pickling) and its Future, for
// loop.run_in_executor(pool, ...) and plain submit/result use.
//
// A job submitted while an event loop runs in the submitting thread is a
// tracked worker (thread.go, docs/deterministic.md). A job submitted with
// no running loop runs to completion at once, in its own Python thread
// state: CPython would run it concurrently, an order no golden can fix,
// and running it at submit gives the order of a worker that starts
// immediately.

var (
	ProcessPoolExecutorType = rt.NewType("ProcessPoolExecutor", rt.ExecutorType)
	CCFutureType            = rt.NewType("Future", rt.ObjectType)
)

type ccFuture struct {
	done      bool
	cancelled bool
	res       rt.Value
	exc       *rt.Exc
	callbacks []rt.Value
	wait      chan struct{}
}

// The return_when values of wait (asyncio.tasks takes them from here).
const (
	FirstCompleted = "FIRST_COMPLETED"
	FirstException = "FIRST_EXCEPTION"
	AllCompleted   = "ALL_COMPLETED"
)

func (*ccFuture) Type() *rt.Type { return CCFutureType }

func newCCFuture() *ccFuture { return &ccFuture{wait: make(chan struct{})} }

// finish stores the outcome and runs the done callbacks (on the thread
// that finished it, as CPython does).
func (f *ccFuture) finish(v rt.Value, e *rt.Exc) {
	if f.done {
		return
	}
	f.res, f.exc, f.done = v, e, true
	close(f.wait)
	for _, cb := range f.callbacks {
		rt.Call(cb, []rt.Value{rt.Obj(f)}, nil)
	}
	f.callbacks = nil
}

func (f *ccFuture) result() (rt.Value, *rt.Exc) {
	if !f.done {
		t := rt.GilRelease()
		<-f.wait
		rt.GilAcquire(t)
	}
	if f.cancelled {
		return rt.Null, rt.NewExc(ccCancelledError)
	}
	if f.exc != nil {
		return rt.Null, f.exc
	}
	return f.res, nil
}

var ccCancelledError = func() *rt.Type {
	t := rt.NewType("CancelledError", rt.ExcException)
	t.Module = "concurrent.futures._base"
	return t
}()

func submitPy(x *rt.Executor, fn rt.Value, args []rt.Value, kw []string) (*ccFuture, *rt.Exc) {
	if x.Shut {
		return nil, rt.ExcMsg(rt.ExcRuntimeError, "cannot schedule new futures after shutdown")
	}
	f := newCCFuture()
	call := func() (rt.Value, *rt.Exc) { return rt.Call(fn, args, kw) }
	if rt.CurrentThread().RunningLoop != nil {
		x.Submit(call, f.finish)
		return f, nil
	}
	x.RunInline(call, f.finish)
	return f, nil
}

// ccFutureOf returns the *ccFuture the value holds.
func ccFutureOf(v rt.Value) *ccFuture { return v.O.(*ccFuture) }

func init() {
	rt.ExecutorType.Module = "concurrent.futures.thread"
	ProcessPoolExecutorType.Module = "concurrent.futures.process"
	CCFutureType.Module = "concurrent.futures._base"
	X := rt.ExecutorType
	X.New = threadPoolExecutorNew
	X.Init = threadPoolExecutorInit
	X.Method("submit", threadPoolExecutorSubmit)
	X.Method("map", threadPoolExecutorMap)
	X.Method("shutdown", threadPoolExecutorShutdown)
	X.Method("__enter__", threadPoolExecutorEnter)
	X.Method("__exit__", threadPoolExecutorExit)

	F := CCFutureType
	F.Repr = futureRepr
	F.Method("result", futureResult)
	F.Method("exception", futureException)
	F.Method("done", futureDone)
	F.Method("running", futureRunning)
	F.Method("cancelled", futureCancelled)
	F.Method("cancel", futureCancel)
	F.Method("add_done_callback", futureAddDoneCallback)

	m := rt.DefineModule("concurrent.futures")
	m.Set("ThreadPoolExecutor", rt.Obj(rt.ExecutorType))
	m.Set("ProcessPoolExecutor", rt.Obj(ProcessPoolExecutorType))
	m.Set("Future", rt.Obj(CCFutureType))
	m.Set("CancelledError", rt.Obj(ccCancelledError))
	m.Set("TimeoutError", rt.Obj(rt.ExcTimeoutError))
	m.Set("FIRST_COMPLETED", rt.Str(FirstCompleted))
	m.Set("FIRST_EXCEPTION", rt.Str(FirstException))
	m.Set("ALL_COMPLETED", rt.Str(AllCompleted))
	m.Fn("as_completed", concurrentFuturesAsCompleted)
	rt.DefineModule("concurrent")
}

// threadPoolExecutorNew is the New hook (__new__) of ThreadPoolExecutor.
func threadPoolExecutorNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs(cls.Name, args, kw, []string{"max_workers", "thread_name_prefix", "initializer", "initargs"}, 0)
	if e != nil {
		return rt.Null, e
	}
	n := 0
	if !a[0].IsNull() && !a[0].IsNone() {
		iv, e := rt.Index(a[0])
		if e != nil {
			return rt.Null, e
		}
		if iv.I <= 0 {
			return rt.Null, rt.ValueErrorf("max_workers must be greater than 0")
		}
		n = int(iv.I)
	} else if cls.IsSubtype(ProcessPoolExecutorType) {
		n = 2 // os.cpu_count() on the recording machine
	}
	x := rt.NewExecutor(n)
	x.Typ = cls
	if s, ok := rt.AsStr(a[1]); ok {
		x.NamePrefix = s
	}
	return rt.Obj(x), nil
}

// threadPoolExecutorInit is the Init hook (__init__) of ThreadPoolExecutor.
func threadPoolExecutorInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// futureRepr is the Repr hook (__repr__) of Future.
func futureRepr(v rt.Value) (string, *rt.Exc) {
	f := ccFutureOf(v)
	s := "<Future at " + rt.AddrOf(v) + " state="
	switch {
	case f.cancelled:
		s += "cancelled"
	case !f.done:
		s += "running"
	case f.exc != nil:
		s += "finished raised " + f.exc.Class.Name
	default:
		s += "finished returned " + v.TypeName()
		s = "<Future at " + rt.AddrOf(v) + " state=finished returned " + f.res.TypeName()
	}
	return s + ">", nil
}

// threadPoolExecutorSubmit is ThreadPoolExecutor.submit.
func threadPoolExecutorSubmit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) < 1 {
		return rt.Null, rt.TypeErrorf("submit expected at least 1 argument, got 0")
	}
	f, e := submitPy(self.O.(*rt.Executor), args[0], append([]rt.Value(nil), args[1:]...), kw)
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(f), nil
}

// threadPoolExecutorMap is ThreadPoolExecutor.map.
func threadPoolExecutorMap(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args) < 2 {
		return rt.Null, rt.TypeErrorf("map() requires a function and an iterable")
	}
	x := self.O.(*rt.Executor)
	var its [][]rt.Value
	for _, a := range args[1 : len(args)-len(kw)] {
		vs, e := rt.IterValues(a)
		if e != nil {
			return rt.Null, e
		}
		its = append(its, vs)
	}
	var futs []*ccFuture
	for i := 0; ; i++ {
		var cargs []rt.Value
		for _, vs := range its {
			if i >= len(vs) {
				goto done
			}
			cargs = append(cargs, vs[i])
		}
		f, e := submitPy(x, args[0], cargs, nil)
		if e != nil {
			return rt.Null, e
		}
		futs = append(futs, f)
	}
done:
	k := 0
	return rt.NewGoIter(pyitertools.ChainType, func() (rt.Value, bool, *rt.Exc) {
		if k >= len(futs) {
			return rt.Null, false, nil
		}
		k++
		v, e := futs[k-1].result()
		return v, e == nil, e
	}), nil
}

// threadPoolExecutorShutdown is ThreadPoolExecutor.shutdown.
func threadPoolExecutorShutdown(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	self.O.(*rt.Executor).Shutdown(true)
	return rt.None, nil
}

// threadPoolExecutorEnter is ThreadPoolExecutor.__enter__.
func threadPoolExecutorEnter(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return self, nil
}

// threadPoolExecutorExit is ThreadPoolExecutor.__exit__.
func threadPoolExecutorExit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	self.O.(*rt.Executor).Shutdown(true)
	return rt.False, nil
}

// futureResult is Future.result.
func futureResult(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return ccFutureOf(self).result()
}

// futureException is Future.exception.
func futureException(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	f := ccFutureOf(self)
	if _, e := f.result(); e != nil && e != f.exc {
		return rt.Null, e
	}
	if f.exc == nil {
		return rt.None, nil
	}
	return rt.ExcValue(f.exc), nil
}

// futureDone is Future.done.
func futureDone(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Bool(ccFutureOf(self).done), nil
}

// futureRunning is Future.running.
func futureRunning(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Bool(!ccFutureOf(self).done), nil
}

// futureCancelled is Future.cancelled.
func futureCancelled(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Bool(ccFutureOf(self).cancelled), nil
}

// futureCancel is Future.cancel.
func futureCancel(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.False, nil
}

// futureAddDoneCallback is Future.add_done_callback.
func futureAddDoneCallback(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("add_done_callback", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	f := ccFutureOf(self)
	if f.done {
		_, e := rt.Call(args[0], []rt.Value{self}, nil)
		return rt.None, e
	}
	f.callbacks = append(f.callbacks, args[0])
	return rt.None, nil
}

// concurrentFuturesAsCompleted is concurrent.futures.as_completed.
func concurrentFuturesAsCompleted(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("as_completed", args, kw, []string{"fs", "timeout"}, 1)
	if e != nil {
		return rt.Null, e
	}
	fs, e := rt.IterValues(a[0])
	if e != nil {
		return rt.Null, e
	}
	k := 0
	return rt.NewGoIter(pyitertools.ChainType, func() (rt.Value, bool, *rt.Exc) {
		if k >= len(fs) {
			return rt.Null, false, nil
		}
		k++
		if f, ok := fs[k-1].O.(*ccFuture); ok {
			f.result()
		}
		return fs[k-1], true, nil
	}), nil
}
