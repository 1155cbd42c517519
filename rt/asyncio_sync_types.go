package rt

// Python-visible constructors and methods of Queue, Event, Lock,
// Semaphore, TaskGroup and Timeout.

func method0(t *Type, name string, fn func(self Value) (Value, *Exc)) {
	t.Method(name, func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount(name, args, kw, 0, 0); e != nil {
			return Null, e
		}
		return fn(self)
	})
}

// aexitArgs is __aexit__(exc_type, exc, tb).
func aexitArgs(name string, args []Value, kw []string) ([]Value, *Exc) {
	if e := ArgCount(name, args, kw, 3, 3); e != nil {
		return nil, e
	}
	return args, nil
}

// lockCM gives Lock and Semaphore `async with` (_ContextManagerMixin).
func lockCM(t *Type, acquire func(self Value) Value, release func(self Value) *Exc) {
	t.Method("__aenter__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return NewGenerator(codeAEnter, func() (Value, *Exc) {
			setLine(14)
			if _, e := Await(acquire(self)); e != nil {
				return Null, e
			}
			return None, nil
		}), nil
	})
	t.Method("__aexit__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if _, e := aexitArgs("__aexit__", args, kw); e != nil {
			return Null, e
		}
		return NewGenerator(codeAExit, func() (Value, *Exc) { return None, release(self) }), nil
	})
}

// noInitArgs is the __init__(self) of locks.py's classes.
func noInitArgs(name string) func(self Value, args []Value, kw []string) *Exc {
	return func(self Value, args []Value, kw []string) *Exc {
		if len(kw) > 0 {
			return TypeErrorf("%s.__init__() got an unexpected keyword argument '%s'", name, kw[0])
		}
		if len(args) > 0 {
			return TypeErrorf("%s.__init__() takes 1 positional argument but %d were given", name, len(args)+1)
		}
		return nil
	}
}

