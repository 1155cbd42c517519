package asyncio

import "github.com/py2goasync/py2goasync/rt"

// queues.py's Queue and locks.py's Event, Lock and Semaphore, as native
// objects whose async methods are native coroutines following CPython's
// code.

var (
	QueueType            = rt.NewType("Queue", rt.ObjectType)
	EventType            = rt.NewType("Event", rt.ObjectType)
	LockType             = rt.NewType("Lock", rt.ObjectType)
	SemaphoreType        = rt.NewType("Semaphore", rt.ObjectType)
	BoundedSemaphoreType = rt.NewType("BoundedSemaphore", SemaphoreType)
)

// loopBound is mixins._LoopBoundMixin. It also carries what a Python
// subclass instance needs: its class and an attribute dict (queues.py and
// locks.py classes are plain Python classes).
type loopBound struct {
	loop *Loop
	cls  *rt.Type
	dict *rt.Dict
}

func (b *loopBound) InstDict() *rt.Dict {
	if b.dict == nil {
		b.dict = rt.NewStrDict()
	}
	return b.dict
}

// classOr is the instance's class: a Python subclass, else def.
func (b *loopBound) classOr(def *rt.Type) *rt.Type {
	if b.cls != nil {
		return b.cls
	}
	return def
}

// getLoop is mixins._LoopBoundMixin._get_loop. repr gives the object's
// repr for the error only: building it on every blocking call (with a
// queue's items) cost ~15% of a queue-bound program.
func (b *loopBound) getLoop(repr func() string) (*Loop, *rt.Exc) {
	l := runningLoop()
	if b.loop == nil {
		b.loop = l
	}
	if l != b.loop {
		return nil, rt.ExcMsg(rt.ExcRuntimeError, repr()+" is bound to a different event loop")
	}
	return l, nil
}

// wakeupNext is Queue._wakeup_next.
func wakeupNext(waiters *[]*Future) {
	for len(*waiters) > 0 {
		w := (*waiters)[0]
		*waiters = (*waiters)[1:]
		if !w.done() {
			w.setResult(rt.None)
			break
		}
	}
}

func removeWaiter(waiters *[]*Future, f *Future) bool {
	for i, w := range *waiters {
		if w == f {
			*waiters = append((*waiters)[:i:i], (*waiters)[i+1:]...)
			return true
		}
	}
	return false
}

type queue struct {
	loopBound
	typ        *rt.Type
	maxsize    int
	items      []rt.Value
	getters    []*Future
	putters    []*Future
	unfinished int
	finished   *event
	kind       queueKind
}

func (q *queue) Type() *rt.Type { return q.typ }

func newQueue(maxsize int) *queue {
	q := &queue{typ: QueueType, maxsize: maxsize, finished: newEvent()}
	q.finished.value = true
	return q
}

func (q *queue) full() bool { return q.maxsize > 0 && len(q.items) >= q.maxsize }

func (q *queue) putNowait(v rt.Value) *rt.Exc {
	if q.full() {
		return rt.NewExc(QueueFullType)
	}
	if e := q.put1(v); e != nil {
		return e
	}
	q.unfinished++
	q.finished.value = false
	wakeupNext(&q.getters)
	return nil
}

func (q *queue) getNowait() (rt.Value, *rt.Exc) {
	if len(q.items) == 0 {
		return rt.Null, rt.NewExc(QueueEmptyType)
	}
	v, e := q.get1()
	if e != nil {
		return rt.Null, e
	}
	wakeupNext(&q.putters)
	return v, nil
}

var (
	codeQueuePut  = asyncioCode("Queue.put", "queues.py", 122, rt.CoroutineCode)
	codeQueueGet  = asyncioCode("Queue.get", "queues.py", 153, rt.CoroutineCode)
	codeQueueJoin = asyncioCode("Queue.join", "queues.py", 207, rt.CoroutineCode)
	codeEventWait = asyncioCode("Event.wait", "locks.py", 200, rt.CoroutineCode)
	codeLockAcq   = asyncioCode("Lock.acquire", "locks.py", 100, rt.CoroutineCode)
	codeSemAcq    = asyncioCode("Semaphore.acquire", "locks.py", 367, rt.CoroutineCode)
	codeAEnter    = asyncioCode("_ContextManagerMixin.__aenter__", "locks.py", 13, rt.CoroutineCode)
	codeAExit     = asyncioCode("_ContextManagerMixin.__aexit__", "locks.py", 19, rt.CoroutineCode)
)

