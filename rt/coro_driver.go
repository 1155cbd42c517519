package rt

import "iter"

// The staging coroutine back end (docs/design.md §1): a coroutine,
// generator or async generator body is a plain Go function run on an
// iter.Pull coroutine (its driver). Everything outside this file sees a
// frame only through step (send a value or throw an exception, get back
// what it yielded or how it finished), so a state-machine back end can
// replace drivers without touching the loop.
//
// A coroutine awaited before it ever ran does not get a driver: its body
// is called directly on the awaiting driver's stack (CPython's yield from
// without the extra frame switch), with the frame pushed on that driver's
// frame stack so CurrentLine and Yield find it.

// driver runs one outermost frame body on an iter.Pull coroutine.
type driver struct {
	next   func() (Value, bool)
	stop   func()
	yield  func(Value) bool
	frames []*Generator // frames running on this driver, innermost last
	inner  []*Generator // while suspended: frames[1:] (inline-awaited frames)

	// sendVal/throwExc carry the resumption value into the body.
	sendVal  Value
	throwExc *Exc
	// result/exc hold how the body finished.
	result   Value
	exc      *Exc
	closed   bool // stop was called: the body must unwind (GeneratorExit)
	finished bool // the body returned
}

// Thread is the per-Python-thread state: the stack of drivers running
// (a generator resumed from a coroutine runs on its own driver above the
// coroutine's). Only the thread holding the GIL touches it; curThread is
// switched when the GIL changes hands (thread.go).
type Thread struct {
	drivers     []*driver
	Name        string
	Ident       int64
	job         *trackedJob // non-nil in a tracked executor worker
	RunningLoop EventLoop   // events._get_running_loop() for this thread (nil: none)
	PolicyLoop  EventLoop   // the policy's current loop (main thread only; nil: none)
	PolicySet   bool
	Ctx         *Context // contextvars' current context (context())
}

var mainThread = &Thread{Name: "MainThread", Ident: 1}

// curThread is the Python thread that holds the GIL.
var curThread = mainThread

// EventLoop is what the core needs of an event loop (the asyncio
// package's): a thread's running and current loops are EventLoops, and an
// async generator first iterated in a loop is finalized through it
// (CPython's sys.set_asyncgen_hooks).
type EventLoop interface {
	// IsClosed reports whether the loop was closed.
	IsClosed() bool
	// ScheduleAclose is BaseEventLoop._asyncgen_finalizer_hook:
	// call_soon_threadsafe(create_task, aclose), for a dropped generator.
	ScheduleAclose(aclose Value)
}

// CurrentThread is the Python thread that holds the GIL.
func CurrentThread() *Thread { return curThread }

// IsMainThread reports whether t is the main thread.
func IsMainThread(t *Thread) bool { return t == mainThread }

// MainThread is the main thread's state.
func MainThread() *Thread { return mainThread }

// NewThread is the state of a new Python thread (threading.Thread):
// the next thread ident, no name yet.
func NewThread() *Thread {
	threadIdent++
	return &Thread{Ident: threadIdent}
}

// RunAsThread runs f at once as thread t (the staging threading.Thread:
// its target runs to completion when started).
func RunAsThread(t *Thread, f func() *Exc) *Exc {
	me := curThread
	curThread = t
	e := f()
	curThread = me
	return e
}

// CurrentFrame is the innermost running coroutine/generator frame, or nil
// at module level.
func CurrentFrame() *Generator {
	ds := curThread.drivers
	if len(ds) == 0 {
		return nil
	}
	fs := ds[len(ds)-1].frames
	if len(fs) == 0 {
		return nil
	}
	return fs[len(fs)-1]
}

func CurrentDriver() *driver {
	ds := curThread.drivers
	if len(ds) == 0 {
		return nil
	}
	return ds[len(ds)-1]
}

// startDriver creates the driver for g (not yet started). The goroutine
// it starts must not reference g: while g is suspended, the only path to it
// must be the program's own references, so that a generator the program
// drops can be found and closed (coro_drop.go) instead of leaking its
// goroutine. So the closure holds only the body, and the frame stack is
// parked in the driver without its top (g) while suspended.
func startDriver(g *Generator) *driver {
	d := &driver{}
	body := g.body
	seq := func(yield func(Value) bool) {
		d.yield = yield
		d.result, d.exc = body()
		clear(d.frames)
		d.frames = d.frames[:0]
		d.finished = true
	}
	d.next, d.stop = iter.Pull(seq)
	return d
}

// resume runs d (g's driver) until its body yields (done=false, yielded
// value) or finishes (done=true; d.result/d.exc).
func (d *driver) resume(g *Generator, send Value, throw *Exc) (yielded Value, done bool) {
	d.sendVal, d.throwExc = send, throw
	d.frames = append(append(d.frames[:0], g), d.inner...)
	clear(d.inner)
	d.inner = d.inner[:0]
	t := curThread
	t.drivers = append(t.drivers, d)
	y, ok := d.next()
	// A driver suspends on the thread that resumed it.
	t.drivers = t.drivers[:len(t.drivers)-1]
	return y, !ok
}

// Suspend is called by the body (on the driver's coroutine): it hands v to
// whoever resumed the driver and returns what the next resume brings.
func (d *driver) Suspend(v Value) (Value, *Exc) {
	// Park the frame stack without its top (see startDriver).
	if len(d.frames) > 1 {
		d.inner = append(d.inner[:0], d.frames[1:]...)
	}
	clear(d.frames)
	d.frames = d.frames[:0]
	if !d.yield(v) {
		// stop() was called while suspended: unwind as GeneratorExit.
		d.closed = true
		return Null, NewExc(ExcGeneratorExit)
	}
	s, e := d.sendVal, d.throwExc
	d.sendVal, d.throwExc = Null, nil
	return s, e
}
