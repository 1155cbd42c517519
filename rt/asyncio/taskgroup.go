package asyncio

import (
	"math"

	"github.com/py2goasync/py2goasync/rt"
)

// taskgroups.py's TaskGroup and timeouts.py's Timeout.

var (
	TaskGroupType = rt.NewType("TaskGroup", rt.ObjectType)
	TimeoutType   = rt.NewType("Timeout", rt.ObjectType)
)

type taskGroup struct {
	entered, exiting, aborting bool
	loop                       *Loop
	parent                     *Task
	parentCancelRequested      bool
	tasks                      []*Task
	errors                     []*rt.Exc
	baseError                  *rt.Exc
	onCompleted                *Future
	doneCB                     *futCallback
}

func (*taskGroup) Type() *rt.Type { return TaskGroupType }

var (
	codeTGEnter = asyncioCode("TaskGroup.__aenter__", "taskgroups.py", 54, rt.CoroutineCode)
	codeTGExit  = asyncioCode("TaskGroup.__aexit__", "taskgroups.py", 68, rt.CoroutineCode)
	codeTOEnter = asyncioCode("Timeout.__aenter__", "timeouts.py", 83, rt.CoroutineCode)
	codeTOExit  = asyncioCode("Timeout.__aexit__", "timeouts.py", 94, rt.CoroutineCode)
)

func (tg *taskGroup) repr() string {
	s := ""
	if len(tg.tasks) > 0 {
		s += " tasks=" + rt.Itoa(len(tg.tasks))
	}
	if len(tg.errors) > 0 {
		s += " errors=" + rt.Itoa(len(tg.errors))
	}
	if tg.aborting {
		s += " cancelling"
	} else if tg.entered {
		s += " entered"
	}
	return "<TaskGroup" + s + ">"
}

func isBaseError(e *rt.Exc) bool {
	return rt.IsExcInstance(e, rt.ExcSystemExit) || rt.IsExcInstance(e, rt.ExcKeyboardInterrupt)
}

func (tg *taskGroup) aenter(self rt.Value) rt.Value {
	return rt.NewGenerator(codeTGEnter, func() (rt.Value, *rt.Exc) {
		if tg.entered {
			return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "TaskGroup "+tg.repr()+" has already been entered")
		}
		if tg.loop == nil {
			l, e := getRunningLoop()
			if e != nil {
				return rt.Null, e
			}
			tg.loop = l
		}
		tg.parent = tg.loop.currentTask
		if tg.parent == nil {
			return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "TaskGroup "+tg.repr()+" cannot determine the parent task")
		}
		tg.entered = true
		return self, nil
	})
}

func (tg *taskGroup) abort() {
	tg.aborting = true
	for _, t := range tg.tasks {
		if !t.done() {
			t.cancel(rt.Null)
		}
	}
}

func (tg *taskGroup) aexit(et rt.Value, exc rt.Value) rt.Value {
	return rt.NewGenerator(codeTGExit, func() (rt.Value, *rt.Exc) {
		tg.exiting = true
		var excE *rt.Exc
		if ex, ok := exc.O.(*rt.Exc); ok && exc.K == rt.KObj {
			excE = ex
		}
		if excE != nil && isBaseError(excE) && tg.baseError == nil {
			tg.baseError = excE
		}
		var propagate *rt.Exc
		if t, ok := et.O.(*rt.Type); ok && et.K == rt.KObj && t == ExcCancelledError {
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
				if rt.IsExcInstance(e, ExcCancelledError) && !tg.aborting {
					propagate = e
					tg.abort()
				}
			}
			tg.onCompleted = nil
		}
		if tg.baseError != nil {
			return rt.Null, tg.baseError
		}
		if propagate != nil && len(tg.errors) == 0 {
			return rt.Null, propagate
		}
		if excE != nil && !rt.IsExcInstance(excE, ExcCancelledError) {
			tg.errors = append(tg.errors, excE)
		}
		if len(tg.errors) > 0 {
			errs := make([]rt.Value, len(tg.errors))
			for i, e := range tg.errors {
				errs[i] = rt.ExcValue(e)
			}
			tg.errors = nil
			me, e := rt.Call(rt.Obj(rt.ExcBaseExceptionGroup), []rt.Value{rt.Str("unhandled errors in a TaskGroup"), rt.NewList(errs...)}, nil)
			if e != nil {
				return rt.Null, e
			}
			ex := me.O.(*rt.Exc)
			ex.SuppressContext = true
			return rt.Null, ex
		}
		return rt.None, nil
	})
}

