package asyncio

import "github.com/py2goasync/py2goasync/rt"

// asyncio.Barrier (new in 3.11, locks.py) on a Condition, and
// BrokenBarrierError.

var (
	BarrierType           = rt.NewType("Barrier", rt.ObjectType)
	ExcBrokenBarrierError = newAsyncioExc("BrokenBarrierError", rt.ExcRuntimeError)
)

type barrier struct {
	cond    *condition
	parties int
	state   string // filling, draining, resetting, broken
	count   int
}

func (*barrier) Type() *rt.Type { return BarrierType }

var (
	codeBarrierWait  = asyncioCode("Barrier.wait", "locks.py", 488, rt.CoroutineCode)
	codeBarrierReset = asyncioCode("Barrier.reset", "locks.py", 560, rt.CoroutineCode)
	codeBarrierAbort = asyncioCode("Barrier.abort", "locks.py", 577, rt.CoroutineCode)
	codeBarrierEnter = asyncioCode("Barrier.__aenter__", "locks.py", 477, rt.CoroutineCode)
	codeBarrierExit  = asyncioCode("Barrier.__aexit__", "locks.py", 484, rt.CoroutineCode)
)

func (b *barrier) nWaiting() int {
	if b.state == "filling" {
		return b.count
	}
	return 0
}

func (b *barrier) repr() string {
	extra := b.state
	if b.state != "broken" {
		extra += ", waiters:" + rt.Itoa(b.nWaiting()) + "/" + rt.Itoa(b.parties)
	}
	return "<asyncio.locks.Barrier object at " + rt.AddrOf(rt.Obj(b)) + " [" + extra + "]>"
}

// withCond is `async with self._cond: body()`.
func (b *barrier) withCond(body func() (rt.Value, *rt.Exc)) (rt.Value, *rt.Exc) {
	acq, e := rt.CallMethod(b.cond.lk, "acquire", nil, nil)
	if e == nil {
		_, e = rt.Await(acq)
	}
	if e != nil {
		return rt.Null, e
	}
	r, e := body()
	if _, e2 := rt.CallMethod(b.cond.lk, "release", nil, nil); e2 != nil && e == nil {
		e = e2
	}
	return r, e
}

// condWaitFor is Condition.wait_for with a Go predicate.
func (b *barrier) condWaitFor(pred func() bool) *rt.Exc {
	for !pred() {
		if _, e := rt.Await(b.cond.wait()); e != nil {
			return e
		}
	}
	return nil
}

func (b *barrier) wait() rt.Value {
	return rt.NewGenerator(codeBarrierWait, func() (rt.Value, *rt.Exc) {
		return b.withCond(func() (rt.Value, *rt.Exc) {
			// _block: wait while the barrier drains or resets.
			if e := b.condWaitFor(func() bool { return b.state != "draining" && b.state != "resetting" }); e != nil {
				return rt.Null, e
			}
			if b.state == "broken" {
				return rt.Null, rt.ExcMsg(ExcBrokenBarrierError, "Barrier aborted")
			}
			index := b.count
			b.count++
			var err *rt.Exc
			if index+1 == b.parties {
				b.state = "draining" // _release
				err = b.cond.notify(len(b.cond.waiters))
			} else {
				err = b.condWaitFor(func() bool { return b.state != "filling" })
				if err == nil && (b.state == "broken" || b.state == "resetting") {
					err = rt.ExcMsg(ExcBrokenBarrierError, "Abort or reset of barrier")
				}
			}
			// finally: _exit
			b.count--
			if b.count == 0 {
				if b.state == "resetting" || b.state == "draining" {
					b.state = "filling"
				}
				if e := b.cond.notify(len(b.cond.waiters)); e != nil && err == nil {
					err = e
				}
			}
			if err != nil {
				return rt.Null, err
			}
			return rt.Int(int64(index)), nil
		})
	})
}

func init() {
	BarrierType.Module = "asyncio.locks"
	B := BarrierType
	br := func(v rt.Value) *barrier { return v.O.(*barrier) }
	B.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		a, e := rt.ParseArgs("Barrier", args, kw, []string{"parties"}, 1)
		if e != nil {
			return rt.Null, e
		}
		n, e := rt.Index(a[0])
		if e != nil {
			return rt.Null, e
		}
		if n.I < 1 {
			return rt.Null, rt.ValueErrorf("parties must be > 0")
		}
		return rt.Obj(&barrier{cond: &condition{lk: rt.Obj(&lock{})}, parties: int(n.I), state: "filling"}), nil
	}
	B.Init = func(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }
	B.Repr = func(v rt.Value) (string, *rt.Exc) { return br(v).repr(), nil }
	method0(B, "wait", func(v rt.Value) (rt.Value, *rt.Exc) { return br(v).wait(), nil })
	method0(B, "__aenter__", func(v rt.Value) (rt.Value, *rt.Exc) {
		return rt.NewGenerator(codeBarrierEnter, func() (rt.Value, *rt.Exc) { return rt.Await(br(v).wait()) }), nil
	})
	B.Method("__aexit__", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		return rt.NewGenerator(codeBarrierExit, func() (rt.Value, *rt.Exc) { return rt.None, nil }), nil
	})
	method0(B, "reset", func(v rt.Value) (rt.Value, *rt.Exc) {
		b := br(v)
		return rt.NewGenerator(codeBarrierReset, func() (rt.Value, *rt.Exc) {
			return b.withCond(func() (rt.Value, *rt.Exc) {
				if b.count > 0 {
					b.state = "resetting"
				} else {
					b.state = "filling"
				}
				return rt.None, b.cond.notify(len(b.cond.waiters))
			})
		}), nil
	})
	method0(B, "abort", func(v rt.Value) (rt.Value, *rt.Exc) {
		b := br(v)
		return rt.NewGenerator(codeBarrierAbort, func() (rt.Value, *rt.Exc) {
			return b.withCond(func() (rt.Value, *rt.Exc) {
				b.state = "broken"
				return rt.None, b.cond.notify(len(b.cond.waiters))
			})
		}), nil
	})
	B.Getter("parties", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Int(int64(br(v).parties)), nil })
	B.Getter("n_waiting", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Int(int64(br(v).nWaiting())), nil })
	B.Getter("broken", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(br(v).state == "broken"), nil })
}
