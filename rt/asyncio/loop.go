package asyncio

import (
	"sync"

	"github.com/py2goasync/py2goasync/rt"
)

// The event loop: CPython 3.11's BaseEventLoop/_UnixSelectorEventLoop
// restricted to what has no I/O. Scheduling is exactly base_events.py's:
// a FIFO ready deque of Handles, a heapq of TimerHandles ordered by their
// deadline alone (ties broken the way heapq's sift breaks them, not by
// insertion), and _run_once running the handles present at the start of
// the pass.

// Handle is a callback scheduled with call_soon/call_later (asyncio.Handle
// and TimerHandle). fn is Go; desc is what reprs and error messages show.
type Handle struct {
	loop      *Loop
	fn        func() *rt.Exc
	cbName    string   // _format_callback's text, e.g. "Task.task_wakeup()"
	cbValue   rt.Value // the Python callback, when there is one
	cancelled bool
	timer     bool
	when      float64
	scheduled bool
}

// Loop is an asyncio event loop (_UnixSelectorEventLoop).
type Loop struct {
	ready               []*Handle // deque: ready[readyHead:]
	readyHead           int
	scheduled           []*Handle // heapq by when
	timerCancelledCount int

	stopping bool
	closed   bool
	running  bool
	thread   *rt.Thread
	debug    bool

	tasks        []*Task // created on this loop, creation order (all_tasks)
	currentTask  *Task
	defaultExec  *rt.Executor
	agShutdown   bool
	execShutdown bool
	excHandler   rt.Value

	// call_soon_threadsafe from a worker goroutine: appended under mu and
	// moved to ready by the loop (the self-pipe's role).
	mu     sync.Mutex
	tsq    []*Handle
	wakeCh chan struct{}
}

func newLoop() *Loop {
	return &Loop{wakeCh: make(chan struct{}, 1)}
}

const (
	minScheduledTimerHandles         = 100
	minCancelledTimerHandlesFraction = 0.5
	clockResolution                  = 1e-09
	maximumSelectTimeout             = 24 * 3600
)

func (l *Loop) time() float64 { return rt.ClockMonotonic() }

func (l *Loop) checkClosed() *rt.Exc {
	if l.closed {
		return rt.ExcMsg(rt.ExcRuntimeError, "Event loop is closed")
	}
	return nil
}

func (l *Loop) readyLen() int { return len(l.ready) - l.readyHead }

func (l *Loop) pushReady(h *Handle) {
	if l.readyHead > 0 && l.readyHead*2 >= len(l.ready) {
		n := copy(l.ready, l.ready[l.readyHead:])
		for i := n; i < len(l.ready); i++ {
			l.ready[i] = nil
		}
		l.ready = l.ready[:n]
		l.readyHead = 0
	}
	l.ready = append(l.ready, h)
}

func (l *Loop) popReady() *Handle {
	h := l.ready[l.readyHead]
	l.ready[l.readyHead] = nil
	l.readyHead++
	if l.readyHead == len(l.ready) {
		l.ready = l.ready[:0]
		l.readyHead = 0
	}
	return h
}

// callSoon is loop.call_soon for a Go callback.
func (l *Loop) callSoon(fn func() *rt.Exc, name string) (*Handle, *rt.Exc) {
	if e := l.checkClosed(); e != nil {
		return nil, e
	}
	h := &Handle{loop: l, fn: fn, cbName: name}
	l.pushReady(h)
	return h, nil
}

// callAt is loop.call_at.
func (l *Loop) callAt(when float64, fn func() *rt.Exc, name string) (*Handle, *rt.Exc) {
	if e := l.checkClosed(); e != nil {
		return nil, e
	}
	h := &Handle{loop: l, fn: fn, cbName: name, timer: true, when: when}
	l.heapPush(h)
	h.scheduled = true
	return h, nil
}

// callLater is loop.call_later: call_at(self.time() + delay).
func (l *Loop) callLater(delay float64, fn func() *rt.Exc, name string) (*Handle, *rt.Exc) {
	return l.callAt(l.time()+delay, fn, name)
}

// callSoonThreadsafe may be called from any goroutine holding the GIL.
func (l *Loop) callSoonThreadsafe(fn func() *rt.Exc, name string) {
	h := &Handle{loop: l, fn: fn, cbName: name}
	l.mu.Lock()
	l.tsq = append(l.tsq, h)
	l.mu.Unlock()
	select {
	case l.wakeCh <- struct{}{}:
	default:
	}
}

// drainThreadsafe moves call_soon_threadsafe handles to the ready queue
// (in CPython they are appended to _ready directly; the self-pipe only
// wakes the selector).
func (l *Loop) drainThreadsafe() {
	l.mu.Lock()
	q := l.tsq
	l.tsq = nil
	l.mu.Unlock()
	for _, h := range q {
		l.pushReady(h)
	}
}

