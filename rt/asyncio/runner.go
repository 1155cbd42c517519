package asyncio

import "github.com/py2goasync/py2goasync/rt"

// asyncio.Runner (runners.py, new in 3.11): asyncio.run split into a
// context manager that can run several coroutines on one loop.

var RunnerType = rt.NewType("Runner", rt.ObjectType)

type runner struct {
	loop   *Loop
	closed bool
	debug  rt.Value
}

func (*runner) Type() *rt.Type { return RunnerType }

func (r *runner) lazyInit() (*Loop, *rt.Exc) {
	if r.closed {
		return nil, rt.ExcMsg(rt.ExcRuntimeError, "Runner is closed")
	}
	if r.loop == nil {
		r.loop = newLoop()
		if r.debug.K == rt.KBool {
			r.loop.debug = r.debug.I != 0
		}
		setEventLoop(r.loop)
	}
	return r.loop, nil
}

func (r *runner) run(coro rt.Value) (rt.Value, *rt.Exc) {
	if !isCoroutine(coro) {
		return rt.Null, rt.ExcMsg(rt.ExcValueError, "a coroutine was expected, got "+rt.ReprOrErr(coro))
	}
	if rt.CurrentThread().RunningLoop != nil {
		return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "Runner.run() cannot be called from a running event loop")
	}
	l, e := r.lazyInit()
	if e != nil {
		return rt.Null, e
	}
	t, e := l.createTask(coro, rt.Null)
	if e != nil {
		return rt.Null, e
	}
	res, e := l.runUntilComplete(rt.Obj(t))
	if e != nil {
		rt.AddTraceback(e, codeRunnerRun, 118)
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

// runnerOf returns the *runner the value holds.
func runnerOf(v rt.Value) *runner { return v.O.(*runner) }

func init() {
	RunnerType.Module = "asyncio.runners"
	R := RunnerType
	R.New = runnerNew
	R.Init = runnerInit
	R.Method("run", runnerRun)
	R.Method("get_loop", runnerGetLoop)
	R.Method("close", runnerClose)
	R.Method("__enter__", runnerEnter)
	R.Method("__exit__", runnerExit)
}

// runnerNew is the New hook (__new__) of Runner.
func runnerNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("Runner", args, kw, []string{"debug", "loop_factory"}, 0)
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(&runner{debug: a[0]}), nil
}

// runnerInit is the Init hook (__init__) of Runner.
func runnerInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// runnerRun is Runner.run.
func runnerRun(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("run", args, kw, []string{"coro", "context"}, 1)
	if e != nil {
		return rt.Null, e
	}
	return runnerOf(self).run(a[0])
}

// runnerGetLoop is Runner.get_loop.
func runnerGetLoop(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	l, e := runnerOf(self).lazyInit()
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(l), nil
}

// runnerClose is Runner.close.
func runnerClose(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	runnerOf(self).close()
	return rt.None, nil
}

// runnerEnter is Runner.__enter__.
func runnerEnter(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if _, e := runnerOf(self).lazyInit(); e != nil {
		return rt.Null, e
	}
	return self, nil
}

// runnerExit is Runner.__exit__.
func runnerExit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	runnerOf(self).close()
	return rt.None, nil
}
