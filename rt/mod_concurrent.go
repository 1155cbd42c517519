package rt

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
	ProcessPoolExecutorType = NewType("ProcessPoolExecutor", ExecutorType)
	CCFutureType            = NewType("Future", ObjectType)
)

type ccFuture struct {
	done      bool
	cancelled bool
	res       Value
	exc       *Exc
	callbacks []Value
	wait      chan struct{}
}

// The return_when values of wait (asyncio.tasks takes them from here).
const (
	FirstCompleted = "FIRST_COMPLETED"
	FirstException = "FIRST_EXCEPTION"
	AllCompleted   = "ALL_COMPLETED"
)

func (*ccFuture) Type() *Type { return CCFutureType }

func newCCFuture() *ccFuture { return &ccFuture{wait: make(chan struct{})} }

// finish stores the outcome and runs the done callbacks (on the thread
// that finished it, as CPython does).
func (f *ccFuture) finish(v Value, e *Exc) {
	if f.done {
		return
	}
	f.res, f.exc, f.done = v, e, true
	close(f.wait)
	for _, cb := range f.callbacks {
		Call(cb, []Value{Obj(f)}, nil)
	}
	f.callbacks = nil
}

func (f *ccFuture) result() (Value, *Exc) {
	if !f.done {
		t := GilRelease()
		<-f.wait
		GilAcquire(t)
	}
	if f.cancelled {
		return Null, NewExc(ccCancelledError)
	}
	if f.exc != nil {
		return Null, f.exc
	}
	return f.res, nil
}

var ccCancelledError = func() *Type {
	t := NewType("CancelledError", ExcException)
	t.Module = "concurrent.futures._base"
	return t
}()

func submitPy(x *Executor, fn Value, args []Value, kw []string) (*ccFuture, *Exc) {
	if x.Shut {
		return nil, ExcMsg(ExcRuntimeError, "cannot schedule new futures after shutdown")
	}
	f := newCCFuture()
	call := func() (Value, *Exc) { return Call(fn, args, kw) }
	if CurrentThread().RunningLoop != nil {
		x.Submit(call, f.finish)
		return f, nil
	}
	x.RunInline(call, f.finish)
	return f, nil
}

