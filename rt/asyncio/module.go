package asyncio

import (
	"github.com/py2goasync/py2goasync/rt"
	pyconcurrent "github.com/py2goasync/py2goasync/rt/lib/concurrent"
)

// The asyncio module's attributes.

var (
	ExcCancelledError    = newAsyncioExc("CancelledError", rt.ExcBaseException)
	ExcInvalidStateError = newAsyncioExc("InvalidStateError", rt.ExcException)
	QueueEmptyType       = newQueueExc("QueueEmpty")
	QueueFullType        = newQueueExc("QueueFull")
)

func newAsyncioExc(name string, base *rt.Type) *rt.Type {
	t := rt.NewType(name, base)
	t.Module = "asyncio.exceptions"
	return t
}

func newQueueExc(name string) *rt.Type {
	t := rt.NewType(name, rt.ExcException)
	t.Module = "asyncio.queues"
	return t
}

func typeArg(v rt.Value) *rt.Type {
	t, _ := v.O.(*rt.Type)
	if v.K != rt.KObj {
		return nil
	}
	return t
}

func init() {
	m := asyncioModule
	for _, t := range []*rt.Type{ExcCancelledError, ExcInvalidStateError, QueueEmptyType, QueueFullType,
		FutureType, TaskType, QueueType, EventType, LockType, SemaphoreType, BoundedSemaphoreType, TaskGroupType, TimeoutType,
		BarrierType, ExcBrokenBarrierError} {
		m.Set(t.Name, rt.Obj(t))
	}
	m.Set("TimeoutError", rt.Obj(rt.ExcTimeoutError))
	m.Set("FIRST_COMPLETED", rt.Str(pyconcurrent.FirstCompleted))
	m.Set("FIRST_EXCEPTION", rt.Str(pyconcurrent.FirstException))
	m.Set("ALL_COMPLETED", rt.Str(pyconcurrent.AllCompleted))

	m.Fn("run", asyncioRunFn)
	m.AsyncFn("sleep", asyncioSleepFn)
	m.Fn("gather", asyncioGather)
	m.AsyncFn("wait_for", asyncioWaitFor)
	m.AsyncFn("wait", asyncioWait)
	m.Fn("shield", asyncioShield)
	m.Fn("as_completed", asyncioAsCompleted)
	m.Fn("ensure_future", asyncioEnsureFuture)
	m.Fn("create_task", asyncioCreateTask)
	m.Fn("current_task", asyncioCurrentTask)
	m.Fn("all_tasks", asyncioAllTasks)
	m.Fn("get_running_loop", asyncioGetRunningLoop)
	m.Fn("_get_running_loop", asyncioGetRunningLoopFn)
	m.Fn("get_event_loop", asyncioGetEventLoop)
	m.Fn("new_event_loop", asyncioNewEventLoop)
	m.Fn("set_event_loop", asyncioSetEventLoop)
	m.AsyncFn("to_thread", asyncioToThread)
	m.Fn("iscoroutine", asyncioIscoroutine)
	m.Fn("iscoroutinefunction", asyncioIscoroutinefunction)
	m.Fn("isfuture", asyncioIsfuture)
	m.Fn("timeout", asyncioTimeout)
	m.Fn("timeout_at", asyncioTimeoutAt)
	for _, t := range []*rt.Type{PriorityQueueType, LifoQueueType, ConditionType} {
		m.Set(t.Name, rt.Obj(t))
	}
	m.Set("Runner", rt.Obj(RunnerType))
}

// asyncioRunFn is asyncio.run.
func asyncioRunFn(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("run", args, kw, []string{"main", "debug"}, 1)
	if e != nil {
		return rt.Null, e
	}
	return asyncioRun(a[0], a[1])
}

// asyncioSleepFn is asyncio.sleep.
func asyncioSleepFn(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("sleep", args, kw, []string{"delay", "result"}, 1)
	if e != nil {
		return rt.Null, e
	}
	if a[1].IsNull() {
		a[1] = rt.None
	}
	return asyncioSleep(a[0], a[1]), nil
}

// asyncioGather is asyncio.gather.
func asyncioGather(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	n := len(args) - len(kw)
	retExc := false
	for i, k := range kw {
		if k != "return_exceptions" {
			return rt.Null, rt.TypeErrorf("gather() got an unexpected keyword argument '%s'", k)
		}
		t, e := rt.Truth(args[n+i])
		if e != nil {
			return rt.Null, e
		}
		retExc = t
	}
	f, e := gather(args[:n], retExc)
	if e != nil {
		return rt.Null, e
	}
	return f.value(), nil
}

