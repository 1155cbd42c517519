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

func init() {
	for _, t := range []*rt.Type{QueueType, EventType, LockType, SemaphoreType, BoundedSemaphoreType} {
		t.Module = "asyncio." + map[bool]string{true: "queues", false: "locks"}[t == QueueType]
	}
	TaskGroupType.Module = "asyncio.taskgroups"
	TimeoutType.Module = "asyncio.timeouts"

	Q := QueueType
	q := func(v rt.Value) *queue { return v.O.(*queue) }
	// Queue is a Python class in CPython: object.__new__ then __init__
	// (which a subclass's __init__ reaches through super()).
	Q.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
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
	Q.Init = func(self rt.Value, args []rt.Value, kw []string) *rt.Exc {
		a, e := rt.ParseArgs("__init__", args, kw, []string{"maxsize"}, 0)
		if e != nil {
			return e
		}
		if !a[0].IsNull() {
			if a[0].K != rt.KInt {
				return rt.TypeErrorf("'<=' not supported between instances of '%s' and 'int'", a[0].TypeName())
			}
			q(self).maxsize = int(a[0].I)
		}
		return nil
	}
	Q.Repr = func(v rt.Value) (string, *rt.Exc) { return q(v).repr(), nil }
	Q.Str = func(v rt.Value) (string, *rt.Exc) { return "<" + v.Type().Name + " " + q(v).format() + ">", nil }
	method0(Q, "qsize", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Int(int64(len(q(v).items))), nil })
	method0(Q, "empty", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(len(q(v).items) == 0), nil })
	method0(Q, "full", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(q(v).full()), nil })
	method0(Q, "get_nowait", func(v rt.Value) (rt.Value, *rt.Exc) { return q(v).getNowait() })
	method0(Q, "get", func(v rt.Value) (rt.Value, *rt.Exc) { return q(v).get(), nil })
	method0(Q, "join", func(v rt.Value) (rt.Value, *rt.Exc) { return q(v).join(), nil })
	method0(Q, "task_done", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.None, q(v).taskDone() })
	Q.Getter("maxsize", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Int(int64(q(v).maxsize)), nil })
	Q.Method("put_nowait", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("put_nowait", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		return rt.None, q(self).putNowait(args[0])
	})
	Q.Method("put", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("put", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		return q(self).put(args[0]), nil
	})

	E := EventType
	ev := func(v rt.Value) *event { return v.O.(*event) }
	E.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		ev := newEvent()
		if cls != EventType {
			ev.cls = cls
		}
		return rt.Obj(ev), nil
	}
	E.Init = noInitArgs("Event")
	E.Repr = func(v rt.Value) (string, *rt.Exc) { return ev(v).repr(), nil }
	method0(E, "is_set", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(ev(v).value), nil })
	method0(E, "set", func(v rt.Value) (rt.Value, *rt.Exc) { ev(v).set(); return rt.None, nil })
	method0(E, "clear", func(v rt.Value) (rt.Value, *rt.Exc) { ev(v).value = false; return rt.None, nil })
	method0(E, "wait", func(v rt.Value) (rt.Value, *rt.Exc) { return ev(v).wait(), nil })

	Lk := LockType
	lk := func(v rt.Value) *lock { return v.O.(*lock) }
	Lk.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		lk := &lock{}
		if cls != LockType {
			lk.cls = cls
		}
		return rt.Obj(lk), nil
	}
	Lk.Init = noInitArgs("Lock")
	Lk.Repr = func(v rt.Value) (string, *rt.Exc) { return lk(v).repr(), nil }
	method0(Lk, "locked", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(lk(v).locked), nil })
	method0(Lk, "acquire", func(v rt.Value) (rt.Value, *rt.Exc) { return lk(v).acquire(), nil })
	method0(Lk, "release", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.None, lk(v).release() })
	lockCM(Lk, func(v rt.Value) rt.Value { return lk(v).acquire() }, func(v rt.Value) *rt.Exc { return lk(v).release() })

	S := SemaphoreType
	sm := func(v rt.Value) *semaphore { return v.O.(*semaphore) }
	S.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		s := &semaphore{typ: cls, value: 1}
		if cls.IsSubtype(BoundedSemaphoreType) {
			s.bound = 1
		}
		return rt.Obj(s), nil
	}
	S.Init = func(self rt.Value, args []rt.Value, kw []string) *rt.Exc {
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
		s := sm(self)
		s.value = int(n)
		if s.bound > 0 {
			s.bound = int(n)
		}
		return nil
	}
	S.Repr = func(v rt.Value) (string, *rt.Exc) { return sm(v).repr(), nil }
	method0(S, "locked", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(sm(v).locked()), nil })
	method0(S, "acquire", func(v rt.Value) (rt.Value, *rt.Exc) { return sm(v).acquire(), nil })
	method0(S, "release", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.None, sm(v).release() })
	lockCM(S, func(v rt.Value) rt.Value { return sm(v).acquire() }, func(v rt.Value) *rt.Exc { return sm(v).release() })

	TG := TaskGroupType
	tg := func(v rt.Value) *taskGroup { return v.O.(*taskGroup) }
	TG.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("TaskGroup", args, kw, 0, 0); e != nil {
			return rt.Null, e
		}
		return rt.Obj(&taskGroup{}), nil
	}
	TG.Init = func(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }
	TG.Repr = func(v rt.Value) (string, *rt.Exc) { return tg(v).repr(), nil }
	method0(TG, "__aenter__", func(v rt.Value) (rt.Value, *rt.Exc) { return tg(v).aenter(v), nil })
	TG.Method("__aexit__", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		a, e := aexitArgs("__aexit__", args, kw)
		if e != nil {
			return rt.Null, e
		}
		return tg(self).aexit(a[0], a[1]), nil
	})
	TG.Method("create_task", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		a, e := rt.ParseArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
		if e != nil {
			return rt.Null, e
		}
		t, e := tg(self).createTask(a[0], a[1])
		if e != nil {
			return rt.Null, e
		}
		return rt.Obj(t), nil
	})

	TO := TimeoutType
	to := func(v rt.Value) *timeoutCM { return v.O.(*timeoutCM) }
	TO.Repr = func(v rt.Value) (string, *rt.Exc) { return to(v).repr(), nil }
	method0(TO, "__aenter__", func(v rt.Value) (rt.Value, *rt.Exc) { return to(v).aenter(v), nil })
	TO.Method("__aexit__", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		a, e := aexitArgs("__aexit__", args, kw)
		if e != nil {
			return rt.Null, e
		}
		return to(self).aexit(a[0], a[1]), nil
	})
	method0(TO, "when", func(v rt.Value) (rt.Value, *rt.Exc) { return to(v).when, nil })
	method0(TO, "expired", func(v rt.Value) (rt.Value, *rt.Exc) {
		s := to(v).state
		return rt.Bool(s == "expiring" || s == "expired"), nil
	})
	TO.Method("reschedule", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("reschedule", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		return rt.None, to(self).reschedule(args[0])
	})
}
