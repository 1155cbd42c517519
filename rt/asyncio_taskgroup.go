package rt

import "math"

// taskgroups.py's TaskGroup and timeouts.py's Timeout.

var (
	TaskGroupType = NewType("TaskGroup", ObjectType)
	TimeoutType   = NewType("Timeout", ObjectType)
)

type taskGroup struct {
	entered, exiting, aborting bool
	loop                       *Loop
	parent                     *Task
	parentCancelRequested      bool
	tasks                      []*Task
	errors                     []*Exc
	baseError                  *Exc
	onCompleted                *Future
	doneCB                     *futCallback
}

func (*taskGroup) Type() *Type { return TaskGroupType }

var (
	codeTGEnter = asyncioCode("TaskGroup.__aenter__", "taskgroups.py", 54, CoroutineCode)
	codeTGExit  = asyncioCode("TaskGroup.__aexit__", "taskgroups.py", 68, CoroutineCode)
	codeTOEnter = asyncioCode("Timeout.__aenter__", "timeouts.py", 83, CoroutineCode)
	codeTOExit  = asyncioCode("Timeout.__aexit__", "timeouts.py", 94, CoroutineCode)
)

func (tg *taskGroup) repr() string {
	s := ""
	if len(tg.tasks) > 0 {
		s += " tasks=" + Itoa(len(tg.tasks))
	}
	if len(tg.errors) > 0 {
		s += " errors=" + Itoa(len(tg.errors))
	}
	if tg.aborting {
		s += " cancelling"
	} else if tg.entered {
		s += " entered"
	}
	return "<TaskGroup" + s + ">"
}

func isBaseError(e *Exc) bool {
	return IsExcInstance(e, ExcSystemExit) || IsExcInstance(e, ExcKeyboardInterrupt)
}

func (tg *taskGroup) aenter(self Value) Value {
	return NewGenerator(codeTGEnter, func() (Value, *Exc) {
		if tg.entered {
			return Null, ExcMsg(ExcRuntimeError, "TaskGroup "+tg.repr()+" has already been entered")
		}
		if tg.loop == nil {
			l, e := getRunningLoop()
			if e != nil {
				return Null, e
			}
			tg.loop = l
		}
		tg.parent = tg.loop.currentTask
		if tg.parent == nil {
			return Null, ExcMsg(ExcRuntimeError, "TaskGroup "+tg.repr()+" cannot determine the parent task")
		}
		tg.entered = true
		return self, nil
	})
}

func (tg *taskGroup) abort() {
	tg.aborting = true
	for _, t := range tg.tasks {
		if !t.done() {
			t.cancel(Null)
		}
	}
}

func (tg *taskGroup) aexit(et Value, exc Value) Value {
	return NewGenerator(codeTGExit, func() (Value, *Exc) {
		tg.exiting = true
		var excE *Exc
		if ex, ok := exc.O.(*Exc); ok && exc.K == KObj {
			excE = ex
		}
		if excE != nil && isBaseError(excE) && tg.baseError == nil {
			tg.baseError = excE
		}
		var propagate *Exc
		if t, ok := et.O.(*Type); ok && et.K == KObj && t == ExcCancelledError {
			propagate = excE
		}
		if tg.parentCancelRequested {
			if tg.parent.uncancel() == 0 {
				propagate = nil
			}
		}
		if excE != nil && !tg.aborting {
			tg.abort()
		}
		for len(tg.tasks) > 0 {
			if tg.onCompleted == nil {
				tg.onCompleted = newFuture(tg.loop)
			}
			setLine(110)
			if _, e := tg.onCompleted.await(); e != nil {
				if IsExcInstance(e, ExcCancelledError) && !tg.aborting {
					propagate = e
					tg.abort()
				}
			}
			tg.onCompleted = nil
		}
		if tg.baseError != nil {
			return Null, tg.baseError
		}
		if propagate != nil && len(tg.errors) == 0 {
			return Null, propagate
		}
		if excE != nil && !IsExcInstance(excE, ExcCancelledError) {
			tg.errors = append(tg.errors, excE)
		}
		if len(tg.errors) > 0 {
			errs := make([]Value, len(tg.errors))
			for i, e := range tg.errors {
				errs[i] = ExcValue(e)
			}
			tg.errors = nil
			me, e := Call(Obj(ExcBaseExceptionGroup), []Value{Str("unhandled errors in a TaskGroup"), NewList(errs...)}, nil)
			if e != nil {
				return Null, e
			}
			ex := me.O.(*Exc)
			ex.SuppressContext = true
			return Null, ex
		}
		return None, nil
	})
}

