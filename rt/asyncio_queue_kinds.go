package rt

// PriorityQueue and LifoQueue (queues.py's _put/_get overrides) and
// locks.Condition.

type queueKind uint8

const (
	fifoQueue queueKind = iota
	lifoQueue
	priorityQueue
)

var (
	PriorityQueueType = NewType("PriorityQueue", QueueType)
	LifoQueueType     = NewType("LifoQueue", QueueType)
	ConditionType     = NewType("Condition", ObjectType)
)

func lessThan(a, b Value) (bool, *Exc) {
	r, e := Lt(a, b)
	if e != nil {
		return false, e
	}
	return Truth(r)
}

// put1 is _put.
func (q *queue) put1(v Value) *Exc {
	q.items = append(q.items, v)
	if q.kind != priorityQueue {
		return nil
	}
	// heapq.heappush: _siftdown(heap, 0, len(heap)-1)
	h := q.items
	pos := len(h) - 1
	for pos > 0 {
		parent := (pos - 1) >> 1
		lt, e := lessThan(v, h[parent])
		if e != nil {
			return e
		}
		if !lt {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = v
	return nil
}

// get1 is _get.
func (q *queue) get1() (Value, *Exc) {
	n := len(q.items)
	switch q.kind {
	case lifoQueue:
		v := q.items[n-1]
		q.items[n-1] = Null
		q.items = q.items[:n-1]
		return v, nil
	case priorityQueue:
		// heapq.heappop: last item to the root, then _siftup.
		h := q.items
		last := h[n-1]
		h[n-1] = Null
		h = h[:n-1]
		q.items = h
		if len(h) == 0 {
			return last, nil
		}
		ret := h[0]
		h[0] = last
		end := len(h)
		pos := 0
		child := 1
		for child < end {
			right := child + 1
			if right < end {
				lt, e := lessThan(h[child], h[right])
				if e != nil {
					return Null, e
				}
				if !lt {
					child = right
				}
			}
			h[pos] = h[child]
			pos = child
			child = 2*pos + 1
		}
		h[pos] = last
		for pos > 0 {
			parent := (pos - 1) >> 1
			lt, e := lessThan(last, h[parent])
			if e != nil {
				return Null, e
			}
			if !lt {
				break
			}
			h[pos] = h[parent]
			pos = parent
		}
		h[pos] = last
		return ret, nil
	}
	v := q.items[0]
	q.items[0] = Null
	q.items = q.items[1:]
	return v, nil
}

// condition is locks.Condition over a Lock.
type condition struct {
	loopBound
	lk      Value // the underlying lock object
	waiters []*Future
}

func (c *condition) Type() *Type { return c.classOr(ConditionType) }

var (
	codeCondWait    = asyncioCode("Condition.wait", "locks.py", 247, CoroutineCode)
	codeCondWaitFor = asyncioCode("Condition.wait_for", "locks.py", 282, CoroutineCode)
)

func (c *condition) locked() (bool, *Exc) {
	r, e := CallMethod(c.lk, "locked", nil, nil)
	if e != nil {
		return false, e
	}
	return Truth(r)
}

func (c *condition) repr() string {
	extra := "unlocked"
	if l, _ := c.locked(); l {
		extra = "locked"
	}
	if len(c.waiters) > 0 {
		extra += ", waiters:" + Itoa(len(c.waiters))
	}
	return "<asyncio.locks.Condition object at " + AddrOf(Obj(c)) + " [" + extra + "]>"
}

func (c *condition) wait() Value {
	return NewGenerator(codeCondWait, func() (Value, *Exc) {
		if l, e := c.locked(); e != nil {
			return Null, e
		} else if !l {
			return Null, ExcMsg(ExcRuntimeError, "cannot wait on un-acquired lock")
		}
		if _, e := CallMethod(c.lk, "release", nil, nil); e != nil {
			return Null, e
		}
		var result Value
		var err *Exc
		if l, e := c.getLoop(c.repr); e != nil {
			err = e
		} else {
			fut := newFuture(l)
			c.waiters = append(c.waiters, fut)
			setLine(266)
			_, err = fut.await()
			removeWaiter(&c.waiters, fut)
			result = True
		}
		// Re-acquire the lock even if the wait was cancelled.
		cancelled := false
		for {
			acq, e := CallMethod(c.lk, "acquire", nil, nil)
			if e == nil {
				setLine(274)
				_, e = Await(acq)
			}
			if e == nil {
				break
			}
			if !IsExcInstance(e, ExcCancelledError) {
				return Null, e
			}
			cancelled = true
		}
		if cancelled {
			return Null, NewExc(ExcCancelledError)
		}
		if err != nil {
			return Null, err
		}
		return result, nil
	})
}

func (c *condition) notify(n int) *Exc {
	if l, e := c.locked(); e != nil {
		return e
	} else if !l {
		return ExcMsg(ExcRuntimeError, "cannot notify on un-acquired lock")
	}
	idx := 0
	for _, f := range c.waiters {
		if idx >= n {
			break
		}
		if !f.done() {
			idx++
			f.setResult(False)
		}
	}
	return nil
}

func init() {
	for _, t := range []*Type{PriorityQueueType, LifoQueueType} {
		t.Module = "asyncio.queues"
		t.New = QueueType.New
	}
	ConditionType.Module = "asyncio.locks"
	C := ConditionType
	cond := func(v Value) *condition { return v.O.(*condition) }
	C.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("Condition", args, kw, []string{"lock"}, 0)
		if e != nil {
			return Null, e
		}
		lk := a[0]
		if lk.IsNull() || lk.IsNone() {
			lk = Obj(&lock{})
		}
		c := &condition{lk: lk}
		if cls != ConditionType {
			c.cls = cls
		}
		return Obj(c), nil
	}
	C.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	C.Repr = func(v Value) (string, *Exc) { return cond(v).repr(), nil }
	for _, name := range []string{"locked", "acquire", "release"} {
		name := name
		C.Method(name, func(self Value, args []Value, kw []string) (Value, *Exc) {
			return CallMethod(cond(self).lk, name, args, kw)
		})
	}
	method0(C, "wait", func(v Value) (Value, *Exc) { return cond(v).wait(), nil })
	C.Method("wait_for", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("wait_for", args, kw, 1, 1); e != nil {
			return Null, e
		}
		c, pred := cond(self), args[0]
		return NewGenerator(codeCondWaitFor, func() (Value, *Exc) {
			for {
				r, e := Call(pred, nil, nil)
				if e != nil {
					return Null, e
				}
				t, e := Truth(r)
				if e != nil {
					return Null, e
				}
				if t {
					return r, nil
				}
				setLine(291)
				if _, e := Await(c.wait()); e != nil {
					return Null, e
				}
			}
		}), nil
	})
	C.Method("notify", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("notify", args, kw, []string{"n"}, 0)
		if e != nil {
			return Null, e
		}
		n := 1
		if !a[0].IsNull() {
			n = int(a[0].I)
		}
		return None, cond(self).notify(n)
	})
	method0(C, "notify_all", func(v Value) (Value, *Exc) {
		return None, cond(v).notify(len(cond(v).waiters))
	})
	lockCM(C, func(v Value) Value {
		acq, e := CallMethod(cond(v).lk, "acquire", nil, nil)
		if e != nil {
			return Obj(&AwaitErr{e})
		}
		return acq
	}, func(v Value) *Exc {
		_, e := CallMethod(cond(v).lk, "release", nil, nil)
		return e
	})
}