// asyncioWaitFor is asyncio.wait_for.
func asyncioWaitFor(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("wait_for", args, kw, []string{"fut", "timeout"}, 2)
	if e != nil {
		return rt.Null, e
	}
	return waitFor(a[0], a[1]), nil
}

// asyncioWait is asyncio.wait.
func asyncioWait(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("wait", args, kw, []string{"fs", "timeout", "return_when"}, 1)
	if e != nil {
		return rt.Null, e
	}
	if _, ok := asFuture(a[0]); ok || isCoroutine(a[0]) {
		return rt.Null, rt.TypeErrorf("expect a list of futures, not %s", a[0].TypeName())
	}
	rw := pyconcurrent.AllCompleted
	if !a[2].IsNull() {
		s, _ := rt.AsStr(a[2])
		if s != pyconcurrent.FirstCompleted && s != pyconcurrent.FirstException && s != pyconcurrent.AllCompleted {
			return rt.Null, rt.ValueErrorf("Invalid return_when value: %s", rt.ReprOrErr(a[2]))
		}
		rw = s
	}
	items, e := rt.IterValues(a[0])
	if e != nil {
		return rt.Null, e
	}
	if len(items) == 0 {
		return rt.Null, rt.ValueErrorf("Set of Tasks/Futures is empty.")
	}
	var fs []*Future
	seen := map[*Future]bool{}
	for _, it := range items {
		if isCoroutine(it) {
			return rt.Null, rt.TypeErrorf("Passing coroutines is forbidden, use tasks explicitly.")
		}
		f, e := ensureFuture(it, nil)
		if e != nil {
			return rt.Null, e
		}
		if !seen[f] {
			seen[f] = true
			fs = append(fs, f)
		}
	}
	return wait(fs, a[1], rw), nil
}

