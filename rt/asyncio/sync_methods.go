package asyncio

import "github.com/py2goasync/py2goasync/rt"

// Python-visible constructors and methods of Queue, Event, Lock,
// Semaphore, TaskGroup and Timeout.

func method0(t *rt.Type, name string, fn func(self rt.Value) (rt.Value, *rt.Exc)) {
	t.Method(name, func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount(name, args, kw, 0, 0); e != nil {
			return rt.Null, e
		}
		return fn(self)
	})
}

// aexitArgs is __aexit__(exc_type, exc, tb).
func aexitArgs(name string, args []rt.Value, kw []string) ([]rt.Value, *rt.Exc) {
	if e := rt.ArgCount(name, args, kw, 3, 3); e != nil {
		return nil, e
	}
	return args, nil
}

// lockCM gives Lock and Semaphore `async with` (_ContextManagerMixin).
func lockCM(t *rt.Type, acquire func(self rt.Value) rt.Value, release func(self rt.Value) *rt.Exc) {
	t.Method("__aenter__", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		return rt.NewGenerator(codeAEnter, func() (rt.Value, *rt.Exc) {
			setLine(14)
			if _, e := rt.Await(acquire(self)); e != nil {
				return rt.Null, e
			}
			return rt.None, nil
		}), nil
	})
	t.Method("__aexit__", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if _, e := aexitArgs("__aexit__", args, kw); e != nil {
			return rt.Null, e
		}
		return rt.NewGenerator(codeAExit, func() (rt.Value, *rt.Exc) { return rt.None, release(self) }), nil
	})
}

// noInitArgs is the __init__(self) of locks.py's classes.
func noInitArgs(name string) func(self rt.Value, args []rt.Value, kw []string) *rt.Exc {
	return func(self rt.Value, args []rt.Value, kw []string) *rt.Exc {
		if len(kw) > 0 {
			return rt.TypeErrorf("%s.__init__() got an unexpected keyword argument '%s'", name, kw[0])
		}
		if len(args) > 0 {
			return rt.TypeErrorf("%s.__init__() takes 1 positional argument but %d were given", name, len(args)+1)
		}
		return nil
	}
}

// queueOf returns the *queue the value holds.
func queueOf(v rt.Value) *queue { return v.O.(*queue) }

// eventOf returns the *event the value holds.
func eventOf(v rt.Value) *event { return v.O.(*event) }

// lockOf returns the *lock the value holds.
func lockOf(v rt.Value) *lock { return v.O.(*lock) }

// semaphoreOf returns the *semaphore the value holds.
func semaphoreOf(v rt.Value) *semaphore { return v.O.(*semaphore) }

// taskGroupOf returns the *taskGroup the value holds.
func taskGroupOf(v rt.Value) *taskGroup { return v.O.(*taskGroup) }

// timeoutCMOf returns the *timeoutCM the value holds.
func timeoutCMOf(v rt.Value) *timeoutCM { return v.O.(*timeoutCM) }

func init() {
	for _, t := range []*rt.Type{QueueType, EventType, LockType, SemaphoreType, BoundedSemaphoreType} {
		t.Module = "asyncio." + map[bool]string{true: "queues", false: "locks"}[t == QueueType]
	}
	TaskGroupType.Module = "asyncio.taskgroups"
	TimeoutType.Module = "asyncio.timeouts"

	Q := QueueType
	// Queue is a Python class in CPython: object.__new__ then __init__
	// (which a subclass's __init__ reaches through super()).
	Q.New = queueNew
	Q.Init = queueInit
	Q.Repr = queueRepr
	Q.Str = queueStr
	method0(Q, "qsize", queueQsize)
	method0(Q, "empty", queueEmpty)
	method0(Q, "full", queueFull)
	method0(Q, "get_nowait", queueGetNowait)
	method0(Q, "get", queueGet)
	method0(Q, "join", queueJoin)
	method0(Q, "task_done", queueTaskDone)
	Q.Getter("maxsize", queueMaxsize)
	Q.Method("put_nowait", queuePutNowait)
	Q.Method("put", queuePut)

	E := EventType
	E.New = eventNew
	E.Init = noInitArgs("Event")
	E.Repr = eventRepr
	method0(E, "is_set", eventIsSet)
	method0(E, "set", eventSet)
	method0(E, "clear", eventClear)
	method0(E, "wait", eventWait)

	Lk := LockType
	Lk.New = lockNew
	Lk.Init = noInitArgs("Lock")
	Lk.Repr = lockRepr
	method0(Lk, "locked", lockLocked)
	method0(Lk, "acquire", lockAcquire)
	method0(Lk, "release", lockRelease)
	lockCM(Lk, func(v rt.Value) rt.Value { return lockOf(v).acquire() }, func(v rt.Value) *rt.Exc { return lockOf(v).release() })

	S := SemaphoreType
	S.New = semaphoreNew
	S.Init = semaphoreInit
	S.Repr = semaphoreRepr
	method0(S, "locked", semaphoreLocked)
	method0(S, "acquire", semaphoreAcquire)
	method0(S, "release", semaphoreRelease)
	lockCM(S, func(v rt.Value) rt.Value { return semaphoreOf(v).acquire() }, func(v rt.Value) *rt.Exc { return semaphoreOf(v).release() })

	TG := TaskGroupType
	TG.New = taskGroupNew
	TG.Init = taskGroupInit
	TG.Repr = taskGroupRepr
	method0(TG, "__aenter__", taskGroupAenter)
	TG.Method("__aexit__", taskGroupAexit)
	TG.Method("create_task", taskGroupCreateTask)

	TO := TimeoutType
	TO.Repr = timeoutRepr
	method0(TO, "__aenter__", timeoutAenter)
	TO.Method("__aexit__", timeoutAexit)
	method0(TO, "when", timeoutWhen)
	method0(TO, "expired", timeoutExpired)
	TO.Method("reschedule", timeoutReschedule)
}

