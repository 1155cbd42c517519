package rt

// The asyncio module's attributes.

var (
	ExcCancelledError    = newAsyncioExc("CancelledError", ExcBaseException)
	ExcInvalidStateError = newAsyncioExc("InvalidStateError", ExcException)
	QueueEmptyType       = newQueueExc("QueueEmpty")
	QueueFullType        = newQueueExc("QueueFull")
)

func newAsyncioExc(name string, base *Type) *Type {
	t := NewType(name, base)
	t.Module = "asyncio.exceptions"
	return t
}

func newQueueExc(name string) *Type {
	t := NewType(name, ExcException)
	t.Module = "asyncio.queues"
	return t
}

func typeArg(v Value) *Type {
	t, _ := v.O.(*Type)
	if v.K != KObj {
		return nil
	}
	return t
}

func init() {
	m := asyncioModule
	for _, t := range []*Type{ExcCancelledError, ExcInvalidStateError, QueueEmptyType, QueueFullType,
		FutureType, TaskType, QueueType, EventType, LockType, SemaphoreType, BoundedSemaphoreType, TaskGroupType, TimeoutType,
		BarrierType, ExcBrokenBarrierError} {
		m.Set(t.Name, Obj(t))
	}
	m.Set("TimeoutError", Obj(ExcTimeoutError))
	m.Set("FIRST_COMPLETED", Str(FirstCompleted))
	m.Set("FIRST_EXCEPTION", Str(FirstException))
	m.Set("ALL_COMPLETED", Str(AllCompleted))

	m.Fn("run", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("run", args, kw, []string{"main", "debug"}, 1)
		if e != nil {
			return Null, e
		}
		return asyncioRun(a[0], a[1])
	})
	m.AsyncFn("sleep", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("sleep", args, kw, []string{"delay", "result"}, 1)
		if e != nil {
			return Null, e
		}
		if a[1].IsNull() {
			a[1] = None
		}
		return asyncioSleep(a[0], a[1]), nil
	})
	m.Fn("gather", func(args []Value, kw []string) (Value, *Exc) {
		n := len(args) - len(kw)
		retExc := false
		for i, k := range kw {
			if k != "return_exceptions" {
				return Null, TypeErrorf("gather() got an unexpected keyword argument '%s'", k)
			}
			t, e := Truth(args[n+i])
			if e != nil {
				return Null, e
			}
			retExc = t
		}
		f, e := gather(args[:n], retExc)
		if e != nil {
			return Null, e
		}
		return f.value(), nil
	})
	m.AsyncFn("wait_for", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("wait_for", args, kw, []string{"fut", "timeout"}, 2)
		if e != nil {
			return Null, e
		}
		return waitFor(a[0], a[1]), nil
	})
	m.AsyncFn("wait", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("wait", args, kw, []string{"fs", "timeout", "return_when"}, 1)
		if e != nil {
			return Null, e
		}
		if _, ok := asFuture(a[0]); ok || isCoroutine(a[0]) {
			return Null, TypeErrorf("expect a list of futures, not %s", a[0].TypeName())
		}
		rw := AllCompleted
		if !a[2].IsNull() {
			s, _ := AsStr(a[2])
			if s != FirstCompleted && s != FirstException && s != AllCompleted {
				return Null, ValueErrorf("Invalid return_when value: %s", ReprOrErr(a[2]))
			}
			rw = s
		}
		items, e := IterValues(a[0])
		if e != nil {
			return Null, e
		}
		if len(items) == 0 {
			return Null, ValueErrorf("Set of Tasks/Futures is empty.")
		}
		var fs []*Future
		seen := map[*Future]bool{}
		for _, it := range items {
			if isCoroutine(it) {
				return Null, TypeErrorf("Passing coroutines is forbidden, use tasks explicitly.")
			}
			f, e := ensureFuture(it, nil)
			if e != nil {
				return Null, e
			}
			if !seen[f] {
				seen[f] = true
				fs = append(fs, f)
			}
		}
		return wait(fs, a[1], rw), nil
	})
	m.Fn("shield", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("shield", args, kw, 1, 1); e != nil {
			return Null, e
		}
		f, e := shield(args[0])
		if e != nil {
			return Null, e
		}
		return f.value(), nil
	})
	m.Fn("as_completed", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("as_completed", args, kw, []string{"fs", "timeout"}, 1)
		if e != nil {
			return Null, e
		}
		if _, ok := asFuture(a[0]); ok || isCoroutine(a[0]) {
			return Null, TypeErrorf("expect an iterable of futures, not %s", a[0].TypeName())
		}
		items, e := IterValues(a[0])
		if e != nil {
			return Null, e
		}
		return asCompleted(items, a[1])
	})
	m.Fn("ensure_future", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("ensure_future", args, kw, []string{"coro_or_future", "loop"}, 1)
		if e != nil {
			return Null, e
		}
		var l *Loop
		if lo, ok := a[1].O.(*Loop); ok && a[1].K == KObj {
			l = lo
		}
		f, e := ensureFuture(a[0], l)
		if e != nil {
			return Null, e
		}
		return f.value(), nil
	})
	m.Fn("create_task", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
		if e != nil {
			return Null, e
		}
		l, e := getRunningLoop()
		if e != nil {
			// CPython does not close the coroutine: the never-awaited
			// warning follows.
			return Null, e
		}
		// tasks.create_task: loop.create_task(coro) numbers the task, then
		// _set_task_name renames it (a name still uses up a number).
		t, e := l.createTask(a[0], Null)
		if e != nil {
			return Null, e
		}
		if e := t.setName(a[1]); e != nil {
			return Null, e
		}
		return Obj(t), nil
	})
	m.Fn("current_task", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("current_task", args, kw, []string{"loop"}, 0)
		if e != nil {
			return Null, e
		}
		l, e := loopArg(a[0])
		if e != nil {
			return Null, e
		}
		if l.currentTask == nil {
			return None, nil
		}
		return Obj(l.currentTask), nil
	})
	m.Fn("all_tasks", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("all_tasks", args, kw, []string{"loop"}, 0)
		if e != nil {
			return Null, e
		}
		l, e := loopArg(a[0])
		if e != nil {
			return Null, e
		}
		ts := l.allTasks()
		vals := make([]Value, len(ts))
		for i, t := range ts {
			vals[i] = Obj(t)
		}
		return newOrderedSet(vals)
	})
	m.Fn("get_running_loop", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("get_running_loop", args, kw, 0, 0); e != nil {
			return Null, e
		}
		l, e := getRunningLoop()
		if e != nil {
			return Null, e
		}
		return Obj(l), nil
	})
	m.Fn("_get_running_loop", func(args []Value, kw []string) (Value, *Exc) {
		if l := runningLoop(); l != nil {
			return Obj(l), nil
		}
		return None, nil
	})
	m.Fn("get_event_loop", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("get_event_loop", args, kw, 0, 0); e != nil {
			return Null, e
		}
		l, e := getEventLoop()
		if e != nil {
			return Null, e
		}
		return Obj(l), nil
	})
	m.Fn("new_event_loop", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("new_event_loop", args, kw, 0, 0); e != nil {
			return Null, e
		}
		return Obj(newLoop()), nil
	})
	m.Fn("set_event_loop", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("set_event_loop", args, kw, 1, 1); e != nil {
			return Null, e
		}
		if args[0].IsNone() {
			setEventLoop(nil)
			return None, nil
		}
		l, ok := args[0].O.(*Loop)
		if !ok || args[0].K != KObj {
			return Null, TypeErrorf("loop must be an instance of AbstractEventLoop or None, not '%s'", args[0].TypeName())
		}
		setEventLoop(l)
		return None, nil
	})
	m.AsyncFn("to_thread", func(args []Value, kw []string) (Value, *Exc) {
		if len(args)-len(kw) < 1 {
			return Null, TypeErrorf("to_thread() missing 1 required positional argument: 'func'")
		}
		return toThread(args[0], append([]Value(nil), args[1:]...), kw), nil
	})
	m.Fn("iscoroutine", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("iscoroutine", args, kw, 1, 1); e != nil {
			return Null, e
		}
		return Bool(isCoroutine(args[0])), nil
	})
	m.Fn("iscoroutinefunction", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("iscoroutinefunction", args, kw, 1, 1); e != nil {
			return Null, e
		}
		return Bool(IsCoroFunction(args[0])), nil
	})
	m.Fn("isfuture", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("isfuture", args, kw, 1, 1); e != nil {
			return Null, e
		}
		_, ok := asFuture(args[0])
		return Bool(ok), nil
	})
	m.Fn("timeout", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("timeout", args, kw, []string{"delay"}, 1)
		if e != nil {
			return Null, e
		}
		l, e := getRunningLoop()
		if e != nil {
			return Null, e
		}
		when := None
		if !a[0].IsNone() {
			d, e := FloatArg(a[0])
			if e != nil {
				return Null, e
			}
			when = Float(l.time() + d)
		}
		return Obj(&timeoutCM{state: "created", when: when}), nil
	})
	m.Fn("timeout_at", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("timeout_at", args, kw, []string{"when"}, 1)
		if e != nil {
			return Null, e
		}
		return Obj(&timeoutCM{state: "created", when: a[0]}), nil
	})
	for _, t := range []*Type{PriorityQueueType, LifoQueueType, ConditionType} {
		m.Set(t.Name, Obj(t))
	}
	m.Set("Runner", Obj(RunnerType))
}

// loopArg is the loop=None argument of current_task/all_tasks.
func loopArg(v Value) (*Loop, *Exc) {
	if v.IsNull() || v.IsNone() {
		return getRunningLoop()
	}
	if l, ok := v.O.(*Loop); ok && v.K == KObj {
		return l, nil
	}
	return nil, TypeErrorf("a loop was expected, got %s", v.TypeName())
}

// asyncioModule is the asyncio module's table.
var asyncioModule = DefineModule("asyncio")

func init() {
	// The program's end reports what CPython's finalizers report for the
	// loop's futures (Task.__del__, Future.__del__).
	asyncioModule.OnImport = func(*Module) {
		AtShutdown(flushPendingTasks)
		AtShutdown(flushUnretrieved)
	}
	// asyncio's submodules, for `from asyncio.exceptions import ...`: each
	// exposes asyncio's names (a superset of the real submodule's).
	for _, sub := range []string{"base_events", "events", "exceptions", "futures", "locks", "queues", "runners", "taskgroups", "tasks", "timeouts"} {
		name := "asyncio." + sub
		RegisterModule(name, func() (Value, *Exc) {
			m := asyncioModule.Build()
			m.Name = name
			m.Set("__name__", Str(name))
			return Obj(m), nil
		})
	}
}