func (h *Handle) cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	if h.timer && h.scheduled {
		h.loop.timerCancelledCount++
	}
	h.fn = nil
	h.cbValue = rt.Null
}

// run is Handle._run: an exception goes to the loop's exception handler.
func (h *Handle) run() {
	if e := h.fn(); e != nil {
		if rt.IsExcInstance(e, rt.ExcSystemExit) || rt.IsExcInstance(e, rt.ExcKeyboardInterrupt) {
			panic(rt.EscapingExc{Exc: e})
		}
		if h.cbValue.K == rt.KObj {
			// A Python callback: the traceback starts in Handle._run.
			rt.AddTraceback(e, codeHandleRun, 80)
		}
		h.loop.callExceptionHandler("Exception in callback "+h.cbName, e, h, nil)
	}
}

// heapq on when only, with CPython's _siftdown/_siftup.
func (l *Loop) heapPush(h *Handle) {
	l.scheduled = append(l.scheduled, h)
	l.siftdown(0, len(l.scheduled)-1)
}

func (l *Loop) heapPop() *Handle {
	s := l.scheduled
	last := s[len(s)-1]
	s[len(s)-1] = nil
	l.scheduled = s[:len(s)-1]
	if len(l.scheduled) == 0 {
		return last
	}
	ret := l.scheduled[0]
	l.scheduled[0] = last
	l.siftup(0)
	return ret
}

func (l *Loop) siftdown(startpos, pos int) {
	heap := l.scheduled
	newitem := heap[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := heap[parentpos]
		if newitem.when < parent.when {
			heap[pos] = parent
			pos = parentpos
			continue
		}
		break
	}
	heap[pos] = newitem
}

