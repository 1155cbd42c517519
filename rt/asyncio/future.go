package asyncio

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// asyncio.Future (futures.py; CPython uses the equivalent C _asyncio.Future).

type futState uint8

const (
	futPending futState = iota
	futCancelled
	futFinished
)

var futStateName = [...]string{"PENDING", "CANCELLED", "FINISHED"}

// futCallback is a done callback: a Go function (runtime internals) or a
// Python callable. name/src are what _format_callback_source prints.
type futCallback struct {
	fn   func(f *Future) *rt.Exc
	py   rt.Value
	ctx  *rt.Context // the context a Python callback runs in
	name string      // qualname without "()"
	src  string      // "FILE:LINE" or ""
}

func (c *futCallback) format() string {
	if c.fn == nil {
		return formatCallbackValue(c.py)
	}
	s := c.name + "()"
	if c.src != "" {
		s += " at " + c.src
	}
	return s
}

// Future is an asyncio Future; Task embeds it.
type Future struct {
	loop         *Loop
	state        futState
	res          rt.Value
	exc          *rt.Exc
	excTB        int // len(exc.Traceback) when set (_exception_tb)
	callbacks    []*futCallback
	cancelMsg    rt.Value
	cancelledExc *rt.Exc
	logTraceback bool
	blocking     bool // _asyncio_future_blocking
	task         *Task

	// _GatheringFuture
	gatherChildren []*Future
	isGather       bool
	cancelReq      bool
	dict           rt.Value // instance attributes set from Python (rare)
}

func (f *Future) Type() *rt.Type {
	if f.isGather {
		return GatheringFutureType
	}
	return FutureType
}

func newFuture(l *Loop) *Future { return &Future{loop: l, cancelMsg: rt.None} }

// value returns the Python object for f (the Task for a task's Future).
func (f *Future) value() rt.Value {
	if f.task != nil {
		return rt.Obj(f.task)
	}
	return rt.Obj(f)
}

// asFuture returns the Future part of a Future or Task value.
func asFuture(v rt.Value) (*Future, bool) {
	if v.K != rt.KObj {
		return nil, false
	}
	switch o := v.O.(type) {
	case *Future:
		return o, true
	case *Task:
		return &o.Future, true
	}
	return nil, false
}

func (f *Future) done() bool { return f.state != futPending }

func (f *Future) makeCancelledError() *rt.Exc {
	if e := f.cancelledExc; e != nil {
		f.cancelledExc = nil
		return e
	}
	if f.cancelMsg.IsNull() || f.cancelMsg.K == rt.KNone {
		return rt.NewExc(ExcCancelledError)
	}
	return rt.NewExc(ExcCancelledError, f.cancelMsg)
}

func (f *Future) result() (rt.Value, *rt.Exc) {
	switch f.state {
	case futCancelled:
		return rt.Null, f.makeCancelledError()
	case futPending:
		return rt.Null, rt.ExcMsg(ExcInvalidStateError, "Result is not set.")
	}
	f.logTraceback = false
	if f.exc != nil {
		// raise self._exception.with_traceback(self._exception_tb)
		if len(f.exc.Traceback) > f.excTB {
			f.exc.Traceback = f.exc.Traceback[:f.excTB]
		}
		return rt.Null, f.exc
	}
	return f.res, nil
}

func (f *Future) exception() (*rt.Exc, *rt.Exc) {
	switch f.state {
	case futCancelled:
		return nil, f.makeCancelledError()
	case futPending:
		return nil, rt.ExcMsg(ExcInvalidStateError, "Exception is not set.")
	}
	f.logTraceback = false
	return f.exc, nil
}

// cancel dispatches to Task.cancel and _GatheringFuture.cancel.
func (f *Future) cancel(msg rt.Value) bool {
	if f.task != nil {
		return f.task.cancel(msg)
	}
	if f.isGather {
		if f.done() {
			return false
		}
		ret := false
		for _, c := range f.gatherChildren {
			if c.cancel(msg) {
				ret = true
			}
		}
		if ret {
			f.cancelReq = true
		}
		return ret
	}
	return f.futCancel(msg)
}

// futCancel is Future.cancel itself.
func (f *Future) futCancel(msg rt.Value) bool {
	f.logTraceback = false
	if f.state != futPending {
		return false
	}
	f.state = futCancelled
	if msg.IsNull() {
		msg = rt.None
	}
	f.cancelMsg = msg
	f.scheduleCallbacks()
	return true
}

func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		f.loop.callSoon(f.callbackRunner(cb), cb.format())
	}
}

func (f *Future) callbackRunner(cb *futCallback) func() *rt.Exc {
	return func() *rt.Exc {
		if cb.fn != nil {
			return cb.fn(f)
		}
		if cb.ctx != nil {
			return cb.ctx.RunIn(func() *rt.Exc {
				_, e := rt.Call(cb.py, []rt.Value{f.value()}, nil)
				return e
			})
		}
		_, e := rt.Call(cb.py, []rt.Value{f.value()}, nil)
		return e
	}
}

