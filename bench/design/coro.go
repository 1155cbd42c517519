// Package design holds the microbenchmarks behind docs/design.md: how a
// coroutine suspends, how exceptions travel and how values are boxed. The
// code here is deliberately small: each strategy is what the runtime or the
// code generator would do, reduced to the part that is measured.
package design

import (
	"iter"
	"sync"
)

// Future is the thing a coroutine suspends on. A nil *Future stands for a
// bare `yield` (what asyncio.sleep(0) does): the task is rescheduled at once.
type Future struct{ Val int }

// Awaiter is what a coroutine body written as a plain Go function sees: a
// way to suspend on a future and get the value it is resumed with.
type Awaiter interface{ Await(f *Future) int }

// Coro is the driver's side of every strategy: Send resumes the coroutine
// with v and returns the future it suspends on next, or done.
type Coro interface {
	Send(v int) (f *Future, done bool)
	Result() int
}

// --- (a) goroutine per coroutine, unbuffered channel handoff -------------

type ChanCoro struct {
	resume chan int
	yield  chan *Future
	result int
	done   bool
}

var doneFuture = &Future{}

func NewChanCoro(body func(a Awaiter) int) *ChanCoro {
	c := &ChanCoro{resume: make(chan int), yield: make(chan *Future)}
	go func() {
		<-c.resume
		c.result = body(c)
		c.done = true
		c.yield <- doneFuture
	}()
	return c
}

func (c *ChanCoro) Await(f *Future) int { c.yield <- f; return <-c.resume }

func (c *ChanCoro) Send(v int) (*Future, bool) {
	c.resume <- v
	f := <-c.yield
	if f == doneFuture {
		return nil, true
	}
	return f, false
}

func (c *ChanCoro) Result() int { return c.result }

// --- (a') goroutine per coroutine, sync.Mutex + sync.Cond handoff --------

type CondCoro struct {
	mu     sync.Mutex
	cond   sync.Cond
	coro   bool // whose turn: true = the coroutine runs
	val    int
	fut    *Future
	done   bool
	result int
}

func NewCondCoro(body func(a Awaiter) int) *CondCoro {
	c := &CondCoro{}
	c.cond.L = &c.mu
	go func() {
		c.mu.Lock()
		for !c.coro {
			c.cond.Wait()
		}
		c.mu.Unlock()
		r := body(c)
		c.mu.Lock()
		c.result, c.done, c.coro = r, true, false
		c.cond.Signal()
		c.mu.Unlock()
	}()
	return c
}

func (c *CondCoro) Await(f *Future) int {
	c.mu.Lock()
	c.fut, c.coro = f, false
	c.cond.Signal()
	for !c.coro {
		c.cond.Wait()
	}
	v := c.val
	c.mu.Unlock()
	return v
}

func (c *CondCoro) Send(v int) (*Future, bool) {
	c.mu.Lock()
	c.val, c.coro = v, true
	c.cond.Signal()
	for c.coro {
		c.cond.Wait()
	}
	f, done := c.fut, c.done
	c.mu.Unlock()
	return f, done
}

func (c *CondCoro) Result() int { return c.result }

// --- (b) iter.Pull: the runtime's coroutine switch (coroswitch) ----------

type PullCoro struct {
	next   func() (*Future, bool)
	stop   func()
	yield  func(*Future) bool
	val    int
	result int
}

func NewPullCoro(body func(a Awaiter) int) *PullCoro {
	c := &PullCoro{}
	c.next, c.stop = iter.Pull(func(yield func(*Future) bool) {
		c.yield = yield
		c.result = body(c)
	})
	return c
}

// errCancelled would be CancelledError thrown into the coroutine when the
// driver stops it (Task.cancel of a suspended task, or loop close).
type errCancelled struct{}

func (c *PullCoro) Await(f *Future) int {
	if !c.yield(f) {
		panic(errCancelled{})
	}
	return c.val
}

func (c *PullCoro) Send(v int) (*Future, bool) {
	c.val = v
	f, ok := c.next()
	return f, !ok
}

func (c *PullCoro) Result() int { return c.result }

// The coroutine bodies for (a) and (b) are ordinary Go functions: what the
// code generator would emit for
//
//	async def worker(n, fa, fb):
//	    total = 0
//	    for i in range(n):
//	        total += await fa
//	        total += await fb
//	    return total
func WorkerBody(a Awaiter, n int, fa, fb *Future) int {
	total := 0
	for i := 0; i < n; i++ {
		total += a.Await(fa)
		total += a.Await(fb)
	}
	return total
}

// ChainBody is `async def chain(d): return (await chain(d-1)) + 1 if d else
// await f`: awaiting a coroutine runs it inline, so it is a plain Go call.
func ChainBody(a Awaiter, depth int, f *Future) int {
	if depth == 0 {
		return a.Await(f)
	}
	return ChainBody(a, depth-1, f) + 1
}