func init() {
	for _, t := range []*Type{QueueType, EventType, LockType, SemaphoreType, BoundedSemaphoreType} {
		t.Module = "asyncio." + map[bool]string{true: "queues", false: "locks"}[t == QueueType]
	}
	TaskGroupType.Module = "asyncio.taskgroups"
	TimeoutType.Module = "asyncio.timeouts"

	Q := QueueType
	q := func(v Value) *queue { return v.O.(*queue) }
	// Queue is a Python class in CPython: object.__new__ then __init__
	// (which a subclass's __init__ reaches through super()).
	Q.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		qu := newQueue(0)
		qu.typ = cls
		switch {
		case cls.IsSubtype(PriorityQueueType):
			qu.kind = priorityQueue
		case cls.IsSubtype(LifoQueueType):
			qu.kind = lifoQueue
		}
		return Obj(qu), nil
	}
	Q.Init = func(self Value, args []Value, kw []string) *Exc {
		a, e := ParseArgs("__init__", args, kw, []string{"maxsize"}, 0)
		if e != nil {
			return e
		}
		if !a[0].IsNull() {
			if a[0].K != KInt {
				return TypeErrorf("'<=' not supported between instances of '%s' and 'int'", a[0].TypeName())
			}
			q(self).maxsize = int(a[0].I)
		}
		return nil
	}
	Q.Repr = func(v Value) (string, *Exc) { return q(v).repr(), nil }
	Q.Str = func(v Value) (string, *Exc) { return "<" + v.Type().Name + " " + q(v).format() + ">", nil }
	method0(Q, "qsize", func(v Value) (Value, *Exc) { return Int(int64(len(q(v).items))), nil })
	method0(Q, "empty", func(v Value) (Value, *Exc) { return Bool(len(q(v).items) == 0), nil })
	method0(Q, "full", func(v Value) (Value, *Exc) { return Bool(q(v).full()), nil })
	method0(Q, "get_nowait", func(v Value) (Value, *Exc) { return q(v).getNowait() })
	method0(Q, "get", func(v Value) (Value, *Exc) { return q(v).get(), nil })
	method0(Q, "join", func(v Value) (Value, *Exc) { return q(v).join(), nil })
	method0(Q, "task_done", func(v Value) (Value, *Exc) { return None, q(v).taskDone() })
	Q.Getter("maxsize", func(v Value) (Value, *Exc) { return Int(int64(q(v).maxsize)), nil })
	Q.Method("put_nowait", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("put_nowait", args, kw, 1, 1); e != nil {
			return Null, e
		}
		return None, q(self).putNowait(args[0])
	})
	Q.Method("put", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("put", args, kw, 1, 1); e != nil {
			return Null, e
		}
		return q(self).put(args[0]), nil
	})

	E := EventType
	ev := func(v Value) *event { return v.O.(*event) }
	E.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		ev := newEvent()
		if cls != EventType {
			ev.cls = cls
		}
		return Obj(ev), nil
	}
	E.Init = noInitArgs("Event")
	E.Repr = func(v Value) (string, *Exc) { return ev(v).repr(), nil }
	method0(E, "is_set", func(v Value) (Value, *Exc) { return Bool(ev(v).value), nil })
	method0(E, "set", func(v Value) (Value, *Exc) { ev(v).set(); return None, nil })
	method0(E, "clear", func(v Value) (Value, *Exc) { ev(v).value = false; return None, nil })
	method0(E, "wait", func(v Value) (Value, *Exc) { return ev(v).wait(), nil })

	Lk := LockType
	lk := func(v Value) *lock { return v.O.(*lock) }
	Lk.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		lk := &lock{}
		if cls != LockType {
			lk.cls = cls
		}
		return Obj(lk), nil
	}
	Lk.Init = noInitArgs("Lock")
	Lk.Repr = func(v Value) (string, *Exc) { return lk(v).repr(), nil }
	method0(Lk, "locked", func(v Value) (Value, *Exc) { return Bool(lk(v).locked), nil })
	method0(Lk, "acquire", func(v Value) (Value, *Exc) { return lk(v).acquire(), nil })
	method0(Lk, "release", func(v Value) (Value, *Exc) { return None, lk(v).release() })
	lockCM(Lk, func(v Value) Value { return lk(v).acquire() }, func(v Value) *Exc { return lk(v).release() })

	S := SemaphoreType
	sm := func(v Value) *semaphore { return v.O.(*semaphore) }
	S.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		s := &semaphore{typ: cls, value: 1}
		if cls.IsSubtype(BoundedSemaphoreType) {
			s.bound = 1
		}
		return Obj(s), nil
	}
	S.Init = func(self Value, args []Value, kw []string) *Exc {
		a, e := ParseArgs("__init__", args, kw, []string{"value"}, 0)
		if e != nil {
			return e
		}
		n := int64(1)
		if !a[0].IsNull() {
			if a[0].K != KInt {
				return TypeErrorf("'<' not supported between instances of '%s' and 'int'", a[0].TypeName())
			}
			n = a[0].I
		}
		if n < 0 {
			return ValueErrorf("Semaphore initial value must be >= 0")
		}
		s := sm(self)
		s.value = int(n)
		if s.bound > 0 {
			s.bound = int(n)
		}
		return nil
	}
	S.Repr = func(v Value) (string, *Exc) { return sm(v).repr(), nil }
	method0(S, "locked", func(v Value) (Value, *Exc) { return Bool(sm(v).locked()), nil })
	method0(S, "acquire", func(v Value) (Value, *Exc) { return sm(v).acquire(), nil })
	method0(S, "release", func(v Value) (Value, *Exc) { return None, sm(v).release() })
	lockCM(S, func(v Value) Value { return sm(v).acquire() }, func(v Value) *Exc { return sm(v).release() })

	TG := TaskGroupType
	tg := func(v Value) *taskGroup { return v.O.(*taskGroup) }
	TG.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("TaskGroup", args, kw, 0, 0); e != nil {
			return Null, e
		}
		return Obj(&taskGroup{}), nil
	}
	TG.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	TG.Repr = func(v Value) (string, *Exc) { return tg(v).repr(), nil }
	method0(TG, "__aenter__", func(v Value) (Value, *Exc) { return tg(v).aenter(v), nil })
	TG.Method("__aexit__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := aexitArgs("__aexit__", args, kw)
		if e != nil {
			return Null, e
		}
		return tg(self).aexit(a[0], a[1]), nil
	})
	TG.Method("create_task", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
		if e != nil {
			return Null, e
		}
		t, e := tg(self).createTask(a[0], a[1])
		if e != nil {
			return Null, e
		}
		return Obj(t), nil
	})

	TO := TimeoutType
	to := func(v Value) *timeoutCM { return v.O.(*timeoutCM) }
	TO.Repr = func(v Value) (string, *Exc) { return to(v).repr(), nil }
	method0(TO, "__aenter__", func(v Value) (Value, *Exc) { return to(v).aenter(v), nil })
	TO.Method("__aexit__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := aexitArgs("__aexit__", args, kw)
		if e != nil {
			return Null, e
		}
		return to(self).aexit(a[0], a[1]), nil
	})
	method0(TO, "when", func(v Value) (Value, *Exc) { return to(v).when, nil })
	method0(TO, "expired", func(v Value) (Value, *Exc) {
		s := to(v).state
		return Bool(s == "expiring" || s == "expired"), nil
	})
	TO.Method("reschedule", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("reschedule", args, kw, 1, 1); e != nil {
			return Null, e
		}
		return None, to(self).reschedule(args[0])
	})
}
