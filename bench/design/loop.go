package design

// A slightly fuller event loop than RunSleep0, with the machinery a real
// task step pays for whatever the suspension strategy: a Handle allocated per
// call_soon (as CPython's events.Handle), a FIFO ready queue processed in
// _run_once passes, tasks that are futures with done callbacks, and a
// gather-like counter that completes when every task is done.

type Handle struct {
	fn        func()
	cancelled bool
}

type Loop struct {
	ready []*Handle
	head  int
}

func (l *Loop) CallSoon(fn func()) *Handle {
	h := &Handle{fn: fn}
	l.ready = append(l.ready, h)
	return h
}

// RunOnce is BaseEventLoop._run_once without timers and I/O: run the handles
// that are ready at its start, in order.
func (l *Loop) RunOnce() {
	n := len(l.ready) - l.head
	for i := 0; i < n; i++ {
		h := l.ready[l.head]
		l.ready[l.head] = nil
		l.head++
		if !h.cancelled {
			h.fn()
		}
	}
	if l.head == len(l.ready) {
		l.ready, l.head = l.ready[:0], 0
	} else if l.head > 4096 {
		k := copy(l.ready, l.ready[l.head:])
		l.ready, l.head = l.ready[:k], 0
	}
}

func (l *Loop) RunUntil(done *bool) {
	for !*done {
		l.RunOnce()
	}
}

type LFuture struct {
	loop      *Loop
	done      bool
	val       int
	callbacks []func(*LFuture)
}

func (f *LFuture) SetResult(v int) {
	f.done, f.val = true, v
	for _, cb := range f.callbacks {
		cb := cb
		f.loop.CallSoon(func() { cb(f) })
	}
	f.callbacks = nil
}

func (f *LFuture) AddDoneCallback(cb func(*LFuture)) {
	if f.done {
		f.loop.CallSoon(func() { cb(f) })
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

// LTask is asyncio.Task: a future driven by a coroutine. A nil future from
// Send is a bare yield (sleep(0)): reschedule the step with call_soon.
type LTask struct {
	LFuture
	coro Coro
	step func()
}

func NewLTask(l *Loop, c Coro) *LTask {
	t := &LTask{LFuture: LFuture{loop: l}, coro: c}
	t.step = func() {
		f, done := t.coro.Send(0)
		switch {
		case done:
			t.SetResult(t.coro.Result())
		case f == nil:
			l.CallSoon(t.step)
		default:
			panic("awaiting futures not modelled")
		}
	}
	l.CallSoon(t.step)
	return t
}

// GatherSleep0 is `await asyncio.gather(*(sleeper(m) for _ in range(n)))`
// where sleeper does m `await asyncio.sleep(0)`; it returns the number of
// task steps run and the order of task completions.
func GatherSleep0(newCoro func(m int) Coro, n, m int) (steps int, finished []int) {
	l := &Loop{}
	remaining := n
	allDone := false
	for i := 0; i < n; i++ {
		i := i
		t := NewLTask(l, newCoro(m))
		t.AddDoneCallback(func(*LFuture) {
			finished = append(finished, i)
			remaining--
			if remaining == 0 {
				allDone = true
			}
		})
	}
	l.RunUntil(&allDone)
	return n * (m + 1), finished
}