// ChainLoopBody awaits a depth-deep chain n times.
func ChainLoopBody(a Awaiter, n, depth int, f *Future) int {
	total := 0
	for i := 0; i < n; i++ {
		total += ChainBody(a, depth, f)
	}
	return total
}

// --- (c) compiler-generated state machine ---------------------------------

// WorkerSM is what the code generator would emit for worker above: locals
// that live across an await become fields, each await a state.
type WorkerSM struct {
	state       int
	i, n, total int
	fa, fb      *Future
	result      int
}

func NewWorkerSM(n int, fa, fb *Future) *WorkerSM { return &WorkerSM{n: n, fa: fa, fb: fb} }

func (w *WorkerSM) Send(v int) (*Future, bool) {
	switch w.state {
	case 0:
		w.total, w.i = 0, 0
	case 1:
		w.total += v
		w.state = 2
		return w.fb, false
	case 2:
		w.total += v
		w.i++
	default:
		panic("send to a finished coroutine")
	}
	if w.i < w.n {
		w.state = 1
		return w.fa, false
	}
	w.result, w.state = w.total, 3
	return nil, true
}

func (w *WorkerSM) Result() int { return w.result }

// ChainSM is one level of the await chain as a state machine. Resuming the
// outermost level resumes every level down to the leaf, as CPython's
// `yield from` chain does (gen_send_ex per frame).
type ChainSM struct {
	state int
	depth int
	f     *Future
	child *ChainSM
	reuse bool // keep the child frame and reset it instead of allocating
	ret   int
}

func (c *ChainSM) Send(v int) (*Future, bool) {
	switch c.state {
	case 0:
		if c.depth == 0 {
			c.state = 1
			return c.f, false
		}
		if c.reuse && c.child != nil {
			*c.child = ChainSM{depth: c.depth - 1, f: c.f, child: c.child.child, reuse: true}
		} else {
			c.child = &ChainSM{depth: c.depth - 1, f: c.f, reuse: c.reuse}
		}
		c.state = 2
		v = 0
		fallthrough
	case 2:
		f, done := c.child.Send(v)
		if !done {
			return f, false
		}
		c.ret, c.state = c.child.ret+1, 3
		return nil, true
	case 1:
		c.ret, c.state = v, 3
		return nil, true
	}
	panic("send to a finished coroutine")
}

func (c *ChainSM) Result() int { return c.ret }

// ChainLoopSM awaits a depth-deep ChainSM n times.
type ChainLoopSM struct {
	state, i, n, depth, total int
	f                         *Future
	reuse                     bool
	cur                       *ChainSM
}

func (c *ChainLoopSM) Send(v int) (*Future, bool) {
	for {
		switch c.state {
		case 0:
			if c.i >= c.n {
				c.state = 3
				return nil, true
			}
			if c.reuse && c.cur != nil {
				*c.cur = ChainSM{depth: c.depth, f: c.f, child: c.cur.child, reuse: true}
			} else {
				c.cur = &ChainSM{depth: c.depth, f: c.f, reuse: c.reuse}
			}
			c.state, v = 1, 0
		case 1:
			f, done := c.cur.Send(v)
			if !done {
				return f, false
			}
			c.total += c.cur.ret
			c.i++
			c.state = 0
		default:
			panic("send to a finished coroutine")
		}
	}
}

func (c *ChainLoopSM) Result() int { return c.total }

// --- a minimal event loop: FIFO ready queue, task steps -----------------

// RunSleep0 runs ntasks tasks, each doing `for _ in range(m): await
// asyncio.sleep(0)`, on a FIFO ready queue like BaseEventLoop._ready: a step
// resumes the coroutine until it suspends; a bare yield (nil future) is
// call_soon(step). It returns the order in which steps ran (task ids) when
// trace is set, for the scheduling-order test.
func RunSleep0(newCoro func(m int) Coro, ntasks, m int, trace bool) []int {
	type task struct {
		id int
		c  Coro
	}
	ready := make([]task, 0, ntasks)
	for i := 0; i < ntasks; i++ {
		ready = append(ready, task{i, newCoro(m)})
	}
	var order []int
	for head := 0; head < len(ready); head++ {
		t := ready[head]
		if trace {
			order = append(order, t.id)
		}
		if _, done := t.c.Send(0); !done {
			ready = append(ready, t)
		}
		if head > 1024 && head*2 > len(ready) {
			n := copy(ready, ready[head+1:])
			ready = ready[:n]
			head = -1
		}
	}
	return order
}

// Sleep0Body is the (a)/(b) body of a sleep(0) task.
func Sleep0Body(a Awaiter, m int) int {
	for i := 0; i < m; i++ {
		a.Await(nil)
	}
	return m
}

// Sleep0SM is the (c) body of a sleep(0) task.
type Sleep0SM struct{ i, m int }

func (s *Sleep0SM) Send(int) (*Future, bool) {
	if s.i < s.m {
		s.i++
		return nil, false
	}
	return nil, true
}

func (s *Sleep0SM) Result() int { return s.m }