func (q *queue) repr() string {
	return "<" + q.typ.Name + " at " + rt.AddrOf(rt.Obj(q)) + " " + q.format() + ">"
}

func (q *queue) format() string {
	s := "maxsize=" + rt.Itoa(q.maxsize)
	if len(q.items) > 0 {
		s += " _queue=" + rt.ReprOrErr(rt.NewList(q.items...))
	}
	if len(q.getters) > 0 {
		s += " _getters[" + rt.Itoa(len(q.getters)) + "]"
	}
	if len(q.putters) > 0 {
		s += " _putters[" + rt.Itoa(len(q.putters)) + "]"
	}
	if q.unfinished > 0 {
		s += " tasks=" + rt.Itoa(q.unfinished)
	}
	return s
}

func (q *queue) put(v rt.Value) rt.Value {
	return rt.NewGenerator(codeQueuePut, func() (rt.Value, *rt.Exc) {
		if e := q.waitWhile(q.full, &q.putters, 130); e != nil {
			return rt.Null, e
		}
		return rt.None, q.putNowait(v)
	})
}

func (q *queue) get() rt.Value {
	return rt.NewGenerator(codeQueueGet, func() (rt.Value, *rt.Exc) {
		if e := q.waitWhile(q.empty, &q.getters, 159); e != nil {
			return rt.Null, e
		}
		return q.getNowait()
	})
}

func (q *queue) empty() bool { return len(q.items) == 0 }

// waitWhile is the loop of Queue.put and Queue.get: while blocked(), wait
// on a new future in waiters (suspended at line); when that wait fails,
// cancel and drop the future and pass the wakeup on if it was not used.
func (q *queue) waitWhile(blocked func() bool, waiters *[]*Future, line int) *rt.Exc {
	for blocked() {
		l, e := q.getLoop(q.repr)
		if e != nil {
			return e
		}
		w := newFuture(l)
		*waiters = append(*waiters, w)
		setLine(line)
		if _, e := w.await(); e != nil {
			w.cancel(rt.Null)
			removeWaiter(waiters, w)
			if !blocked() && w.state != futCancelled {
				wakeupNext(waiters)
			}
			return e
		}
	}
	return nil
}