// queueNew is the New hook (__new__) of Queue.
func queueNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	qu := newQueue(0)
	qu.typ = cls
	switch {
	case cls.IsSubtype(PriorityQueueType):
		qu.kind = priorityQueue
	case cls.IsSubtype(LifoQueueType):
		qu.kind = lifoQueue
	}
	return rt.Obj(qu), nil
}

// queueInit is the Init hook (__init__) of Queue.
func queueInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc {
	a, e := rt.ParseArgs("__init__", args, kw, []string{"maxsize"}, 0)
	if e != nil {
		return e
	}
	if !a[0].IsNull() {
		if a[0].K != rt.KInt {
			return rt.TypeErrorf("'<=' not supported between instances of '%s' and 'int'", a[0].TypeName())
		}
		queueOf(self).maxsize = int(a[0].I)
	}
	return nil
}

// queueRepr is the Repr hook (__repr__) of Queue.
func queueRepr(v rt.Value) (string, *rt.Exc) { return queueOf(v).repr(), nil }

// queueStr is the Str hook (__str__) of Queue.
func queueStr(v rt.Value) (string, *rt.Exc) {
	return "<" + v.Type().Name + " " + queueOf(v).format() + ">", nil
}

// eventNew is the New hook (__new__) of Event.
func eventNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	ev := newEvent()
	if cls != EventType {
		ev.cls = cls
	}
	return rt.Obj(ev), nil
}

// eventRepr is the Repr hook (__repr__) of Event.
func eventRepr(v rt.Value) (string, *rt.Exc) { return eventOf(v).repr(), nil }

// lockNew is the New hook (__new__) of Lock.
func lockNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	lk := &lock{}
	if cls != LockType {
		lk.cls = cls
	}
	return rt.Obj(lk), nil
}

// lockRepr is the Repr hook (__repr__) of Lock.
func lockRepr(v rt.Value) (string, *rt.Exc) { return lockOf(v).repr(), nil }

// semaphoreNew is the New hook (__new__) of Semaphore.
func semaphoreNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	s := &semaphore{typ: cls, value: 1}
	if cls.IsSubtype(BoundedSemaphoreType) {
		s.bound = 1
	}
	return rt.Obj(s), nil
}

// semaphoreInit is the Init hook (__init__) of Semaphore.
func semaphoreInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc {
	a, e := rt.ParseArgs("__init__", args, kw, []string{"value"}, 0)
	if e != nil {
		return e
	}
	n := int64(1)
	if !a[0].IsNull() {
		if a[0].K != rt.KInt {
			return rt.TypeErrorf("'<' not supported between instances of '%s' and 'int'", a[0].TypeName())
		}
		n = a[0].I
	}
	if n < 0 {
		return rt.ValueErrorf("Semaphore initial value must be >= 0")
	}
	s := semaphoreOf(self)
	s.value = int(n)
	if s.bound > 0 {
		s.bound = int(n)
	}
	return nil
}

// semaphoreRepr is the Repr hook (__repr__) of Semaphore.
func semaphoreRepr(v rt.Value) (string, *rt.Exc) { return semaphoreOf(v).repr(), nil }

// taskGroupNew is the New hook (__new__) of TaskGroup.
func taskGroupNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("TaskGroup", args, kw, 0, 0); e != nil {
		return rt.Null, e
	}
	return rt.Obj(&taskGroup{}), nil
}

// taskGroupInit is the Init hook (__init__) of TaskGroup.
func taskGroupInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// taskGroupRepr is the Repr hook (__repr__) of TaskGroup.
func taskGroupRepr(v rt.Value) (string, *rt.Exc) { return taskGroupOf(v).repr(), nil }

// timeoutRepr is the Repr hook (__repr__) of Timeout.
func timeoutRepr(v rt.Value) (string, *rt.Exc) { return timeoutCMOf(v).repr(), nil }