func (tg *taskGroup) createTask(coro rt.Value, name rt.Value) (*Task, *rt.Exc) {
	if !tg.entered {
		return nil, rt.ExcMsg(rt.ExcRuntimeError, "TaskGroup "+tg.repr()+" has not been entered")
	}
	if tg.exiting && len(tg.tasks) == 0 {
		return nil, rt.ExcMsg(rt.ExcRuntimeError, "TaskGroup "+tg.repr()+" is finished")
	}
	if tg.aborting {
		return nil, rt.ExcMsg(rt.ExcRuntimeError, "TaskGroup "+tg.repr()+" is shutting down")
	}
	t, e := tg.loop.createTask(coro, rt.Null)
	if e != nil {
		return nil, e
	}
	if e := t.setName(name); e != nil {
		return nil, e
	}
	if tg.doneCB == nil {
		tg.doneCB = &futCallback{name: "TaskGroup._on_task_done", src: rt.PylibSource("taskgroups.py", 184), fn: tg.onTaskDone}
	}
	t.addCallback(tg.doneCB)
	tg.tasks = append(tg.tasks, t)
	return t, nil
}

func (tg *taskGroup) onTaskDone(f *Future) *rt.Exc {
	for i, t := range tg.tasks {
		if &t.Future == f {
			tg.tasks = append(tg.tasks[:i], tg.tasks[i+1:]...)
			break
		}
	}
	if tg.onCompleted != nil && len(tg.tasks) == 0 && !tg.onCompleted.done() {
		tg.onCompleted.setResult(rt.True)
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
		tg.parent.cancel(rt.Null)
	}
	return nil
}

// timeoutCM is timeouts.Timeout.
type timeoutCM struct {
	state      string // created, active, expiring, expired, finished
	handler    *Handle
	task       *Task
	when       rt.Value // float or None
	cancelling int
}

func (*timeoutCM) Type() *rt.Type { return TimeoutType }

func (to *timeoutCM) repr() string {
	info := ""
	if to.state == "active" {
		w := "None"
		if !to.when.IsNone() {
			f, _ := rt.FloatArg(to.when)
			w = rt.ReprOrErr(rt.Float(math.Round(f*1000) / 1000))
		}
		info = " when=" + w
	}
	return "<Timeout [" + to.state + "]" + info + ">"
}

func (to *timeoutCM) reschedule(when rt.Value) *rt.Exc {
	if to.state != "active" {
		if to.state == "created" {
			return rt.ExcMsg(rt.ExcRuntimeError, "Timeout has not been entered")
		}
		return rt.ExcMsg(rt.ExcRuntimeError, "Cannot change state of "+to.state+" Timeout")
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
	w, e := rt.FloatArg(when)
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

func (to *timeoutCM) onTimeout() *rt.Exc {
	to.task.cancel(rt.Null)
	to.state = "expiring"
	to.handler = nil
	return nil
}

func (to *timeoutCM) aenter(self rt.Value) rt.Value {
	return rt.NewGenerator(codeTOEnter, func() (rt.Value, *rt.Exc) {
		if to.state != "created" {
			return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "Timeout has already been entered")
		}
		l := runningLoop()
		var t *Task
		if l != nil {
			t = l.currentTask
		}
		if t == nil {
			return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "Timeout should be used inside a task")
		}
		to.state = "active"
		to.task = t
		to.cancelling = t.numCancels
		if e := to.reschedule(to.when); e != nil {
			return rt.Null, e
		}
		return self, nil
	})
}

func (to *timeoutCM) aexit(et, exc rt.Value) rt.Value {
	return rt.NewGenerator(codeTOExit, func() (rt.Value, *rt.Exc) {
		if to.handler != nil {
			to.handler.cancel()
			to.handler = nil
		}
		if to.state == "expiring" {
			to.state = "expired"
			t, _ := et.O.(*rt.Type)
			if to.task.uncancel() <= to.cancelling && et.K == rt.KObj && t == ExcCancelledError {
				ex, _ := exc.O.(*rt.Exc)
				if ex != nil {
					return rt.Null, timeoutFrom(ex)
				}
				return rt.Null, rt.NewExc(rt.ExcTimeoutError)
			}
		} else if to.state == "active" {
			to.state = "finished"
		}
		return rt.None, nil
	})
}
