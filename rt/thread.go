package rt

import (
	"sync"
	"time"
)

// Python threads: the event loop's thread and executor workers
// (asyncio.to_thread, loop.run_in_executor). docs/design.md: one Python
// thread runs at a time.
//
// Real-time mode: a GIL mutex, held by the loop except while it waits for
// events and by a worker while it runs Python code (released around
// time.sleep).
//
// Deterministic mode (docs/deterministic.md "Threads"): the loop gives the
// turn to tracked workers explicitly inside its selector wait; a worker
// runs until it finishes or calls time.sleep, then hands the turn back.
// No mutex is needed there: the handoff itself serializes everything.

var gil sync.Mutex

func init() { gil.Lock() } // the main thread starts holding it

// GilRelease releases the GIL around a blocking wait (real-time mode) and
// returns the thread to restore with gilAcquire.
func GilRelease() *Thread {
	t := curThread
	gil.Unlock()
	return t
}

func GilAcquire(t *Thread) {
	gil.Lock()
	curThread = t
}

var threadIdent int64 = 1

// Executor is a concurrent.futures.ThreadPoolExecutor (only what asyncio
// uses: submit and shutdown).
type Executor struct {
	maxWorkers int
	busy       int // started, unfinished jobs (deterministic mode)
	sem        chan struct{}
	nthreads   int
	Shut       bool
	Typ        *Type  // ThreadPoolExecutor or ProcessPoolExecutor
	NamePrefix string // thread_name_prefix
}

// defaultMaxWorkers is min(32, os.cpu_count()+4) on 2 CPUs, fixed by
// docs/deterministic.md.
const defaultMaxWorkers = 6

func NewExecutor(max int) *Executor {
	if max <= 0 {
		max = defaultMaxWorkers
	}
	return &Executor{maxWorkers: max, sem: make(chan struct{}, max)}
}

func (x *Executor) Shutdown(wait bool) { x.Shut = true }

// trackedJob is one submitted call.
type trackedJob struct {
	fn       func() (Value, *Exc)
	exec     *Executor
	wake     int64
	seq      uint64
	started  bool
	finished bool
	turn     chan struct{}
	thread   *Thread
	done     func(Value, *Exc) // runs on the worker with the turn/GIL
}

var (
	jobSeq     uint64
	jobPending []*trackedJob // waiting for the turn (deterministic mode)
	turnBack   = make(chan struct{})
)

func enqueueJob(j *trackedJob, wake int64) {
	jobSeq++
	j.wake, j.seq = wake, jobSeq
	jobPending = append(jobPending, j)
}

// prefix is the executor's thread_name_prefix.
func (x *Executor) prefix() string {
	if x.NamePrefix != "" {
		return x.NamePrefix
	}
	return "ThreadPoolExecutor-0"
}

// RunInline runs call at once on a new thread of the executor's, and done
// on that thread with the result: what submit does when no event loop
// runs to receive a worker's result.
func (x *Executor) RunInline(call func() (Value, *Exc), done func(Value, *Exc)) {
	threadIdent++
	x.nthreads++
	th := &Thread{Name: x.prefix() + "_" + Itoa(x.nthreads-1), Ident: threadIdent}
	me := curThread
	curThread = th
	v, e := call()
	done(v, e)
	curThread = me
}

// Submit runs fn on a worker thread; done is called on that thread with
// the result (it typically uses call_soon_threadsafe).
func (x *Executor) Submit(fn func() (Value, *Exc), done func(Value, *Exc)) {
	threadIdent++
	x.nthreads++
	th := &Thread{Name: x.prefix() + "_" + Itoa(x.nthreads-1), Ident: threadIdent}
	j := &trackedJob{fn: fn, exec: x, turn: make(chan struct{}), thread: th, done: done}
	th.job = j
	if deterministic {
		enqueueJob(j, virtualNS)
		go func() {
			<-j.turn
			curThread = th
			j.started = true
			x.busy++
			v, e := j.fn()
			j.done(v, e)
			j.finished = true
			x.busy--
			turnBack <- struct{}{}
		}()
		return
	}
	go func() {
		x.sem <- struct{}{}
		GilAcquire(th)
		v, e := j.fn()
		j.done(v, e)
		gil.Unlock()
		<-x.sem
	}()
}

