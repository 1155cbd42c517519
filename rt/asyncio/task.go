package asyncio

import (
	"strconv"
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// asyncio.Task: CPython 3.11's _asyncio.Task (task_step_impl and
// task_wakeup in _asynciomodule.c, the same logic as tasks.py's
// Task.__step and __wakeup).

// Task is a Future driving a coroutine.
type Task struct {
	Future
	coro       rt.Value      // the coroutine object
	gen        *rt.Generator // coro as our coroutine, or nil (another awaitable's __await__ iterator is not supported as a task coroutine)
	name       rt.Value
	mustCancel bool
	futWaiter  *Future
	numCancels int
	seq        uint64
	ctx        *rt.Context    // contextvars.copy_context() at creation
	stepFn     func() *rt.Exc // __step with no exception, allocated once
	wakeupCB   *futCallback   // __wakeup as a done callback, allocated once
	// noLogPending is _log_destroy_pending = False: no "Task was destroyed
	// but it is pending!" for tasks the runtime wrapped itself.
	noLogPending bool
}

func (t *Task) Type() *rt.Type { return TaskType }

var taskNameCounter int64

// taskSeq numbers tasks in creation order. A task's hash is its number, so
// a set of tasks (asyncio.all_tasks(), docs/deterministic.md) iterates in
// creation order as long as the numbers do not wrap around the set's
// table size (true for the live tasks of typical programs); a set type
// with insertion order from the core would make it exact.
var taskSeq uint64

// newTask is Task(coro, loop=loop, name=name): schedules the first step.
func newTask(l *Loop, coro rt.Value, name rt.Value) (*Task, *rt.Exc) {
	g, ok := coro.O.(*rt.Generator)
	if coro.K != rt.KObj || !ok || g.Kind != rt.CoroutineCode {
		r, _ := rt.ToRepr(coro)
		return nil, rt.ExcMsg(rt.ExcTypeError, "a coroutine was expected, got "+r)
	}
	taskSeq++
	if len(allTasksEver) >= 2*pendingCheckAt {
		keep := allTasksEver[:0]
		for _, t := range allTasksEver {
			if !t.done() {
				keep = append(keep, t)
			}
		}
		clear(allTasksEver[len(keep):])
		allTasksEver = keep
		pendingCheckAt = len(keep) + 1024
	}
	t := &Task{coro: coro, gen: g, seq: taskSeq, ctx: rt.CurrentThread().Context().Copy()}
	t.Future = Future{loop: l, cancelMsg: rt.None, task: t}
	if name.IsNull() || name.K == rt.KNone {
		taskNameCounter++
		t.name = rt.Str("Task-" + strconv.FormatInt(taskNameCounter, 10))
	} else if name.K == rt.KObj && name.O.Type() == rt.StrType {
		t.name = name
	} else {
		s, e := rt.ToStr(name)
		if e != nil {
			return nil, e
		}
		t.name = rt.Str(s)
	}
	t.stepFn = func() *rt.Exc { return t.step(nil) }
	t.wakeupCB = &futCallback{name: "Task.task_wakeup", fn: t.wakeup}
	if _, e := l.callSoon(t.stepFn, "Task.task_step()"); e != nil {
		return nil, e
	}
	l.tasks = append(l.tasks, t)
	allTasksEver = append(allTasksEver, t)
	return t, nil
}

// allTasksEver lists tasks for the exit report (pruned of finished ones as
// it grows).
var allTasksEver []*Task

var pendingCheckAt = 1024

// flushPendingTasks reports tasks still pending at the end of a script,
// as Task.__del__ does when CPython destroys them at shutdown. (After an
// interactive session CPython's shutdown order leaves them unreported.)
func flushPendingTasks() {
	if rt.InteractiveMode() != rt.NotInteractive {
		allTasksEver = nil
		return
	}
	for _, t := range allTasksEver {
		if t.state == futPending && !t.noLogPending {
			rt.WriteStderr("Task was destroyed but it is pending!\ntask: " + t.repr() + "\n")
		}
	}
	allTasksEver = nil
}

// setName is tasks._set_task_name: set_name(name) unless name is None.
func (t *Task) setName(name rt.Value) *rt.Exc {
	if name.IsNull() || name.IsNone() {
		return nil
	}
	s, e := rt.ToStr(name)
	if e != nil {
		return e
	}
	t.name = rt.Str(s)
	return nil
}

// step is __step.
func (t *Task) step(exc *rt.Exc) *rt.Exc {
	if t.done() {
		return rt.ExcMsg(ExcInvalidStateError, "_step(): already done: "+t.repr()+", "+excReprOrNone(exc))
	}
	if t.mustCancel {
		if exc == nil || !rt.IsExcInstance(exc, ExcCancelledError) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.futWaiter = nil
	l := t.loop
	if l.currentTask != nil {
		return rt.ExcMsg(rt.ExcRuntimeError, "Cannot enter into task "+t.repr()+" while another task "+l.currentTask.repr()+" is being executed.")
	}
	l.currentTask = t
	oldCtx := rt.CurrentThread().Ctx
	rt.CurrentThread().Ctx = t.ctx
	defer func() { l.currentTask = nil; rt.CurrentThread().Ctx = oldCtx }()

	y, done, res, e := t.gen.Resume(exc)
	if done {
		if e == nil {
			if res.IsNull() {
				res = rt.None
			}
			if t.mustCancel {
				t.mustCancel = false
				t.futCancel(t.cancelMsg)
			} else {
				t.setResult(res)
			}
			return nil
		}
		if rt.IsExcInstance(e, ExcCancelledError) {
			t.cancelledExc = e
			t.futCancel(rt.Null)
			return nil
		}
		t.setException(e)
		if rt.IsExcInstance(e, rt.ExcKeyboardInterrupt) || rt.IsExcInstance(e, rt.ExcSystemExit) {
			return e
		}
		return nil
	}
	// The coroutine yielded.
	if f, ok := asFuture(y); ok {
		if f.loop != l {
			ne := rt.ExcMsg(rt.ExcRuntimeError, "Task "+t.repr()+" got Future "+f.repr()+" attached to a different loop")
			l.callSoon(func() *rt.Exc { return t.step(ne) }, "Task.task_step()")
			return nil
		}
		if !f.blocking {
			ne := rt.ExcMsg(rt.ExcRuntimeError, "yield was used instead of yield from in task "+t.repr()+" with "+f.repr())
			l.callSoon(func() *rt.Exc { return t.step(ne) }, "Task.task_step()")
			return nil
		}
		if f == &t.Future {
			ne := rt.ExcMsg(rt.ExcRuntimeError, "Task cannot await on itself: "+t.repr())
			l.callSoon(func() *rt.Exc { return t.step(ne) }, "Task.task_step()")
			return nil
		}
		f.blocking = false
		f.addCallback(t.wakeupCB)
		t.futWaiter = f
		if t.mustCancel {
			if f.cancel(t.cancelMsg) {
				t.mustCancel = false
			}
		}
		return nil
	}
	if y.IsNull() || y.K == rt.KNone {
		l.callSoon(t.stepFn, "Task.task_step()")
		return nil
	}
	r, _ := rt.ToRepr(y)
	var ne *rt.Exc
	if g, ok := y.O.(*rt.Generator); ok && y.K == rt.KObj && g.Kind == rt.GeneratorCode {
		ne = rt.ExcMsg(rt.ExcRuntimeError, "yield was used instead of yield from for generator in task "+t.repr()+" with "+r)
	} else {
		ne = rt.ExcMsg(rt.ExcRuntimeError, "Task got bad yield: "+r)
	}
	l.callSoon(func() *rt.Exc { return t.step(ne) }, "Task.task_step()")
	return nil
}

// wakeup is __wakeup: the awaited future is done.
func (t *Task) wakeup(f *Future) *rt.Exc {
	if _, e := f.result(); e != nil {
		return t.step(e)
	}
	return t.step(nil)
}

// cancel is Task.cancel.
func (t *Task) cancel(msg rt.Value) bool {
	t.logTraceback = false
	if t.done() {
		return false
	}
	t.numCancels++
	if t.futWaiter != nil {
		if t.futWaiter.cancel(msg) {
			return true
		}
	}
	t.mustCancel = true
	if msg.IsNull() {
		msg = rt.None
	}
	t.cancelMsg = msg
	return true
}

func (t *Task) uncancel() int {
	if t.numCancels > 0 {
		t.numCancels--
	}
	return t.numCancels
}

func (t *Task) await() (rt.Value, *rt.Exc) { return t.Future.await() }

// AwaitNative implements rt's NativeAwaitable: await task.
func (t *Task) AwaitNative() (rt.Value, *rt.Exc) { return t.await() }

// repr is base_tasks._task_repr.
func (t *Task) repr() string {
	info := t.Future.reprInfo()
	if t.numCancels > 0 && !t.done() {
		info[0] = "cancelling"
	}
	nr, _ := rt.ToRepr(t.name)
	rest := append([]string{"name=" + nr, "coro=<" + formatCoroutine(t.gen) + ">"}, info[1:]...)
	if t.futWaiter != nil {
		rest = append(rest[:2], append([]string{"wait_for=" + t.futWaiter.repr()}, rest[2:]...)...)
	}
	return "<Task " + info[0] + " " + strings.Join(rest, " ") + ">"
}

// formatCoroutine is coroutines._format_coroutine for our coroutines.
func formatCoroutine(g *rt.Generator) string {
	name := g.Qualname + "()"
	file := rt.AbsFilename(g.Code.Filename)
	if g.State == rt.GenFinished {
		return name + " done, defined at " + file + ":" + rt.Itoa(g.Code.Line)
	}
	return name + " running at " + file + ":" + rt.Itoa(g.Line)
}

// allTasks is tasks.all_tasks(loop): the loop's unfinished tasks in
// creation order (docs/deterministic.md), pruning finished ones.
func (l *Loop) allTasks() []*Task {
	keep := l.tasks[:0]
	var out []*Task
	for _, t := range l.tasks {
		if !t.done() {
			keep = append(keep, t)
			out = append(out, t)
		}
	}
	for i := len(keep); i < len(l.tasks); i++ {
		l.tasks[i] = nil
	}
	l.tasks = keep
	return out
}

func excReprOrNone(e *rt.Exc) string {
	if e == nil {
		return "None"
	}
	return rt.ReprOrErr(rt.ExcValue(e))
}