// queueQsize implements Queue.qsize (through method0).
func queueQsize(v rt.Value) (rt.Value, *rt.Exc) { return rt.Int(int64(len(queueOf(v).items))), nil }

// queueEmpty implements Queue.empty (through method0).
func queueEmpty(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(len(queueOf(v).items) == 0), nil }

// queueFull implements Queue.full (through method0).
func queueFull(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(queueOf(v).full()), nil }

// queueGetNowait implements Queue.get_nowait (through method0).
func queueGetNowait(v rt.Value) (rt.Value, *rt.Exc) { return queueOf(v).getNowait() }

// queueGet implements Queue.get (through method0).
func queueGet(v rt.Value) (rt.Value, *rt.Exc) { return queueOf(v).get(), nil }

// queueJoin implements Queue.join (through method0).
func queueJoin(v rt.Value) (rt.Value, *rt.Exc) { return queueOf(v).join(), nil }

// queueTaskDone implements Queue.task_done (through method0).
func queueTaskDone(v rt.Value) (rt.Value, *rt.Exc) { return rt.None, queueOf(v).taskDone() }

// queueMaxsize is Queue.maxsize.
func queueMaxsize(v rt.Value) (rt.Value, *rt.Exc) { return rt.Int(int64(queueOf(v).maxsize)), nil }

// queuePutNowait is Queue.put_nowait.
func queuePutNowait(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("put_nowait", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return rt.None, queueOf(self).putNowait(args[0])
}

// queuePut is Queue.put.
func queuePut(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("put", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return queueOf(self).put(args[0]), nil
}

// eventIsSet implements Event.is_set (through method0).
func eventIsSet(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(eventOf(v).value), nil }

// eventSet implements Event.set (through method0).
func eventSet(v rt.Value) (rt.Value, *rt.Exc) { eventOf(v).set(); return rt.None, nil }

// eventClear implements Event.clear (through method0).
func eventClear(v rt.Value) (rt.Value, *rt.Exc) { eventOf(v).value = false; return rt.None, nil }

// eventWait implements Event.wait (through method0).
func eventWait(v rt.Value) (rt.Value, *rt.Exc) { return eventOf(v).wait(), nil }

// lockLocked implements Lock.locked (through method0).
func lockLocked(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(lockOf(v).locked), nil }

// lockAcquire implements Lock.acquire (through method0).
func lockAcquire(v rt.Value) (rt.Value, *rt.Exc) { return lockOf(v).acquire(), nil }

// lockRelease implements Lock.release (through method0).
func lockRelease(v rt.Value) (rt.Value, *rt.Exc) { return rt.None, lockOf(v).release() }

// semaphoreLocked implements Semaphore.locked (through method0).
func semaphoreLocked(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(semaphoreOf(v).locked()), nil }

// semaphoreAcquire implements Semaphore.acquire (through method0).
func semaphoreAcquire(v rt.Value) (rt.Value, *rt.Exc) { return semaphoreOf(v).acquire(), nil }

// semaphoreRelease implements Semaphore.release (through method0).
func semaphoreRelease(v rt.Value) (rt.Value, *rt.Exc) { return rt.None, semaphoreOf(v).release() }

// taskGroupAenter implements TaskGroup.__aenter__ (through method0).
func taskGroupAenter(v rt.Value) (rt.Value, *rt.Exc) { return taskGroupOf(v).aenter(v), nil }

// taskGroupAexit is TaskGroup.__aexit__.
func taskGroupAexit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := aexitArgs("__aexit__", args, kw)
	if e != nil {
		return rt.Null, e
	}
	return taskGroupOf(self).aexit(a[0], a[1]), nil
}

// taskGroupCreateTask is TaskGroup.create_task.
func taskGroupCreateTask(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
	if e != nil {
		return rt.Null, e
	}
	t, e := taskGroupOf(self).createTask(a[0], a[1])
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(t), nil
}

// timeoutAenter implements Timeout.__aenter__ (through method0).
func timeoutAenter(v rt.Value) (rt.Value, *rt.Exc) { return timeoutCMOf(v).aenter(v), nil }

// timeoutAexit is Timeout.__aexit__.
func timeoutAexit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := aexitArgs("__aexit__", args, kw)
	if e != nil {
		return rt.Null, e
	}
	return timeoutCMOf(self).aexit(a[0], a[1]), nil
}

// timeoutWhen implements Timeout.when (through method0).
func timeoutWhen(v rt.Value) (rt.Value, *rt.Exc) { return timeoutCMOf(v).when, nil }

// timeoutExpired implements Timeout.expired (through method0).
func timeoutExpired(v rt.Value) (rt.Value, *rt.Exc) {
	s := timeoutCMOf(v).state
	return rt.Bool(s == "expiring" || s == "expired"), nil
}

// timeoutReschedule is Timeout.reschedule.
func timeoutReschedule(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("reschedule", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return rt.None, timeoutCMOf(self).reschedule(args[0])
}