// eligible is deterministic.py's _eligible.
func (j *trackedJob) eligible() bool {
	return j.started || j.exec.busy < j.exec.maxWorkers
}

// giveTurn runs j until it gives the turn back.
func giveTurn(j *trackedJob) {
	me := curThread
	j.turn <- struct{}{}
	<-turnBack
	curThread = me
}

// dueJob removes and returns the eligible job with the least (wake, seq)
// among those due (wake <= M), or nil.
func dueJob() *trackedJob {
	best := -1
	for i, j := range jobPending {
		if j.wake > virtualNS || !j.eligible() {
			continue
		}
		if best < 0 || j.wake < jobPending[best].wake || (j.wake == jobPending[best].wake && j.seq < jobPending[best].seq) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	j := jobPending[best]
	jobPending = append(jobPending[:best], jobPending[best+1:]...)
	return j
}

func minEligibleWake() (int64, bool) {
	var m int64
	ok := false
	for _, j := range jobPending {
		if j.eligible() && (!ok || j.wake < m) {
			m, ok = j.wake, true
		}
	}
	return m, ok
}

// sleepWorker is time.sleep in a tracked worker (deterministic mode).
func sleepWorker(j *trackedJob, secs float64) {
	enqueueJob(j, virtualNS+CeilNS(secs))
	me := curThread
	turnBack <- struct{}{}
	<-j.turn
	curThread = me
}

// PySleep is time.sleep(secs) after argument checks.
func PySleep(secs float64) {
	if deterministic {
		if j := curThread.job; j != nil {
			sleepWorker(j, secs)
			return
		}
		advanceTo(virtualNS + CeilNS(secs))
		return
	}
	t := GilRelease()
	time.Sleep(time.Duration(secs * 1e9))
	GilAcquire(t)
}

// LoopWaiter is what the event loop's selector wait needs of the loop
// (the asyncio package's): selectWait parks the thread, with the GIL
// released, until a callback comes from another thread or the first timer
// is due; in deterministic mode it runs worker jobs and moves the virtual
// clock instead (docs/deterministic.md).
type LoopWaiter interface {
	// ThreadsafePending reports whether call_soon_threadsafe callbacks
	// are queued.
	ThreadsafePending() bool
	// WakeChan receives when another thread queues a callback.
	WakeChan() <-chan struct{}
	// FirstTimer is the deadline of the earliest scheduled callback.
	FirstTimer() (when float64, ok bool)
}

// SelectWait is the selector wait of _run_once: in deterministic mode the
// jump of docs/deterministic.md, else a real wait with the GIL released.
func SelectWait(l LoopWaiter, timeout float64, hasTimeout bool) {
	if deterministic {
		detSelect(l, timeout, hasTimeout)
		return
	}
	if l.ThreadsafePending() || (hasTimeout && timeout <= 0) {
		return
	}
	t := GilRelease()
	if hasTimeout {
		tm := time.NewTimer(time.Duration(timeout * 1e9))
		select {
		case <-l.WakeChan():
		case <-tm.C:
		}
		tm.Stop()
	} else {
		<-l.WakeChan()
	}
	GilAcquire(t)
}

func detSelect(l LoopWaiter, timeout float64, hasTimeout bool) {
	for {
		for {
			j := dueJob()
			if j == nil {
				break
			}
			giveTurn(j)
		}
		if l.ThreadsafePending() || (hasTimeout && timeout == 0) {
			return
		}
		var target int64
		have := false
		if hasTimeout {
			if when, ok := l.FirstTimer(); ok {
				target, have = CeilNS(when), true
			}
		}
		if w, ok := minEligibleWake(); ok && (!have || w < target) {
			target, have = w, true
		}
		if !have {
			// Waiting for something outside the clock: nothing in this
			// runtime can deliver it, so this blocks as CPython would.
			t := GilRelease()
			<-l.WakeChan()
			GilAcquire(t)
			return
		}
		advanceTo(target)
		if w, ok := minEligibleWake(); !ok || w > virtualNS {
			return
		}
	}
}

// ExecutorType is concurrent.futures.ThreadPoolExecutor (its module name
// is set by lib/concurrent).
var ExecutorType = NewType("ThreadPoolExecutor", ObjectType)

func (x *Executor) Type() *Type {
	if x.Typ != nil {
		return x.Typ
	}
	return ExecutorType
}