func (l *Loop) siftup(pos int) {
	heap := l.scheduled
	endpos := len(heap)
	startpos := pos
	newitem := heap[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos && !(heap[childpos].when < heap[rightpos].when) {
			childpos = rightpos
		}
		heap[pos] = heap[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	heap[pos] = newitem
	l.siftdown(startpos, pos)
}

func (l *Loop) heapify() {
	n := len(l.scheduled)
	for i := n/2 - 1; i >= 0; i-- {
		l.siftup(i)
	}
}

// runOnce is BaseEventLoop._run_once.
func (l *Loop) runOnce() {
	schedCount := len(l.scheduled)
	if schedCount > minScheduledTimerHandles &&
		float64(l.timerCancelledCount)/float64(schedCount) > minCancelledTimerHandlesFraction {
		keep := l.scheduled[:0]
		for _, h := range l.scheduled {
			if h.cancelled {
				h.scheduled = false
			} else {
				keep = append(keep, h)
			}
		}
		for i := len(keep); i < len(l.scheduled); i++ {
			l.scheduled[i] = nil
		}
		l.scheduled = keep
		l.heapify()
		l.timerCancelledCount = 0
	} else {
		for len(l.scheduled) > 0 && l.scheduled[0].cancelled {
			l.timerCancelledCount--
			h := l.heapPop()
			h.scheduled = false
		}
	}
	l.drainThreadsafe()
	// timeout: 0 if ready/stopping, none if nothing scheduled, else time
	// to the earliest timer.
	var timeout float64
	hasTimeout := true
	if l.readyLen() > 0 || l.stopping {
		timeout = 0
	} else if len(l.scheduled) > 0 {
		when := l.scheduled[0].when
		timeout = when - l.time()
		if timeout < 0 {
			timeout = 0
		}
		if timeout > maximumSelectTimeout {
			timeout = maximumSelectTimeout
		}
	} else {
		hasTimeout = false
	}
	if timeout != 0 || !hasTimeout {
		// About to wait: a point to close generators the program dropped.
		rt.IdleDropCheck()
	}
	rt.SelectWait(l, timeout, hasTimeout)
	l.drainThreadsafe()

	endTime := l.time() + clockResolution
	for len(l.scheduled) > 0 {
		h := l.scheduled[0]
		if h.when >= endTime {
			break
		}
		h = l.heapPop()
		h.scheduled = false
		l.pushReady(h)
	}
	ntodo := l.readyLen()
	for i := 0; i < ntodo; i++ {
		h := l.popReady()
		if h.cancelled {
			continue
		}
		h.run()
	}
}

// runForever is BaseEventLoop.run_forever.
func (l *Loop) runForever() (exc *rt.Exc) {
	if e := l.checkClosed(); e != nil {
		return e
	}
	if e := l.checkRunning(); e != nil {
		return e
	}
	t := rt.CurrentThread()
	l.running = true
	l.thread = t
	t.RunningLoop = l
	defer func() {
		l.stopping = false
		l.running = false
		l.thread = nil
		t.RunningLoop = nil
		if r := recover(); r != nil {
			if ee, ok := r.(rt.EscapingExc); ok {
				exc = ee.Exc
				return
			}
			panic(r)
		}
	}()
	for {
		l.runOnce()
		if l.stopping {
			break
		}
	}
	return nil
}

// IsClosed implements EventLoop.
func (l *Loop) IsClosed() bool { return l.closed }

// ScheduleAclose implements EventLoop: BaseEventLoop._asyncgen_finalizer_hook,
// self.call_soon_threadsafe(self.create_task, agen.aclose()).
func (l *Loop) ScheduleAclose(coro rt.Value) {
	l.callSoonThreadsafe(func() *rt.Exc {
		_, e := l.createTask(coro, rt.Null)
		return e
	}, "BaseEventLoop.create_task()")
}

// ThreadsafePending implements rt's LoopWaiter.
func (l *Loop) ThreadsafePending() bool {
	l.mu.Lock()
	n := len(l.tsq)
	l.mu.Unlock()
	return n > 0
}

// WakeChan implements rt's LoopWaiter.
func (l *Loop) WakeChan() <-chan struct{} { return l.wakeCh }

// FirstTimer implements rt's LoopWaiter.
func (l *Loop) FirstTimer() (float64, bool) {
	if len(l.scheduled) == 0 {
		return 0, false
	}
	return l.scheduled[0].when, true
}

func (l *Loop) checkRunning() *rt.Exc {
	if l.running {
		return rt.ExcMsg(rt.ExcRuntimeError, "This event loop is already running")
	}
	if rt.CurrentThread().RunningLoop != nil {
		return rt.ExcMsg(rt.ExcRuntimeError, "Cannot run the event loop while another loop is running")
	}
	return nil
}

func (l *Loop) stop() { l.stopping = true }

// close is BaseEventLoop.close (plus the selector loop's, which has
// nothing more to release here).
func (l *Loop) close() *rt.Exc {
	if l.running {
		return rt.ExcMsg(rt.ExcRuntimeError, "Cannot close a running event loop")
	}
	if l.closed {
		return nil
	}
	l.closed = true
	l.ready = nil
	l.readyHead = 0
	l.scheduled = nil
	l.execShutdown = true
	if ex := l.defaultExec; ex != nil {
		l.defaultExec = nil
		ex.Shutdown(false)
	}
	return nil
}

// runUntilComplete is BaseEventLoop.run_until_complete.
func (l *Loop) runUntilComplete(fut rt.Value) (rt.Value, *rt.Exc) {
	if e := l.checkClosed(); e != nil {
		return rt.Null, e
	}
	if e := l.checkRunning(); e != nil {
		return rt.Null, e
	}
	_, isFut := asFuture(fut)
	f, e := ensureFuture(fut, l)
	if e != nil {
		return rt.Null, e
	}
	if !isFut && f.task != nil {
		f.task.noLogPending = true
	}
	cb := &futCallback{name: "_run_until_complete_cb", src: rt.PylibSource("base_events.py", 180),
		fn: func(f *Future) *rt.Exc {
			if f.state != futCancelled {
				if ex := f.exc; ex != nil && (rt.IsExcInstance(ex, rt.ExcSystemExit) || rt.IsExcInstance(ex, rt.ExcKeyboardInterrupt)) {
					return nil
				}
			}
			f.loop.stop()
			return nil
		}}
	f.addCallback(cb)
	runErr := l.runForever()
	f.removeCallback(cb)
	if runErr != nil {
		if !isFut && f.done() && f.state != futCancelled {
			f.logTraceback = false
		}
		return rt.Null, runErr
	}
	if !f.done() {
		return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "Event loop stopped before Future completed.")
	}
	r, e := f.result()
	if e != nil {
		rt.AddTraceback(e, codeRunUntilComplete, 653)
	}
	return r, e
}

// Code objects of asyncio's Python frames that tracebacks show.
var (
	codeHandleRun        = asyncioCode("_run", "events.py", 78, rt.PlainCode)
	codeRunUntilComplete = asyncioCode("run_until_complete", "base_events.py", 617, rt.PlainCode)
	codeRunnerRun        = asyncioCode("run", "runners.py", 86, rt.PlainCode)
	codeRun              = asyncioCode("run", "runners.py", 160, rt.PlainCode)
)

// callExceptionHandler is loop.call_exception_handler with the default
// handler's output (logging.error to stderr).
func (l *Loop) callExceptionHandler(msg string, e *rt.Exc, h *Handle, fut *Future) {
	if !l.excHandler.IsNull() && l.excHandler.K != rt.KNone {
		ctx, _ := rt.NewDict(rt.Str("message"), rt.Str(msg), rt.Str("exception"), rt.ExcValue(e))
		if _, err := rt.Call(l.excHandler, []rt.Value{rt.Obj(l), ctx}, nil); err == nil {
			return
		}
	}
	out := msg + "\n"
	if fut != nil {
		out += "future: " + fut.repr() + "\n"
	} else if h != nil {
		out += "handle: <Handle " + h.cbName + ">\n"
	}
	rt.WriteStderr(out)
	rt.PrintException(e)
}
