package rt

// Python-visible methods of Future, Task, _GatheringFuture and Handle.

var (
	FutureType          = NewType("Future", ObjectType)
	TaskType            = NewType("Task", FutureType)
	GatheringFutureType = NewType("_GatheringFuture", FutureType)
	HandleType          = NewType("Handle", ObjectType)
	TimerHandleType     = NewType("TimerHandle", HandleType)
)

func (h *Handle) Type() *Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

func futOf(v Value) *Future {
	f, _ := asFuture(v)
	return f
}

func noArgs(name string, fn func(f *Future) (Value, *Exc)) NativeFunc {
	return func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount(name, args, kw, 0, 0); e != nil {
			return Null, e
		}
		return fn(futOf(self))
	}
}

func msgArg(name string, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs(name, args, kw, []string{"msg"}, 0)
	if e != nil {
		return Null, e
	}
	if a[0].IsNull() {
		return None, nil
	}
	return a[0], nil
}

func init() {
	FutureType.Module = "_asyncio"
	TaskType.Module = "_asyncio"
	GatheringFutureType.Module = "asyncio.tasks"
	HandleType.Module = "asyncio.events"
	TimerHandleType.Module = "asyncio.events"

	FutureType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("Future", args, kw, []string{"loop"}, 0)
		if e != nil {
			return Null, e
		}
		var l *Loop
		if lo, ok := a[0].O.(*Loop); ok && a[0].K == KObj {
			l = lo
		} else if l, e = getEventLoop(); e != nil {
			return Null, e
		}
		return Obj(newFuture(l)), nil
	}
	TaskType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("Task", args, kw, []string{"coro", "loop", "name", "context"}, 1)
		if e != nil {
			return Null, e
		}
		var l *Loop
		if lo, ok := a[1].O.(*Loop); ok && a[1].K == KObj {
			l = lo
		} else if l, e = getEventLoop(); e != nil {
			return Null, e
		}
		t, e := newTask(l, a[0], a[2])
		if e != nil {
			return Null, e
		}
		return Obj(t), nil
	}
	for _, t := range []*Type{FutureType, TaskType, GatheringFutureType} {
		t.Repr = func(v Value) (string, *Exc) { return futOf(v).repr(), nil }
	}
	F := FutureType
	F.Method("result", noArgs("result", func(f *Future) (Value, *Exc) { return f.result() }))
	F.Method("exception", noArgs("exception", func(f *Future) (Value, *Exc) {
		e, err := f.exception()
		if err != nil {
			return Null, err
		}
		if e == nil {
			return None, nil
		}
		return ExcValue(e), nil
	}))
	F.Method("done", noArgs("done", func(f *Future) (Value, *Exc) { return Bool(f.done()), nil }))
	F.Method("cancelled", noArgs("cancelled", func(f *Future) (Value, *Exc) { return Bool(f.state == futCancelled), nil }))
	F.Method("get_loop", noArgs("get_loop", func(f *Future) (Value, *Exc) { return Obj(f.loop), nil }))
	F.Method("cancel", func(self Value, args []Value, kw []string) (Value, *Exc) {
		msg, e := msgArg("cancel", args, kw)
		if e != nil {
			return Null, e
		}
		return Bool(futOf(self).cancel(msg)), nil
	})
	F.Method("set_result", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("set_result", args, kw, 1, 1); e != nil {
			return Null, e
		}
		f := futOf(self)
		if f.task != nil {
			return Null, ExcMsg(ExcRuntimeError, "Task does not support set_result operation")
		}
		return None, f.setResult(args[0])
	})
	F.Method("set_exception", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("set_exception", args, kw, 1, 1); e != nil {
			return Null, e
		}
		f := futOf(self)
		if f.task != nil {
			return Null, ExcMsg(ExcRuntimeError, "Task does not support set_exception operation")
		}
		ex := ExcFromThrowArgs(args[:1])
		if ex.Class == ExcTypeError && !IsExcInstance(ex, ExcTypeError) {
			return Null, ex
		}
		return None, f.setException(ex)
	})
	F.Method("add_done_callback", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("add_done_callback", args, kw, []string{"fn", "context"}, 1)
		if e != nil {
			return Null, e
		}
		futOf(self).addCallback(&futCallback{py: a[0], ctx: CurrentThread().Context().Copy()})
		return None, nil
	})
	F.Method("remove_done_callback", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("remove_done_callback", args, kw, 1, 1); e != nil {
			return Null, e
		}
		n, e := futOf(self).removePyCallback(args[0])
		if e != nil {
			return Null, e
		}
		return Int(int64(n)), nil
	})
	F.Method("__await__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Obj(&futureIter{f: futOf(self)}), nil
	})
	F.Method("__iter__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Obj(&futureIter{f: futOf(self)}), nil
	})
	F.GetSet("_asyncio_future_blocking", func(v Value) (Value, *Exc) { return Bool(futOf(v).blocking), nil },
		func(v, x Value) *Exc {
			t, e := Truth(x)
			if e != nil {
				return e
			}
			futOf(v).blocking = t
			return nil
		})
	F.Getter("_loop", func(v Value) (Value, *Exc) { return Obj(futOf(v).loop), nil })
	F.Getter("_state", func(v Value) (Value, *Exc) { return Str(futStateName[futOf(v).state]), nil })

	T := TaskType
	T.Hash = func(v Value) (int64, *Exc) { return int64(v.O.(*Task).seq), nil }
	task := func(v Value) *Task { return v.O.(*Task) }
	T.Method("get_name", func(self Value, args []Value, kw []string) (Value, *Exc) { return task(self).name, nil })
	T.Method("set_name", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("set_name", args, kw, 1, 1); e != nil {
			return Null, e
		}
		s, e := ToStr(args[0])
		if e != nil {
			return Null, e
		}
		task(self).name = Str(s)
		return None, nil
	})
	T.Method("get_coro", func(self Value, args []Value, kw []string) (Value, *Exc) { return task(self).coro, nil })
	T.Method("cancelling", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Int(int64(task(self).numCancels)), nil
	})
	T.Method("uncancel", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Int(int64(task(self).uncancel())), nil
	})
	T.Method("get_stack", func(self Value, args []Value, kw []string) (Value, *Exc) { return NewList(), nil })

	HandleType.Repr = func(v Value) (string, *Exc) {
		h := v.O.(*Handle)
		info := []string{}
		if h.cancelled {
			info = append(info, "cancelled")
		}
		if h.timer {
			info = append(info, "when="+ReprOrErr(Float(h.when)))
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
	HandleType.Method("cancel", func(self Value, args []Value, kw []string) (Value, *Exc) {
		self.O.(*Handle).cancel()
		return None, nil
	})
	HandleType.Method("cancelled", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Bool(self.O.(*Handle).cancelled), nil
	})
	TimerHandleType.Method("when", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Float(self.O.(*Handle).when), nil
	})

	futureIterType.Iter = func(o Value) (Value, *Exc) { return o, nil }
	futureIterType.Next = func(it Value) (Value, bool, *Exc) {
		fi := it.O.(*futureIter)
		if fi.f == nil {
			return Null, false, nil
		}
		f := fi.f
		if !f.done() && !fi.yielded {
			fi.yielded = true
			f.blocking = true
			return f.value(), true, nil
		}
		fi.f = nil
		if !f.done() {
			return Null, false, ExcMsg(ExcRuntimeError, "await wasn't used with future")
		}
		r, e := f.result()
		if e != nil {
			return Null, false, e
		}
		return Null, false, StopIterationOf(r)
	}
}

// futureIter is Future.__await__()'s iterator (for classes whose __await__
// delegates to a future).
type futureIter struct {
	f       *Future
	yielded bool
}

// YieldFromNative implements rt's NativeAwaitIterator: yield from
// fut.__await__().
func (it *futureIter) YieldFromNative() (Value, *Exc) { return it.f.await() }

var futureIterType = NewType("FutureIter", ObjectType)

func (*futureIter) Type() *Type { return futureIterType }