func (tg *taskGroup) createTask(coro Value, name Value) (*Task, *Exc) {
	if !tg.entered {
		return nil, ExcMsg(ExcRuntimeError, "TaskGroup "+tg.repr()+" has not been entered")
	}
	if tg.exiting && len(tg.tasks) == 0 {
		return nil, ExcMsg(ExcRuntimeError, "TaskGroup "+tg.repr()+" is finished")
	}
	if tg.aborting {
		return nil, ExcMsg(ExcRuntimeError, "TaskGroup "+tg.repr()+" is shutting down")
	}
	t, e := tg.loop.createTask(coro, Null)
	if e != nil {
		return nil, e
	}
	if e := t.setName(name); e != nil {
		return nil, e
	}
	if tg.doneCB == nil {
		tg.doneCB = &futCallback{name: "TaskGroup._on_task_done", src: PylibSource("taskgroups.py", 184), fn: tg.onTaskDone}
	}
	t.addCallback(tg.doneCB)
	tg.tasks = append(tg.tasks, t)
	return t, nil
}

func (tg *taskGroup) onTaskDone(f *Future) *Exc {
	for i, t := range tg.tasks {
		if &t.Future == f {
			tg.tasks = append(tg.tasks[:i], tg.tasks[i+1:]...)
			break
		}
	}
	if tg.onCompleted != nil && len(tg.tasks) == 0 && !tg.onCompleted.done() {
		tg.onCompleted.setResult(True)
	}
	if f.state == futCancelled || f.exc == nil {
		return nil
	}
	exc := f.exc
	f.logTraceback = false
	tg.errors = append(tg.errors, exc)
	if isBaseError(exc) && tg.baseError == nil {
		tg.baseError = exc
	}
	if tg.parent.done() {
		tg.loop.callExceptionHandler("Task "+f.repr()+" has errored out but its parent task "+tg.parent.repr()+" is already completed", exc, nil, f)
		return nil
	}
	if !tg.aborting && !tg.parentCancelRequested {
		tg.abort()
		tg.parentCancelRequested = true
		tg.parent.cancel(Null)
	}
	return nil
}

// timeoutCM is timeouts.Timeout.
type timeoutCM struct {
	state      string // created, active, expiring, expired, finished
	handler    *Handle
	task       *Task
	when       Value // float or None
	cancelling int
}

func (*timeoutCM) Type() *Type { return TimeoutType }

func (to *timeoutCM) repr() string {
	info := ""
	if to.state == "active" {
		w := "None"
		if !to.when.IsNone() {
			f, _ := FloatArg(to.when)
			w = ReprOrErr(Float(math.Round(f*1000) / 1000))
		}
		info = " when=" + w
	}
	return "<Timeout [" + to.state + "]" + info + ">"
}

func (to *timeoutCM) reschedule(when Value) *Exc {
	if to.state != "active" {
		if to.state == "created" {
			return ExcMsg(ExcRuntimeError, "Timeout has not been entered")
		}
		return ExcMsg(ExcRuntimeError, "Cannot change state of "+to.state+" Timeout")
	}
	to.when = when
	if to.handler != nil {
		to.handler.cancel()
	}
	if when.IsNone() {
		to.handler = nil
		return nil
	}
	l, e := getRunningLoop()
	if e != nil {
		return e
	}
	w, e := FloatArg(when)
	if e != nil {
		return e
	}
	if w <= l.time() {
		to.handler, e = l.callSoon(to.onTimeout, "Timeout._on_timeout()")
	} else {
		to.handler, e = l.callAt(w, to.onTimeout, "Timeout._on_timeout()")
	}
	return e
}

func (to *timeoutCM) onTimeout() *Exc {
	to.task.cancel(Null)
	to.state = "expiring"
	to.handler = nil
	return nil
}

func (to *timeoutCM) aenter(self Value) Value {
	return NewGenerator(codeTOEnter, func() (Value, *Exc) {
		if to.state != "created" {
			return Null, ExcMsg(ExcRuntimeError, "Timeout has already been entered")
		}
		l := runningLoop()
		var t *Task
		if l != nil {
			t = l.currentTask
		}
		if t == nil {
			return Null, ExcMsg(ExcRuntimeError, "Timeout should be used inside a task")
		}
		to.state = "active"
		to.task = t
		to.cancelling = t.numCancels
		if e := to.reschedule(to.when); e != nil {
			return Null, e
		}
		return self, nil
	})
}

func (to *timeoutCM) aexit(et, exc Value) Value {
	return NewGenerator(codeTOExit, func() (Value, *Exc) {
		if to.handler != nil {
			to.handler.cancel()
			to.handler = nil
		}
		if to.state == "expiring" {
			to.state = "expired"
			t, _ := et.O.(*Type)
			if to.task.uncancel() <= to.cancelling && et.K == KObj && t == ExcCancelledError {
				ex, _ := exc.O.(*Exc)
				if ex != nil {
					return Null, timeoutFrom(ex)
				}
				return Null, NewExc(ExcTimeoutError)
			}
		} else if to.state == "active" {
			to.state = "finished"
		}
		return None, nil
	})
}