func init() {
	ExecutorType.Module = "concurrent.futures.thread"
	ProcessPoolExecutorType.Module = "concurrent.futures.process"
	CCFutureType.Module = "concurrent.futures._base"
	X := ExecutorType
	X.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs(cls.Name, args, kw, []string{"max_workers", "thread_name_prefix", "initializer", "initargs"}, 0)
		if e != nil {
			return Null, e
		}
		n := 0
		if !a[0].IsNull() && !a[0].IsNone() {
			iv, e := Index(a[0])
			if e != nil {
				return Null, e
			}
			if iv.I <= 0 {
				return Null, ValueErrorf("max_workers must be greater than 0")
			}
			n = int(iv.I)
		} else if cls.IsSubtype(ProcessPoolExecutorType) {
			n = 2 // os.cpu_count() on the recording machine
		}
		x := NewExecutor(n)
		x.Typ = cls
		if s, ok := AsStr(a[1]); ok {
			x.NamePrefix = s
		}
		return Obj(x), nil
	}
	X.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	X.Method("submit", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if len(args)-len(kw) < 1 {
			return Null, TypeErrorf("submit expected at least 1 argument, got 0")
		}
		f, e := submitPy(self.O.(*Executor), args[0], append([]Value(nil), args[1:]...), kw)
		if e != nil {
			return Null, e
		}
		return Obj(f), nil
	})
	X.Method("map", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if len(args) < 2 {
			return Null, TypeErrorf("map() requires a function and an iterable")
		}
		x := self.O.(*Executor)
		var its [][]Value
		for _, a := range args[1 : len(args)-len(kw)] {
			vs, e := IterValues(a)
			if e != nil {
				return Null, e
			}
			its = append(its, vs)
		}
		var futs []*ccFuture
		for i := 0; ; i++ {
			var cargs []Value
			for _, vs := range its {
				if i >= len(vs) {
					goto done
				}
				cargs = append(cargs, vs[i])
			}
			f, e := submitPy(x, args[0], cargs, nil)
			if e != nil {
				return Null, e
			}
			futs = append(futs, f)
		}
	done:
		k := 0
		return NewGoIter(ChainType, func() (Value, bool, *Exc) {
			if k >= len(futs) {
				return Null, false, nil
			}
			k++
			v, e := futs[k-1].result()
			return v, e == nil, e
		}), nil
	})
	X.Method("shutdown", func(self Value, args []Value, kw []string) (Value, *Exc) {
		self.O.(*Executor).Shutdown(true)
		return None, nil
	})
	X.Method("__enter__", func(self Value, args []Value, kw []string) (Value, *Exc) { return self, nil })
	X.Method("__exit__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		self.O.(*Executor).Shutdown(true)
		return False, nil
	})

	F := CCFutureType
	cf := func(v Value) *ccFuture { return v.O.(*ccFuture) }
	F.Repr = func(v Value) (string, *Exc) {
		f := cf(v)
		s := "<Future at " + AddrOf(v) + " state="
		switch {
		case f.cancelled:
			s += "cancelled"
		case !f.done:
			s += "running"
		case f.exc != nil:
			s += "finished raised " + f.exc.Class.Name
		default:
			s += "finished returned " + v.TypeName()
			s = "<Future at " + AddrOf(v) + " state=finished returned " + f.res.TypeName()
		}
		return s + ">", nil
	}
	F.Method("result", func(self Value, args []Value, kw []string) (Value, *Exc) { return cf(self).result() })
	F.Method("exception", func(self Value, args []Value, kw []string) (Value, *Exc) {
		f := cf(self)
		if _, e := f.result(); e != nil && e != f.exc {
			return Null, e
		}
		if f.exc == nil {
			return None, nil
		}
		return ExcValue(f.exc), nil
	})
	F.Method("done", func(self Value, args []Value, kw []string) (Value, *Exc) { return Bool(cf(self).done), nil })
	F.Method("running", func(self Value, args []Value, kw []string) (Value, *Exc) { return Bool(!cf(self).done), nil })
	F.Method("cancelled", func(self Value, args []Value, kw []string) (Value, *Exc) { return Bool(cf(self).cancelled), nil })
	F.Method("cancel", func(self Value, args []Value, kw []string) (Value, *Exc) { return False, nil })
	F.Method("add_done_callback", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("add_done_callback", args, kw, 1, 1); e != nil {
			return Null, e
		}
		f := cf(self)
		if f.done {
			_, e := Call(args[0], []Value{self}, nil)
			return None, e
		}
		f.callbacks = append(f.callbacks, args[0])
		return None, nil
	})

	m := DefineModule("concurrent.futures")
	m.Set("ThreadPoolExecutor", Obj(ExecutorType))
	m.Set("ProcessPoolExecutor", Obj(ProcessPoolExecutorType))
	m.Set("Future", Obj(CCFutureType))
	m.Set("CancelledError", Obj(ccCancelledError))
	m.Set("TimeoutError", Obj(ExcTimeoutError))
	m.Set("FIRST_COMPLETED", Str(FirstCompleted))
	m.Set("FIRST_EXCEPTION", Str(FirstException))
	m.Set("ALL_COMPLETED", Str(AllCompleted))
	m.Fn("as_completed", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("as_completed", args, kw, []string{"fs", "timeout"}, 1)
		if e != nil {
			return Null, e
		}
		fs, e := IterValues(a[0])
		if e != nil {
			return Null, e
		}
		k := 0
		return NewGoIter(ChainType, func() (Value, bool, *Exc) {
			if k >= len(fs) {
				return Null, false, nil
			}
			k++
			if f, ok := fs[k-1].O.(*ccFuture); ok {
				f.result()
			}
			return fs[k-1], true, nil
		}), nil
	})
	DefineModule("concurrent")
}
