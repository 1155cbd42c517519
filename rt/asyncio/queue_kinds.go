package asyncio

import "github.com/py2goasync/py2goasync/rt"

// PriorityQueue and LifoQueue (queues.py's _put/_get overrides) and
// locks.Condition.

type queueKind uint8

const (
	fifoQueue queueKind = iota
	lifoQueue
	priorityQueue
)

var (
	PriorityQueueType = rt.NewType("PriorityQueue", QueueType)
	LifoQueueType     = rt.NewType("LifoQueue", QueueType)
	ConditionType     = rt.NewType("Condition", rt.ObjectType)
)

func lessThan(a, b rt.Value) (bool, *rt.Exc) {
	r, e := rt.Lt(a, b)
	if e != nil {
		return false, e
	}
	return rt.Truth(r)
}

// put1 is _put.
func (q *queue) put1(v rt.Value) *rt.Exc {
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
func (q *queue) get1() (rt.Value, *rt.Exc) {
	n := len(q.items)
	switch q.kind {
	case lifoQueue:
		v := q.items[n-1]
		q.items[n-1] = rt.Null
		q.items = q.items[:n-1]
		return v, nil
	case priorityQueue:
		// heapq.heappop: last item to the root, then _siftup.
		h := q.items
		last := h[n-1]
		h[n-1] = rt.Null
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
					return rt.Null, e
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
				return rt.Null, e
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
	q.items[0] = rt.Null
	q.items = q.items[1:]
	return v, nil
}

// condition is locks.Condition over a Lock.
type condition struct {
	loopBound
	lk      rt.Value // the underlying lock object
	waiters []*Future
}

func (c *condition) Type() *rt.Type { return c.classOr(ConditionType) }

var (
	codeCondWait    = asyncioCode("Condition.wait", "locks.py", 247, rt.CoroutineCode)
	codeCondWaitFor = asyncioCode("Condition.wait_for", "locks.py", 282, rt.CoroutineCode)
)

func (c *condition) locked() (bool, *rt.Exc) {
	r, e := rt.CallMethod(c.lk, "locked", nil, nil)
	if e != nil {
		return false, e
	}
	return rt.Truth(r)
}

func (c *condition) repr() string {
	extra := "unlocked"
	if l, _ := c.locked(); l {
		extra = "locked"
	}
	if len(c.waiters) > 0 {
		extra += ", waiters:" + rt.Itoa(len(c.waiters))
	}
	return "<asyncio.locks.Condition object at " + rt.AddrOf(rt.Obj(c)) + " [" + extra + "]>"
}

func (c *condition) wait() rt.Value {
	return rt.NewGenerator(codeCondWait, func() (rt.Value, *rt.Exc) {
		if l, e := c.locked(); e != nil {
			return rt.Null, e
		} else if !l {
			return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "cannot wait on un-acquired lock")
		}
		if _, e := rt.CallMethod(c.lk, "release", nil, nil); e != nil {
			return rt.Null, e
		}
		var result rt.Value
		var err *rt.Exc
		if l, e := c.getLoop(c.repr); e != nil {
			err = e
		} else {
			fut := newFuture(l)
			c.waiters = append(c.waiters, fut)
			setLine(266)
			_, err = fut.await()
			removeWaiter(&c.waiters, fut)
			result = rt.True
		}
		// Re-acquire the lock even if the wait was cancelled.
		cancelled := false
		for {
			acq, e := rt.CallMethod(c.lk, "acquire", nil, nil)
			if e == nil {
				setLine(274)
				_, e = rt.Await(acq)
			}
			if e == nil {
				break
			}
			if !rt.IsExcInstance(e, ExcCancelledError) {
				return rt.Null, e
			}
			cancelled = true
		}
		if cancelled {
			return rt.Null, rt.NewExc(ExcCancelledError)
		}
		if err != nil {
			return rt.Null, err
		}
		return result, nil
	})
}

func (c *condition) notify(n int) *rt.Exc {
	if l, e := c.locked(); e != nil {
		return e
	} else if !l {
		return rt.ExcMsg(rt.ExcRuntimeError, "cannot notify on un-acquired lock")
	}
	idx := 0
	for _, f := range c.waiters {
		if idx >= n {
			break
		}
		if !f.done() {
			idx++
			f.setResult(rt.False)
		}
	}
	return nil
}

// conditionOf returns the *condition the value holds.
func conditionOf(v rt.Value) *condition { return v.O.(*condition) }

func init() {
	for _, t := range []*rt.Type{PriorityQueueType, LifoQueueType} {
		t.Module = "asyncio.queues"
		t.New = QueueType.New
	}
	ConditionType.Module = "asyncio.locks"
	C := ConditionType
	C.New = conditionNew
	C.Init = conditionInit
	C.Repr = conditionRepr
	for _, name := range []string{"locked", "acquire", "release"} {
		name := name
		C.Method(name, func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			return rt.CallMethod(conditionOf(self).lk, name, args, kw)
		})
	}
	method0(C, "wait", conditionWait)
	C.Method("wait_for", conditionWaitFor)
	C.Method("notify", conditionNotify)
	method0(C, "notify_all", conditionNotifyAll)
	lockCM(C, func(v rt.Value) rt.Value {
		acq, e := rt.CallMethod(conditionOf(v).lk, "acquire", nil, nil)
		if e != nil {
			return rt.Obj(&rt.AwaitErr{Exc: e})
		}
		return acq
	}, func(v rt.Value) *rt.Exc {
		_, e := rt.CallMethod(conditionOf(v).lk, "release", nil, nil)
		return e
	})
}

// conditionNew is the New hook (__new__) of Condition.
func conditionNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("Condition", args, kw, []string{"lock"}, 0)
	if e != nil {
		return rt.Null, e
	}
	lk := a[0]
	if lk.IsNull() || lk.IsNone() {
		lk = rt.Obj(&lock{})
	}
	c := &condition{lk: lk}
	if cls != ConditionType {
		c.cls = cls
	}
	return rt.Obj(c), nil
}

// conditionInit is the Init hook (__init__) of Condition.
func conditionInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// conditionRepr is the Repr hook (__repr__) of Condition.
func conditionRepr(v rt.Value) (string, *rt.Exc) { return conditionOf(v).repr(), nil }

// conditionWait implements Condition.wait (through method0).
func conditionWait(v rt.Value) (rt.Value, *rt.Exc) { return conditionOf(v).wait(), nil }

// conditionWaitFor is Condition.wait_for.
func conditionWaitFor(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("wait_for", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	c, pred := conditionOf(self), args[0]
	return rt.NewGenerator(codeCondWaitFor, func() (rt.Value, *rt.Exc) {
		for {
			r, e := rt.Call(pred, nil, nil)
			if e != nil {
				return rt.Null, e
			}
			t, e := rt.Truth(r)
			if e != nil {
				return rt.Null, e
			}
			if t {
				return r, nil
			}
			setLine(291)
			if _, e := rt.Await(c.wait()); e != nil {
				return rt.Null, e
			}
		}
	}), nil
}

// conditionNotify is Condition.notify.
func conditionNotify(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("notify", args, kw, []string{"n"}, 0)
	if e != nil {
		return rt.Null, e
	}
	n := 1
	if !a[0].IsNull() {
		n = int(a[0].I)
	}
	return rt.None, conditionOf(self).notify(n)
}

// conditionNotifyAll implements Condition.notify_all (through method0).
func conditionNotifyAll(v rt.Value) (rt.Value, *rt.Exc) {
	return rt.None, conditionOf(v).notify(len(conditionOf(v).waiters))
}