// asyncioShield is asyncio.shield.
func asyncioShield(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("shield", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	f, e := shield(args[0])
	if e != nil {
		return rt.Null, e
	}
	return f.value(), nil
}

// asyncioAsCompleted is asyncio.as_completed.
func asyncioAsCompleted(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("as_completed", args, kw, []string{"fs", "timeout"}, 1)
	if e != nil {
		return rt.Null, e
	}
	if _, ok := asFuture(a[0]); ok || isCoroutine(a[0]) {
		return rt.Null, rt.TypeErrorf("expect an iterable of futures, not %s", a[0].TypeName())
	}
	items, e := rt.IterValues(a[0])
	if e != nil {
		return rt.Null, e
	}
	return asCompleted(items, a[1])
}

// asyncioEnsureFuture is asyncio.ensure_future.
func asyncioEnsureFuture(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("ensure_future", args, kw, []string{"coro_or_future", "loop"}, 1)
	if e != nil {
		return rt.Null, e
	}
	var l *Loop
	if lo, ok := a[1].O.(*Loop); ok && a[1].K == rt.KObj {
		l = lo
	}
	f, e := ensureFuture(a[0], l)
	if e != nil {
		return rt.Null, e
	}
	return f.value(), nil
}

// asyncioCreateTask is asyncio.create_task.
func asyncioCreateTask(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
	if e != nil {
		return rt.Null, e
	}
	l, e := getRunningLoop()
	if e != nil {
		// CPython does not close the coroutine: the never-awaited
		// warning follows.
		return rt.Null, e
	}
	// tasks.create_task: loop.create_task(coro) numbers the task, then
	// _set_task_name renames it (a name still uses up a number).
	t, e := l.createTask(a[0], rt.Null)
	if e != nil {
		return rt.Null, e
	}
	if e := t.setName(a[1]); e != nil {
		return rt.Null, e
	}
	return rt.Obj(t), nil
}

// asyncioCurrentTask is asyncio.current_task.
func asyncioCurrentTask(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("current_task", args, kw, []string{"loop"}, 0)
	if e != nil {
		return rt.Null, e
	}
	l, e := loopArg(a[0])
	if e != nil {
		return rt.Null, e
	}
	if l.currentTask == nil {
		return rt.None, nil
	}
	return rt.Obj(l.currentTask), nil
}

// asyncioAllTasks is asyncio.all_tasks.
func asyncioAllTasks(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("all_tasks", args, kw, []string{"loop"}, 0)
	if e != nil {
		return rt.Null, e
	}
	l, e := loopArg(a[0])
	if e != nil {
		return rt.Null, e
	}
	ts := l.allTasks()
	vals := make([]rt.Value, len(ts))
	for i, t := range ts {
		vals[i] = rt.Obj(t)
	}
	return newOrderedSet(vals)
}

// asyncioGetRunningLoop is asyncio.get_running_loop.
func asyncioGetRunningLoop(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("get_running_loop", args, kw, 0, 0); e != nil {
		return rt.Null, e
	}
	l, e := getRunningLoop()
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(l), nil
}

// asyncioGetRunningLoopFn is asyncio._get_running_loop.
func asyncioGetRunningLoopFn(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if l := runningLoop(); l != nil {
		return rt.Obj(l), nil
	}
	return rt.None, nil
}

// asyncioGetEventLoop is asyncio.get_event_loop.
func asyncioGetEventLoop(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("get_event_loop", args, kw, 0, 0); e != nil {
		return rt.Null, e
	}
	l, e := getEventLoop()
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(l), nil
}

// asyncioNewEventLoop is asyncio.new_event_loop.
func asyncioNewEventLoop(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("new_event_loop", args, kw, 0, 0); e != nil {
		return rt.Null, e
	}
	return rt.Obj(newLoop()), nil
}

// asyncioSetEventLoop is asyncio.set_event_loop.
func asyncioSetEventLoop(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("set_event_loop", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	if args[0].IsNone() {
		setEventLoop(nil)
		return rt.None, nil
	}
	l, ok := args[0].O.(*Loop)
	if !ok || args[0].K != rt.KObj {
		return rt.Null, rt.TypeErrorf("loop must be an instance of AbstractEventLoop or None, not '%s'", args[0].TypeName())
	}
	setEventLoop(l)
	return rt.None, nil
}

// asyncioToThread is asyncio.to_thread.
func asyncioToThread(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) < 1 {
		return rt.Null, rt.TypeErrorf("to_thread() missing 1 required positional argument: 'func'")
	}
	return toThread(args[0], append([]rt.Value(nil), args[1:]...), kw), nil
}

// asyncioIscoroutine is asyncio.iscoroutine.
func asyncioIscoroutine(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("iscoroutine", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return rt.Bool(isCoroutine(args[0])), nil
}

// asyncioIscoroutinefunction is asyncio.iscoroutinefunction.
func asyncioIscoroutinefunction(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("iscoroutinefunction", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return rt.Bool(rt.IsCoroFunction(args[0])), nil
}

// asyncioIsfuture is asyncio.isfuture.
func asyncioIsfuture(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("isfuture", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	_, ok := asFuture(args[0])
	return rt.Bool(ok), nil
}

// asyncioTimeout is asyncio.timeout.
func asyncioTimeout(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("timeout", args, kw, []string{"delay"}, 1)
	if e != nil {
		return rt.Null, e
	}
	l, e := getRunningLoop()
	if e != nil {
		return rt.Null, e
	}
	when := rt.None
	if !a[0].IsNone() {
		d, e := rt.FloatArg(a[0])
		if e != nil {
			return rt.Null, e
		}
		when = rt.Float(l.time() + d)
	}
	return rt.Obj(&timeoutCM{state: "created", when: when}), nil
}

// asyncioTimeoutAt is asyncio.timeout_at.
func asyncioTimeoutAt(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("timeout_at", args, kw, []string{"when"}, 1)
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(&timeoutCM{state: "created", when: a[0]}), nil
}

// loopArg is the loop=None argument of current_task/all_tasks.
func loopArg(v rt.Value) (*Loop, *rt.Exc) {
	if v.IsNull() || v.IsNone() {
		return getRunningLoop()
	}
	if l, ok := v.O.(*Loop); ok && v.K == rt.KObj {
		return l, nil
	}
	return nil, rt.TypeErrorf("a loop was expected, got %s", v.TypeName())
}

// asyncioModule is the asyncio module's table.
var asyncioModule = rt.DefineModule("asyncio")

func init() {
	// The program's end reports what CPython's finalizers report for the
	// loop's futures (Task.__del__, Future.__del__).
	asyncioModule.OnImport = func(*rt.Module) {
		rt.AtShutdown(flushPendingTasks)
		rt.AtShutdown(flushUnretrieved)
	}
	// asyncio's submodules, for `from asyncio.exceptions import ...`: each
	// exposes asyncio's names (a superset of the real submodule's).
	for _, sub := range []string{"base_events", "events", "exceptions", "futures", "locks", "queues", "runners", "taskgroups", "tasks", "timeouts"} {
		name := "asyncio." + sub
		rt.RegisterModule(name, func() (rt.Value, *rt.Exc) {
			m := asyncioModule.Build()
			m.Name = name
			m.Set("__name__", rt.Str(name))
			return rt.Obj(m), nil
		})
	}
}
