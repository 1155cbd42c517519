package rt

// asyncio.Runner (runners.py, new in 3.11): asyncio.run split into a
// context manager that can run several coroutines on one loop.

var RunnerType = NewType("Runner", ObjectType)

type runner struct {
	loop   *Loop
	closed bool
	debug  Value
}

func (*runner) Type() *Type { return RunnerType }

func (r *runner) lazyInit() (*Loop, *Exc) {
	if r.closed {
		return nil, ExcMsg(ExcRuntimeError, "Runner is closed")
	}
	if r.loop == nil {
		r.loop = newLoop()
		if r.debug.K == KBool {
			r.loop.debug = r.debug.I != 0
		}
		setEventLoop(r.loop)
	}
	return r.loop, nil
}

func (r *runner) run(coro Value) (Value, *Exc) {
	if !isCoroutine(coro) {
		return Null, ExcMsg(ExcValueError, "a coroutine was expected, got "+ReprOrErr(coro))
	}
	if CurrentThread().RunningLoop != nil {
		return Null, ExcMsg(ExcRuntimeError, "Runner.run() cannot be called from a running event loop")
	}
	l, e := r.lazyInit()
	if e != nil {
		return Null, e
	}
	t, e := l.createTask(coro, Null)
	if e != nil {
		return Null, e
	}
	res, e := l.runUntilComplete(Obj(t))
	if e != nil {
		AddTraceback(e, codeRunnerRun, 118)
	}
	return res, e
}

// close is Runner.close: cancel what is left, shut down, close the loop.
func (r *runner) close() {
	if r.closed || r.loop == nil {
		r.closed = true
		return
	}
	l := r.loop
	cancelAllTasks(l)
	l.runUntilComplete(l.shutdownAsyncgens())
	l.runUntilComplete(l.shutdownDefaultExecutor())
	setEventLoop(nil)
	l.close()
	r.loop = nil
	r.closed = true
}

func init() {
	RunnerType.Module = "asyncio.runners"
	R := RunnerType
	rn := func(v Value) *runner { return v.O.(*runner) }
	R.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("Runner", args, kw, []string{"debug", "loop_factory"}, 0)
		if e != nil {
			return Null, e
		}
		return Obj(&runner{debug: a[0]}), nil
	}
	R.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	R.Method("run", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("run", args, kw, []string{"coro", "context"}, 1)
		if e != nil {
			return Null, e
		}
		return rn(self).run(a[0])
	})
	R.Method("get_loop", func(self Value, args []Value, kw []string) (Value, *Exc) {
		l, e := rn(self).lazyInit()
		if e != nil {
			return Null, e
		}
		return Obj(l), nil
	})
	R.Method("close", func(self Value, args []Value, kw []string) (Value, *Exc) {
		rn(self).close()
		return None, nil
	})
	R.Method("__enter__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if _, e := rn(self).lazyInit(); e != nil {
			return Null, e
		}
		return self, nil
	})
	R.Method("__exit__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		rn(self).close()
		return None, nil
	})
}