func (f *Future) setResult(v rt.Value) *rt.Exc {
	if f.state != futPending {
		return rt.ExcMsg(ExcInvalidStateError, "invalid state") // the C Future's message
	}
	f.res = v
	f.state = futFinished
	f.scheduleCallbacks()
	return nil
}

func (f *Future) setException(e *rt.Exc) *rt.Exc {
	if f.state != futPending {
		return rt.ExcMsg(ExcInvalidStateError, "invalid state") // the C Future's message
	}
	if rt.IsExcInstance(e, rt.ExcStopIteration) {
		return rt.ExcMsg(rt.ExcTypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.exc = e
	f.excTB = len(e.Traceback)
	f.state = futFinished
	f.scheduleCallbacks()
	f.logTraceback = true
	unretrieved = append(unretrieved, f)
	return nil
}

// unretrieved lists futures that got an exception; those nobody asked
// for it are reported at exit, as CPython's Future.__del__ does when they
// are collected.
var unretrieved []*Future

func flushUnretrieved() {
	for _, f := range unretrieved {
		if !f.logTraceback || isBaseError(f.exc) {
			// SystemExit/KeyboardInterrupt end the process: CPython does
			// not get to log them.
			continue
		}
		f.logTraceback = false
		what := "Future"
		if f.task != nil {
			what = "Task"
		}
		rt.WriteStderr(what + " exception was never retrieved\nfuture: " + f.repr() + "\n")
		rt.PrintException(f.exc)
	}
	unretrieved = nil
}

func (f *Future) addCallback(cb *futCallback) {
	if f.state != futPending {
		f.loop.callSoon(f.callbackRunner(cb), cb.format())
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

// removeCallback removes cb (by identity, or by Python equality for
// Python callables) and returns how many were removed.
func (f *Future) removeCallback(cb *futCallback) int {
	keep := f.callbacks[:0]
	n := 0
	for _, c := range f.callbacks {
		if c == cb {
			n++
			continue
		}
		keep = append(keep, c)
	}
	for i := len(keep); i < len(f.callbacks); i++ {
		f.callbacks[i] = nil
	}
	f.callbacks = keep
	return n
}

func (f *Future) removePyCallback(fn rt.Value) (int, *rt.Exc) {
	keep := f.callbacks[:0]
	n := 0
	for _, c := range f.callbacks {
		if c.fn == nil {
			eq, e := rt.Eq(c.py, fn)
			if e != nil {
				return 0, e
			}
			if t, e := rt.Truth(eq); e != nil {
				return 0, e
			} else if t {
				n++
				continue
			}
		}
		keep = append(keep, c)
	}
	f.callbacks = keep
	return n, nil
}

// await is Future.__await__, run inline in the awaiting coroutine.
// AwaitNative implements rt's NativeAwaitable: await fut.
func (f *Future) AwaitNative() (rt.Value, *rt.Exc) { return f.await() }

func (f *Future) await() (rt.Value, *rt.Exc) {
	if !f.done() {
		f.blocking = true
		d := rt.CurrentDriver()
		if d == nil {
			return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "await wasn't used with future")
		}
		if _, e := d.Suspend(f.value()); e != nil {
			return rt.Null, e
		}
		if !f.done() {
			return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "await wasn't used with future")
		}
	}
	return f.result()
}

// reprInfo is base_futures._future_repr_info.
func (f *Future) reprInfo() []string {
	info := []string{strings.ToLower(futStateName[f.state])}
	if f.state == futFinished {
		if f.exc != nil {
			info = append(info, "exception="+rt.ReprOrErr(rt.ExcValue(f.exc)))
		} else {
			info = append(info, "result="+reprlibRepr(f.res))
		}
	}
	if len(f.callbacks) > 0 {
		info = append(info, formatCallbacks(f.callbacks))
	}
	return info
}

func formatCallbacks(cbs []*futCallback) string {
	var s string
	switch n := len(cbs); {
	case n == 1:
		s = cbs[0].format()
	case n == 2:
		s = cbs[0].format() + ", " + cbs[1].format()
	default:
		s = cbs[0].format() + ", <" + rt.Itoa(n-2) + " more>, " + cbs[n-1].format()
	}
	return "cb=[" + s + "]"
}

func (f *Future) repr() string {
	if f.task != nil {
		return f.task.repr()
	}
	name := "Future"
	if f.isGather {
		name = "_GatheringFuture"
	}
	return "<" + name + " " + strings.Join(f.reprInfo(), " ") + ">"
}

// setResultUnlessCancelled is futures._set_result_unless_cancelled.
func setResultUnlessCancelled(f *Future, v rt.Value) {
	if f.state == futCancelled {
		return
	}
	f.setResult(v)
}