func (q *queue) taskDone() *rt.Exc {
	if q.unfinished <= 0 {
		return rt.ExcMsg(rt.ExcValueError, "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.set()
	}
	return nil
}

func (q *queue) join() rt.Value {
	return rt.NewGenerator(codeQueueJoin, func() (rt.Value, *rt.Exc) {
		if q.unfinished > 0 {
			setLine(216)
			return rt.Await(q.finished.wait())
		}
		return rt.None, nil
	})
}

type event struct {
	loopBound
	waiters []*Future
	value   bool
}

func (ev *event) Type() *rt.Type { return ev.classOr(EventType) }

func newEvent() *event { return &event{} }

func (ev *event) set() {
	if !ev.value {
		ev.value = true
		for _, f := range ev.waiters {
			if !f.done() {
				f.setResult(rt.True)
			}
		}
	}
}

// locksRepr is the repr of locks.py's Event, Lock and Semaphore: the
// object's own, with extra and the number of waiters in brackets.
func locksRepr(name string, self rt.Value, extra string, waiters int) string {
	if waiters > 0 {
		extra += ", waiters:" + rt.Itoa(waiters)
	}
	return "<asyncio.locks." + name + " object at " + rt.AddrOf(self) + " [" + extra + "]>"
}

func (ev *event) repr() string {
	extra := "unset"
	if ev.value {
		extra = "set"
	}
	return locksRepr("Event", rt.Obj(ev), extra, len(ev.waiters))
}

// awaitWaiter is locks.py's `fut = loop.create_future();
// waiters.append(fut); try: await fut; finally: waiters.remove(fut)`,
// suspended at line.
func awaitWaiter(l *Loop, waiters *[]*Future, line int) (*Future, *rt.Exc) {
	fut := newFuture(l)
	*waiters = append(*waiters, fut)
	setLine(line)
	_, e := fut.await()
	removeWaiter(waiters, fut)
	return fut, e
}

func (ev *event) wait() rt.Value {
	return rt.NewGenerator(codeEventWait, func() (rt.Value, *rt.Exc) {
		if ev.value {
			return rt.True, nil
		}
		l, e := ev.getLoop(ev.repr)
		if e != nil {
			return rt.Null, e
		}
		_, e = awaitWaiter(l, &ev.waiters, 213)
		if e != nil {
			return rt.Null, e
		}
		return rt.True, nil
	})
}

type lock struct {
	loopBound
	waiters []*Future
	locked  bool
}

func (lk *lock) Type() *rt.Type { return lk.classOr(LockType) }

func (lk *lock) repr() string {
	extra := "unlocked"
	if lk.locked {
		extra = "locked"
	}
	return locksRepr("Lock", rt.Obj(lk), extra, len(lk.waiters))
}

func (lk *lock) acquire() rt.Value {
	return rt.NewGenerator(codeLockAcq, func() (rt.Value, *rt.Exc) {
		allCancelled := true
		for _, w := range lk.waiters {
			if w.state != futCancelled {
				allCancelled = false
			}
		}
		if !lk.locked && allCancelled {
			lk.locked = true
			return rt.True, nil
		}
		l, e := lk.getLoop(lk.repr)
		if e != nil {
			return rt.Null, e
		}
		_, e = awaitWaiter(l, &lk.waiters, 114)
		if e != nil {
			if rt.IsExcInstance(e, ExcCancelledError) && !lk.locked {
				lk.wakeUpFirst()
			}
			return rt.Null, e
		}
		lk.locked = true
		return rt.True, nil
	})
}

func (lk *lock) release() *rt.Exc {
	if !lk.locked {
		return rt.ExcMsg(rt.ExcRuntimeError, "Lock is not acquired.")
	}
	lk.locked = false
	lk.wakeUpFirst()
	return nil
}

func (lk *lock) wakeUpFirst() {
	if len(lk.waiters) == 0 {
		return
	}
	if f := lk.waiters[0]; !f.done() {
		f.setResult(rt.True)
	}
}

type semaphore struct {
	loopBound
	typ     *rt.Type
	waiters []*Future
	value   int
	bound   int // BoundedSemaphore's initial value; 0 otherwise
}

func (s *semaphore) Type() *rt.Type { return s.typ }

func (s *semaphore) locked() bool {
	if s.value == 0 {
		return true
	}
	for _, w := range s.waiters {
		if w.state != futCancelled {
			return true
		}
	}
	return false
}

func (s *semaphore) repr() string {
	extra := "locked"
	if !s.locked() {
		extra = "unlocked, value:" + rt.Itoa(s.value)
	}
	return locksRepr(s.typ.Name, rt.Obj(s), extra, len(s.waiters))
}

func (s *semaphore) acquire() rt.Value {
	return rt.NewGenerator(codeSemAcq, func() (rt.Value, *rt.Exc) {
		if !s.locked() {
			s.value--
			return rt.True, nil
		}
		l, e := s.getLoop(s.repr)
		if e != nil {
			return rt.Null, e
		}
		fut, e := awaitWaiter(l, &s.waiters, 385)
		if e != nil {
			if rt.IsExcInstance(e, ExcCancelledError) && fut.state != futCancelled {
				s.value++
				s.wakeUpNext()
			}
			return rt.Null, e
		}
		if s.value > 0 {
			s.wakeUpNext()
		}
		return rt.True, nil
	})
}

func (s *semaphore) release() *rt.Exc {
	if s.bound > 0 && s.value >= s.bound {
		return rt.ExcMsg(rt.ExcValueError, "BoundedSemaphore released too many times")
	}
	s.value++
	s.wakeUpNext()
	return nil
}

func (s *semaphore) wakeUpNext() {
	for _, f := range s.waiters {
		if !f.done() {
			s.value--
			f.setResult(rt.True)
			return
		}
	}
}
